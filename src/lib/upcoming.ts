// Changes announced ahead of time (WP260 ¶29–30): the versions that take effect after the build date,
// with what a reader needs to see them coming — the date, what changes, and where the redline is.

import type { Comparison } from './comparisons.ts';
import { findComparison } from './comparisons.ts';
import type { Notice, NoticeVersion, Site } from './content.ts';
import { getCompareUrl, getVersionUrl } from './routes.ts';
import { resolveTranslation } from './versions.ts';

/** A link to a redline, with the language of its page when that is not the reader's. */
export interface RedlineLink {
  url: string;
  /** The language of the redline: the reader's, or the source language when theirs lacks a text. */
  lang: string;
}

export interface UpcomingChange {
  notice: Notice;
  version: NoticeVersion;
  /** The version before it, which applies until it takes effect. */
  replaces?: NoticeVersion;
  /** Whether the source text says the change affects readers' rights or the processing. */
  material: boolean;
  title: string;
  /** The language of `title` and `changes`: the reader's, or the source language as a fallback. */
  lang: string;
  /** The version's own summary of what changes. */
  changes?: string;
  /** The new version's page in the reader's locale. */
  url: string;
  redline?: RedlineLink;
}

/**
 * The redline between two versions for a reader in `locale`: in their language when both texts have
 * it, otherwise in the source language, which every version has.
 */
export function getRedlineLink(
  comparisons: readonly Comparison[],
  notice: string,
  from: string,
  to: string,
  locale: string,
  sourceLocale: string,
): RedlineLink | undefined {
  const comparison = findComparison(comparisons, notice, from, to);
  if (!comparison) return undefined;
  const lang = comparison.locales.includes(locale) ? locale : comparison.locales.includes(sourceLocale) ? sourceLocale : undefined;
  return lang ? { url: getCompareUrl(lang, notice, from, to), lang } : undefined;
}

/** Every version that takes effect after the build date, soonest first, as a reader in `locale` is told of it. */
export function getUpcomingChanges(site: Site, locale: string, comparisons: readonly Comparison[]): UpcomingChange[] {
  const changes: UpcomingChange[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      if (version.status !== 'upcoming') continue;
      const replaces = version.previous;
      const { text, locale: lang } = resolveTranslation(version.texts, locale, version.sourceLocale);
      changes.push({
        notice,
        version,
        replaces,
        material: version.texts[version.sourceLocale]?.frontmatter.material === true,
        title: text.frontmatter.title,
        lang,
        changes: text.frontmatter.changes,
        url: getVersionUrl(locale, notice.slug, version.date),
        redline: replaces ? getRedlineLink(comparisons, notice.slug, replaces.date, version.date, locale, notice.sourceLocale) : undefined,
      });
    }
  }
  return changes.sort((a, b) => a.version.date.localeCompare(b.version.date) || a.notice.slug.localeCompare(b.notice.slug));
}
