// The pages of the site and what each one shows, computed once per build from the content model.

import type { Notice, NoticeText, NoticeVersion, Site } from './content.ts';
import type { Correction, CorrectionLookup } from './corrections.ts';
import { getOutdatedTranslation, type OutdatedTranslation } from './outdated-translations.ts';
import { getLanguageLinks, type LanguageLink } from './route-data/languages.ts';
import { getNoticeUrl, getVersionUrl } from './routes.ts';
import { getCurrentVersion, getDisplayedVersion, getNextVersion, resolveTranslation } from './versions.ts';

export type { LanguageLink };

export interface NoticePage {
  locale: string;
  notice: Notice;
  version: NoticeVersion;
  /** This page's path. */
  url: string;
  /** The permanent, dated path of this version in this locale. */
  permanentUrl: string;
  /** True for `/<lng>/<notice>/`, the address that always shows the version in effect. */
  isMainUrl: boolean;
  /**
   * The address search engines should prefer for this text: the notice's main address for the version
   * it shows, the source-language page for a page that shows the source text. Only pages whose
   * canonical address is their own are listed in the sitemap.
   */
  canonicalUrl: string;
  /** The text shown: the locale's own, or the source text when the locale lacks this version. */
  text: NoticeText;
  /** The language of `text`. */
  textLocale: string;
  fallback: boolean;
  /** Corrections made to `text` after it was published, oldest first. */
  corrections: Correction[];
  /** Set when `text` is a translation made from an earlier source text than the version's current one. */
  outdated?: OutdatedTranslation;
  /**
   * Whether the search index takes this page: each version once (the current one at its main
   * address), and never a fallback page, whose text is not in the page's language.
   */
  indexed: boolean;
  /** The version in effect on the build date. */
  current?: NoticeVersion;
  /** The next upcoming version, if one is published. */
  next?: NoticeVersion;
  /** The version that replaced this one (for archived and current versions). */
  successor?: NoticeVersion;
  languages: LanguageLink[];
}

export interface HomeEntry {
  notice: Notice;
  title: string;
  titleLang: string;
  summary: string;
  /** The effective date of the version in effect (or of the first upcoming one). */
  date: string;
  href: string;
}

/** Every notice page of every locale: each version at its dated URL, plus each notice's main URL. */
export function getNoticePages(site: Site, getCorrections: CorrectionLookup = () => []): NoticePage[] {
  const pages: NoticePage[] = [];
  for (const locale of site.locales) {
    for (const notice of site.notices) {
      const displayed = getDisplayedVersion(notice.versions, site.now);
      for (const version of notice.versions) {
        const make = (isMainUrl: boolean, indexable: boolean) =>
          createNoticePage(site, locale, notice, version, { isMainUrl, isDisplayed: version === displayed }, indexable, getCorrections);
        pages.push(make(false, version !== displayed));
        if (version === displayed) pages.push(make(true, true));
      }
    }
  }
  return pages;
}

function createNoticePage(
  site: Site,
  locale: string,
  notice: Notice,
  version: NoticeVersion,
  { isMainUrl, isDisplayed }: { isMainUrl: boolean; isDisplayed: boolean },
  indexable: boolean,
  getCorrections: CorrectionLookup,
): NoticePage {
  const resolved = resolveTranslation(version.texts, locale, notice.sourceLocale);
  const source = version.texts[notice.sourceLocale];
  const outdated =
    resolved.locale === notice.sourceLocale
      ? undefined
      : getOutdatedTranslation(resolved.text, source, notice.sourceLocale, getCorrections(source));
  const urlFor = (lng: string) =>
    isMainUrl ? getNoticeUrl(lng, notice.slug) : getVersionUrl(lng, notice.slug, version.date);
  const index = notice.versions.indexOf(version);
  const canonicalFor = (lng: string) => (isDisplayed ? getNoticeUrl(lng, notice.slug) : getVersionUrl(lng, notice.slug, version.date));
  return {
    locale,
    notice,
    version,
    url: urlFor(locale),
    permanentUrl: getVersionUrl(locale, notice.slug, version.date),
    isMainUrl,
    canonicalUrl: canonicalFor(resolved.locale),
    text: resolved.text,
    textLocale: resolved.locale,
    fallback: resolved.fallback,
    corrections: getCorrections(resolved.text),
    ...(outdated ? { outdated } : {}),
    indexed: indexable && !resolved.fallback,
    current: getCurrentVersion(notice.versions, site.now),
    next: getNextVersion(notice.versions, site.now),
    successor: notice.versions[index + 1],
    languages: getLanguageLinks(site, locale, urlFor, (code) => code in version.texts),
  };
}

/** The notices listed on a locale's home page, in sidebar order. */
export function getHomeEntries(site: Site, locale: string): HomeEntry[] {
  const order = site.config.sidebar.flatMap((group) =>
    group.items.flatMap((item) => ('notice' in item ? [item.notice] : [])),
  );
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
  return [...site.notices]
    .sort((a, b) => rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug))
    .map((notice) => {
      const version = getDisplayedVersion(notice.versions, site.now) ?? notice.versions[0];
      const { text, locale: titleLang } = resolveTranslation(version.texts, locale, notice.sourceLocale);
      return {
        notice,
        title: text.frontmatter.title,
        titleLang,
        summary: text.frontmatter.summary,
        date: version.date,
        href: getNoticeUrl(locale, notice.slug),
      };
    });
}

