// Changes announced ahead of time (WP260 ¶29–30): the versions that take effect after the build date,
// with what a reader needs to see them coming — the date, what changes, and where the redline is.

import { getCompareLink, type CompareLink, type Comparison } from './comparisons.ts';
import type { Notice, NoticeVersion, Site } from './content.ts';
import { getVersionUrl } from './routes.ts';
import { resolveTranslation } from './versions.ts';

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
  /** The redline against the version it replaces: in the reader's language, else the source language. */
  redline?: CompareLink;
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
        redline: getCompareLink(comparisons, { notice: notice.slug, from: replaces?.date, to: version.date, locale, sourceLocale: notice.sourceLocale }),
      });
    }
  }
  return changes.sort((a, b) => a.version.date.localeCompare(b.version.date) || a.notice.slug.localeCompare(b.notice.slug));
}
