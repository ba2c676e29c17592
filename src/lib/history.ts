// A notice's dated history in one locale: every version newest first, with what changed and links.

import { getCompareLink, type Comparison } from './comparisons.ts';
import type { Notice, NoticeVersion, Site } from './content.ts';
import type { Correction, CorrectionLookup } from './corrections.ts';
import { getVersionUrl } from './routes.ts';
import type { VersionStatus } from './versions.ts';

export interface LocalizedText {
  text: string;
  /** Set when the text is in another language than the page (the source text of an untranslated version). */
  lang?: string;
}

export interface HistoryEntry {
  version: NoticeVersion;
  date: string;
  status: VersionStatus;
  /** The "what changed" summary; absent for the first version. */
  changes?: LocalizedText;
  material?: boolean;
  /** Whether this locale has its own text of the version. */
  available: boolean;
  readUrl: string;
  /**
   * The redline against the version before, in this locale, or in the source locale when this one
   * lacks a text; `lang` is then the source locale, so the page can say which language it opens in.
   */
  compare?: { url: string; lang?: string };
  /** Corrections of this locale's text (or of the source text shown instead) after publication. */
  corrections: Correction[];
}

export function getHistory(
  site: Site,
  notice: Notice,
  locale: string,
  comparisons: readonly Comparison[],
  getCorrections: CorrectionLookup = () => [],
): HistoryEntry[] {
  return notice.versions
    .map((version) => {
      const own = version.texts[locale];
      const text = own ?? version.texts[notice.sourceLocale];
      const lang = own ? undefined : notice.sourceLocale;
      const previous = version.previous;
      const link = getCompareLink(comparisons, {
        notice: notice.slug,
        from: previous?.date,
        to: version.date,
        locale,
        sourceLocale: notice.sourceLocale,
      });
      return {
        version,
        date: version.date,
        status: version.status,
        changes: previous && text.frontmatter.changes ? { text: text.frontmatter.changes, lang } : undefined,
        material: previous ? text.frontmatter.material : undefined,
        available: Boolean(own),
        readUrl: getVersionUrl(locale, notice.slug, version.date),
        compare: link ? { url: link.url, lang: link.otherLanguage ? link.locale : undefined } : undefined,
        corrections: getCorrections(text),
      };
    })
    .reverse();
}
