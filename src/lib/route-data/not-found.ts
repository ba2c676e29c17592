// What the "page not found" pages say: one per language, where a host serves each folder its own,
// and one at the root in every language with a link to each home.

import { getHomeUrl, getSearchUrl } from '../routes.ts';
import type { PageLink, RouteContext } from './context.ts';
import { getLanguageLinks } from './languages.ts';
import { getLayoutData, type LayoutData } from './layout.ts';

export interface NotFoundMessage {
  locale: string;
  heading: string;
  message: string;
  links: PageLink[];
}

export interface NotFoundRouteData {
  layout: LayoutData;
  message: NotFoundMessage;
}

export interface RootNotFoundData {
  /** The page's own language: the site's source language. */
  locale: string;
  documentTitle: string;
  skipLink: string;
  messages: NotFoundMessage[];
}

export function getNotFoundRouteData(context: RouteContext, locale: string): NotFoundRouteData {
  const t = context.translations.forLocale(locale);
  return {
    // No address of its own: a host serves it at whatever address was not found.
    layout: getLayoutData(context, {
      locale,
      title: t('notFound.title'),
      languages: getLanguageLinks(context.site, locale, getHomeUrl),
    }),
    message: getMessage(context, locale),
  };
}

export function getRootNotFoundData(context: RouteContext): RootNotFoundData {
  const { site, translations } = context;
  const source = translations.forLocale(site.sourceLocale);
  // The source language first, as the page's own; then the others in the configured order.
  const locales = [site.sourceLocale, ...site.locales.filter((l) => l !== site.sourceLocale)];
  return {
    locale: site.sourceLocale,
    documentTitle: `${source('notFound.title')} – ${site.config.organisation}`,
    skipLink: source('skipLink'),
    messages: locales.map((locale) => getMessage(context, locale)),
  };
}

function getMessage(context: RouteContext, locale: string): NotFoundMessage {
  const t = context.translations.forLocale(locale);
  return {
    locale,
    heading: t('notFound.title'),
    message: t('notFound.message'),
    links: [
      { href: getHomeUrl(locale), text: t('notFound.home'), hreflang: locale },
      { href: getSearchUrl(locale), text: t('notFound.search'), hreflang: locale },
    ],
  };
}
