// What the frame of every page shows: its head (title, canonical address, language alternates), the
// header with the legal-resources menu, search and languages, the sidebar and the footer.

import { getDateLocale } from '../content.ts';
import { formatDate } from '../dates.ts';
import { splitMessage, type DateMessagePart, type Translate } from '../i18n.ts';
import { getUpcomingChanges } from '../upcoming.ts';
import { getAbsoluteUrl, getFeedUrl, getHomeUrl, getNoticeUrl, getSearchUrl } from '../routes.ts';
import { buildSidebar, type SidebarGroup } from '../sidebar.ts';
import { getCompareLinkView, type PageLink, type RouteContext } from './context.ts';
import type { LanguageLink } from './languages.ts';

export interface LayoutRequest {
  locale: string;
  /** The page's own title; the organisation is appended. */
  title: string;
  description?: string;
  languages: LanguageLink[];
  /** The notice this page belongs to, marked in the sidebar. */
  notice?: string;
  /** The page's address; omitted for pages that must not be indexed (the 404 page). */
  path?: string;
  /** The address search engines should prefer, when it is not the page's own. */
  canonicalPath?: string;
  /** Set when the page's own banner already announces its notice's upcoming version, so the site notice leaves it out. */
  announcesUpcoming?: boolean;
}

/** A piece of the site-wide notice of a coming change: text, a date, or the notice's title. */
export type SiteNoticePart = DateMessagePart | { title: string; lang?: string };

/** One upcoming material change as every page of a language announces it (WP260 ¶29–30). */
export interface SiteNoticeChange {
  message: SiteNoticePart[];
  /** Its redline, else the new version. */
  link: PageLink;
}

export interface LayoutData {
  locale: string;
  t: Translate;
  /** The `<title>`: the page's title and the organisation. */
  documentTitle: string;
  description?: string;
  canonicalUrl?: string;
  /** hreflang alternates: the languages that have this page, and x-default. */
  alternates: { hreflang: string; href: string }[];
  /** Set for pages that search engines should leave out. */
  noindex: boolean;
  feedUrl: string;
  organisation: string;
  homeUrl: string;
  searchUrl: string;
  privacyUrl: string;
  sidebar: SidebarGroup[];
  languages: LanguageLink[];
  /** Upcoming material changes of any notice, announced on every page. */
  upcoming: SiteNoticeChange[];
}

export function getLayoutData(context: RouteContext, request: LayoutRequest): LayoutData {
  const { site, translations } = context;
  const { locale, title, description, languages, notice, path, canonicalPath, announcesUpcoming } = request;
  const t = translations.forLocale(locale);
  const organisation = site.config.organisation;
  const absolute = (pathname: string) => getAbsoluteUrl(site.config.url, pathname);
  return {
    locale,
    t,
    documentTitle: `${title} – ${organisation}`,
    ...(description ? { description } : {}),
    ...(path ? { canonicalUrl: absolute(canonicalPath ?? path) } : {}),
    alternates: path
      ? [
          ...languages.filter((l) => l.available).map((l) => ({ hreflang: l.locale, href: absolute(l.href) })),
          { hreflang: 'x-default', href: absolute('/') },
        ]
      : [],
    noindex: !path,
    feedUrl: getFeedUrl(locale),
    organisation,
    homeUrl: getHomeUrl(locale),
    searchUrl: getSearchUrl(locale),
    privacyUrl: getNoticeUrl(locale, site.config.privacyNotice),
    sidebar: buildSidebar(site, locale, notice),
    upcoming: getSiteNotice(context, locale, t, announcesUpcoming ? notice : undefined),
    // The page's own language needs no note: a banner on the page says when it shows another language's text.
    languages: languages.map((language) =>
      language.available || language.current
        ? language
        : { ...language, note: translations.forLocale(language.locale)('nav.languageUnavailable') },
    ),
  };
}

/** The material changes to come, except `omitted`'s when the page's own banner says it already. */
function getSiteNotice(context: RouteContext, locale: string, t: Translate, omitted: string | undefined): SiteNoticeChange[] {
  const dateLocale = getDateLocale(context.site, locale);
  const sentence = splitMessage(t, 'upcoming.siteNotice', ['title', 'date']);
  return getUpcomingChanges(context.site, locale, context.comparisons)
    .filter((change) => change.material && change.notice.slug !== omitted)
    .map((change) => ({
      message: sentence.map((part): SiteNoticePart => {
        if ('text' in part) return part;
        if (part.placeholder === 'title') return { title: change.title, ...(change.lang === locale ? {} : { lang: change.lang }) };
        return { text: formatDate(change.version.date, dateLocale), datetime: change.version.date };
      }),
      link: change.redline
        ? getCompareLinkView(change.redline, locale, t, 'banner.seeUpcomingChanges', 'banner.seeUpcomingChangesIn')
        : { href: change.url, text: t('upcoming.readNew') },
    }));
}
