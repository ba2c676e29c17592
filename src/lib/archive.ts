// The machine-readable archive at /notices.json: every notice, version and text with its address and hash.

import { getCompareLink, type Comparison } from './comparisons.ts';
import type { Site } from './content.ts';
import { getAbsoluteUrl, getHistoryUrl, getNoticeUrl, getVersionUrl } from './routes.ts';
import type { VersionStatus } from './versions.ts';

export interface ArchiveText {
  locale: string;
  title: string;
  /** Whether this locale has its own text; when false, `url` shows the source text. */
  translated: boolean;
  url: string;
  /** Redline against the previous version in this locale, when published. */
  compareUrl?: string;
  /** Path of the source file, relative to the content folder. */
  source?: string;
  /** sha256 of the source file as the published-version lock records it; absent for untranslated texts. */
  sha256?: string;
}

export interface ArchiveVersion {
  date: string;
  status: VersionStatus;
  material?: boolean;
  texts: ArchiveText[];
}

export interface Archive {
  format: 'paragraf-archive';
  version: 1;
  organisation: string;
  site: string;
  /** The build date the statuses are relative to. */
  date: string;
  sourceLocale: string;
  locales: string[];
  notices: {
    slug: string;
    /** The notice's authoritative language: an untranslated text's URL shows the text in it. */
    sourceLocale: string;
    urls: Record<string, { current: string; history: string }>;
    versions: ArchiveVersion[];
  }[];
}

export function buildArchive(site: Site, comparisons: readonly Comparison[]): Archive {
  const absolute = (pathname: string) => getAbsoluteUrl(site.config.url, pathname);
  return {
    format: 'paragraf-archive',
    version: 1,
    organisation: site.config.organisation,
    site: site.config.url,
    date: site.now,
    sourceLocale: site.sourceLocale,
    locales: site.locales,
    notices: site.notices.map((notice) => ({
      slug: notice.slug,
      sourceLocale: notice.sourceLocale,
      urls: Object.fromEntries(
        site.locales.map((locale) => [
          locale,
          { current: absolute(getNoticeUrl(locale, notice.slug)), history: absolute(getHistoryUrl(locale, notice.slug)) },
        ]),
      ),
      versions: notice.versions.map((version) => {
        return {
          date: version.date,
          status: version.status,
          material: version.texts[notice.sourceLocale].frontmatter.material,
          texts: site.locales.map((locale): ArchiveText => {
            const own = version.texts[locale];
            const text = own ?? version.texts[notice.sourceLocale];
            const compare = getCompareLink(comparisons, { notice: notice.slug, from: version.previous?.date, to: version.date, locale });
            return {
              locale,
              title: text.frontmatter.title,
              translated: Boolean(own),
              url: absolute(getVersionUrl(locale, notice.slug, version.date)),
              compareUrl: compare ? absolute(compare.url) : undefined,
              source: own ? `notices/${notice.slug}/${version.date}/${locale}.mdx` : undefined,
              sha256: own ? own.hash : undefined,
            };
          }),
        };
      }),
    })),
  };
}
