// What the language chooser at / shows: each language's home, named in that language, and the
// privacy-notice link every page must carry, in each language.

import { getAbsoluteUrl, getHomeUrl, getNoticeUrl } from '../routes.ts';
import type { PageLink, RouteContext } from './context.ts';

export interface ChooserRouteData {
  /** The page's own language: the site's source language. */
  locale: string;
  documentTitle: string;
  skipLink: string;
  organisation: string;
  canonicalUrl: string;
  alternates: { hreflang: string; href: string }[];
  languages: { locale: string; label: string; section: string; href: string }[];
  privacyLinks: (PageLink & { lang: string })[];
}

export function getChooserRouteData(context: RouteContext): ChooserRouteData {
  const { site, translations } = context;
  const source = translations.forLocale(site.sourceLocale);
  const absolute = (pathname: string) => getAbsoluteUrl(site.config.url, pathname);
  return {
    locale: site.sourceLocale,
    documentTitle: `${source('site.legalCenter')} – ${site.config.organisation}`,
    skipLink: source('skipLink'),
    organisation: site.config.organisation,
    canonicalUrl: absolute('/'),
    alternates: [
      ...site.locales.map((locale) => ({ hreflang: locale, href: absolute(getHomeUrl(locale)) })),
      { hreflang: 'x-default', href: absolute('/') },
    ],
    languages: site.config.locales.map(({ code, label }) => ({
      locale: code,
      label,
      section: translations.forLocale(code)('site.legalCenter'),
      href: getHomeUrl(code),
    })),
    privacyLinks: site.locales.map((locale) => ({
      href: getNoticeUrl(locale, site.config.privacyNotice),
      text: translations.forLocale(locale)('footer.privacy'),
      lang: locale,
      hreflang: locale,
    })),
  };
}
