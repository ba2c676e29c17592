// Which redlines the site publishes: each version against the one before, and each archived version
// against the current one — a number of pages linear in the number of versions.

import type { Notice, NoticeVersion, Site } from './content.ts';
import { getCompareUrl } from './routes.ts';
import { getCurrentVersion } from './versions.ts';

export interface Comparison {
  notice: Notice;
  from: NoticeVersion;
  to: NoticeVersion;
  /** Locales that have both texts, so a redline in that language is possible. */
  locales: string[];
}

export function getComparisons(site: Site): Comparison[] {
  const comparisons: Comparison[] = [];
  for (const notice of site.notices) {
    const pairs = new Map<string, [NoticeVersion, NoticeVersion]>();
    notice.versions.forEach((version, index) => {
      if (index > 0) pairs.set(`${notice.versions[index - 1].date}..${version.date}`, [notice.versions[index - 1], version]);
    });
    const current = getCurrentVersion(notice.versions, site.now);
    if (current) {
      for (const version of notice.versions) {
        if (version.date < current.date) pairs.set(`${version.date}..${current.date}`, [version, current]);
      }
    }
    for (const [from, to] of pairs.values()) {
      const locales = site.locales.filter((locale) => from.texts[locale] && to.texts[locale]);
      comparisons.push({ notice, from, to, locales });
    }
  }
  return comparisons;
}

/** Finds the published comparison between two versions, if there is one. */
export function findComparison(
  comparisons: readonly Comparison[],
  notice: string,
  from: string,
  to: string,
): Comparison | undefined {
  return comparisons.find((c) => c.notice.slug === notice && c.from.date === from && c.to.date === to);
}

export interface CompareLink {
  /** The redline's path. */
  url: string;
  /** The redline's language: the reader's, or the source language when the reader's lacks one of the texts. */
  locale: string;
  /** True when `locale` is not the reader's language, so a page must say so. */
  otherLanguage: boolean;
}

export interface CompareLinkRequest {
  notice: string;
  from: string | undefined;
  to: string | undefined;
  locale: string;
  /** Where the reader's language lacks the redline, link to the source language's instead (and say so). */
  sourceLocale?: string;
}

/**
 * The one place a link to a redline is made: the published redline between two versions, in the
 * reader's language or, when asked for, the source language. Undefined when none is published.
 */
export function getCompareLink(comparisons: readonly Comparison[], request: CompareLinkRequest): CompareLink | undefined {
  const { notice, from, to, locale, sourceLocale } = request;
  if (!from || !to) return undefined;
  const comparison = findComparison(comparisons, notice, from, to);
  if (!comparison) return undefined;
  const linkLocale = comparison.locales.includes(locale)
    ? locale
    : sourceLocale && comparison.locales.includes(sourceLocale)
      ? sourceLocale
      : undefined;
  if (!linkLocale) return undefined;
  return { url: getCompareUrl(linkLocale, notice, from, to), locale: linkLocale, otherLanguage: linkLocale !== locale };
}
