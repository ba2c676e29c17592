// What a language's home page shows: the introduction, every notice with its date, and the changes
// that are published but not yet in effect.

import { getDateLocale } from '../content.ts';
import { formatDateMessage, type DateMessagePart } from '../i18n.ts';
import { getHomeEntries } from '../pages.ts';
import { getHomeUrl, getVersionUrl } from '../routes.ts';
import { getNextVersion, resolveTranslation } from '../versions.ts';
import type { PageLink, RouteContext } from './context.ts';
import { getLanguageLinks } from './languages.ts';
import { getLayoutData, type LayoutData } from './layout.ts';
import { getChangeSummary, type ChangeSummary } from './notice.ts';

export interface HomeNotice {
  link: PageLink;
  summary: string;
  /** The summary's and title's language when it is not the page's. */
  lang?: string;
  date: DateMessagePart[];
}

export interface UpcomingChange {
  title: string;
  lang?: string;
  date: DateMessagePart[];
  changes?: ChangeSummary;
  read: PageLink;
}

export interface HomeRouteData {
  layout: LayoutData;
  heading: string;
  intro: string;
  noticesHeading: string;
  notices: HomeNotice[];
  upcomingHeading: string;
  upcoming: UpcomingChange[];
}

export function getHomeRouteData(context: RouteContext, locale: string): HomeRouteData {
  const { site, translations } = context;
  const t = translations.forLocale(locale);
  const dateLocale = getDateLocale(site, locale);
  const entries = getHomeEntries(site, locale);
  const upcoming = entries.flatMap(({ notice }): UpcomingChange[] => {
    const next = getNextVersion(notice.versions, site.now);
    // A notice none of whose versions is in effect yet is listed as it is, not as a change.
    if (!next?.previous) return [];
    const { text, locale: textLocale } = resolveTranslation(next.texts, locale, notice.sourceLocale);
    const changes = getChangeSummary(
      context,
      text.frontmatter,
      { locale, notice: notice.slug, sourceLocale: notice.sourceLocale, from: next.previous.date, to: next.date, textLocale },
      t,
      true,
    );
    return [
      {
        title: text.frontmatter.title,
        ...(textLocale === locale ? {} : { lang: textLocale }),
        date: formatDateMessage(t, 'home.takesEffect', { date: next.date }, dateLocale),
        ...(changes ? { changes } : {}),
        read: { href: getVersionUrl(locale, notice.slug, next.date), text: t('banner.readNext') },
      },
    ];
  });
  return {
    layout: getLayoutData(context, {
      locale,
      title: t('site.legalCenter'),
      description: site.config.intro[locale],
      languages: getLanguageLinks(site, locale, getHomeUrl),
      path: getHomeUrl(locale),
    }),
    heading: t('site.legalCenter'),
    intro: site.config.intro[locale],
    noticesHeading: t('home.heading'),
    notices: entries.map((entry) => ({
      link: { href: entry.href, text: entry.title },
      summary: entry.summary,
      ...(entry.titleLang === locale ? {} : { lang: entry.titleLang }),
      date: formatDateMessage(t, 'home.lastUpdated', { date: entry.date }, dateLocale),
    })),
    upcomingHeading: t('home.upcoming'),
    upcoming,
  };
}
