// Whether each translation of each notice version is done, missing, or stale against its source text.

import { diffBlocks, type Block } from './diff/index.ts';
import { compileNoticeBody } from './markdown/compile.ts';
import { hashNoticeText, parseNoticeBytes } from './notice-file.ts';
import type { VersionStatus } from './versions.ts';

export interface GitHistory {
  /** Commits that changed the file, newest first; empty outside a repository. */
  listRevisions(absolutePath: string): string[];
  /** The file's bytes as of a commit, or undefined. */
  readRevision(revision: string, absolutePath: string): Uint8Array | undefined;
}

/** The parts of the content model the status needs; a loaded `Site` fits. */
export interface StatusSite {
  locales: string[];
  notices: {
    slug: string;
    /** The notice's source language; its other languages are translations of it. */
    sourceLocale: string;
    versions: {
      date: string;
      status: VersionStatus;
      texts: Record<string, { absolutePath: string; hash: string; frontmatter: object; compiled: { blocks: Block[] } }>;
    }[];
  }[];
}

export type TranslationState = 'done' | 'missing' | 'stale';

/** A cell of the status table: a translation's state, or the notice's own source language. */
export type MatrixState = TranslationState | 'source';

export interface TranslationStatus {
  notice: string;
  /** The version's effective date. */
  date: string;
  versionStatus: VersionStatus;
  locale: string;
  status: TranslationState;
  /** The notice's source language, which the translation is made from. */
  sourceLocale: string;
  /** Hash of the version's source text as it is now. */
  sourceHash: string;
  /** The source hash recorded in the translation's frontmatter, if any. */
  translatedFrom?: string;
  /** Why a translation is stale when there is more to say than "the source changed". */
  note?: string;
}

export interface StatusFilter {
  notice?: string;
  locale?: string;
}

/**
 * One row per notice × version × locale other than the notice's source language. A translation is done when its `translatedFrom`
 * equals the hash of the source text; without `translatedFrom` nothing shows what it was made from,
 * so it counts as stale rather than being trusted.
 */
export function getTranslationStatuses(site: StatusSite, filter: StatusFilter = {}): TranslationStatus[] {
  const rows: TranslationStatus[] = [];
  for (const notice of site.notices) {
    if (filter.notice && notice.slug !== filter.notice) continue;
    const locales = site.locales.filter((l) => l !== notice.sourceLocale && (!filter.locale || l === filter.locale));
    for (const version of notice.versions) {
      const source = version.texts[notice.sourceLocale];
      if (!source) continue;
      const sourceHash = source.hash;
      const sourceLocale = notice.sourceLocale;
      for (const locale of locales) {
        const base = { notice: notice.slug, date: version.date, versionStatus: version.status, locale, sourceLocale, sourceHash };
        const text = version.texts[locale];
        if (!text) {
          rows.push({ ...base, status: 'missing' });
          continue;
        }
        const translatedFrom = getTranslatedFrom(text.frontmatter);
        if (getTranslationState(text.frontmatter, sourceHash) === 'done') {
          rows.push({ ...base, status: 'done', translatedFrom });
        } else if (!translatedFrom) {
          rows.push({
            ...base,
            status: 'stale',
            note: `no record of the source it was translated from — once it matches the source, run npm run i18n -- done ${notice.slug} ${version.date} --locale ${locale}`,
          });
        } else {
          rows.push({ ...base, status: 'stale', translatedFrom });
        }
      }
    }
  }
  return rows;
}

/**
 * Whether a translation was made from the source text as it is now: the one reading of `translatedFrom`,
 * shared by the status, the check and the page that tells readers a translation is out of date.
 */
export function getTranslationState(frontmatter: object, sourceHash: string): 'done' | 'stale' {
  return getTranslatedFrom(frontmatter) === sourceHash ? 'done' : 'stale';
}

/** The hash of the source text a translation records it was made from, if it records one. */
export function getTranslatedFrom(frontmatter: object): string | undefined {
  const value = (frontmatter as { translatedFrom?: unknown }).translatedFrom;
  return typeof value === 'string' && value ? value : undefined;
}

/** Finds the source text a translation was made from: the revision of the source file whose hash matches. */
export function findSourceRevision(
  git: GitHistory,
  sourcePath: string,
  translatedFrom: string,
): { revision: string; blocks: Block[] } | undefined {
  for (const revision of git.listRevisions(sourcePath)) {
    const bytes = git.readRevision(revision, sourcePath);
    if (bytes === undefined) continue;
    // An old revision is read exactly as the current file is; one that cannot be read cannot match.
    const parsed = parseNoticeBytes(bytes, `${sourcePath}@${revision.slice(0, 12)}`, []);
    if (parsed && hashNoticeText(parsed) === translatedFrom) {
      return { revision, blocks: compileNoticeBody(parsed, { imageHosts: [] }).blocks };
    }
  }
  return undefined;
}

export interface ChangedBlock {
  change: 'added' | 'removed' | 'changed' | 'moved';
  /** Anchor id of the innermost section the block is in now (or was in, when removed); a heading's own anchor. */
  section?: string;
  /** The block's text, shortened. */
  text: string;
}

/** The blocks of the source that changed between the text a translation was made from and the current one. */
export function getChangedBlocks(oldBlocks: Block[], newBlocks: Block[], locale: string): ChangedBlock[] {
  const diff = diffBlocks(oldBlocks, newBlocks, locale);
  return diff.changes.flatMap((change): ChangedBlock[] => {
    switch (change.type) {
      case 'equal':
        return [];
      case 'insert':
        return [describeBlock('added', change.block)];
      case 'delete':
        return [describeBlock('removed', change.block)];
      case 'modify':
        return [describeBlock('changed', change.after)];
      case 'move':
        return [describeBlock('moved', change.block)];
    }
  });
}

function describeBlock(change: ChangedBlock['change'], block: Block): ChangedBlock {
  // The innermost section names the place best: a paragraph under an H3 is found by the H3's anchor.
  const section = block.kind === 'heading' ? block.id : (block.subsection ?? block.section);
  return { change, ...(section ? { section } : {}), text: shorten(block.text, 70) };
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

export interface StaleDetail {
  changes?: ChangedBlock[];
  note?: string;
}

/** Explains a stale row: which source blocks changed since the translation, or why that cannot be told. */
export function explainStale(
  row: TranslationStatus,
  source: { absolutePath: string; compiled: { blocks: Block[] } },
  sourceLocale: string,
  git: GitHistory,
): StaleDetail {
  if (row.status !== 'stale') return {};
  if (!row.translatedFrom) return { note: row.note };
  const found = findSourceRevision(git, source.absolutePath, row.translatedFrom);
  if (!found) {
    return {
      note: `the source it was translated from (${row.translatedFrom.slice(0, 12)}…) is not in the Git history; compare the texts by hand, then run npm run i18n -- done ${row.notice} ${row.date} --locale ${row.locale}`,
    };
  }
  return { changes: getChangedBlocks(found.blocks, source.compiled.blocks, sourceLocale) };
}

export interface StatusMatrixRow {
  notice: string;
  /** The notice's title in the source locale. */
  title: string;
  date: string;
  versionStatus: VersionStatus;
  /** The notice's source language. */
  sourceLocale: string;
  /** One cell per locale, in the order of `StatusMatrix.locales`; the notice's source language is 'source'. */
  cells: { locale: string; status: MatrixState }[];
}

export interface StatusMatrix {
  /** Every locale, in configured order: each notice's source language is one of them. */
  locales: string[];
  rows: StatusMatrixRow[];
  /** How many cells have each status. */
  totals: Record<TranslationState, number>;
}

/** The status as a notice-version × locale table, for the translators' page. */
export function getStatusMatrix(site: StatusSite): StatusMatrix {
  const statuses = getTranslationStatuses(site);
  const locales = site.locales;
  const totals: Record<TranslationState, number> = { done: 0, missing: 0, stale: 0 };
  const rows: StatusMatrixRow[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      const source = version.texts[notice.sourceLocale];
      if (!source) continue;
      const cells = locales.map((locale): { locale: string; status: MatrixState } => {
        if (locale === notice.sourceLocale) return { locale, status: 'source' };
        const status = statuses.find((s) => s.notice === notice.slug && s.date === version.date && s.locale === locale)?.status ?? 'missing';
        totals[status] += 1;
        return { locale, status };
      });
      const title = (source.frontmatter as { title?: string }).title ?? notice.slug;
      rows.push({ notice: notice.slug, title, date: version.date, versionStatus: version.status, sourceLocale: notice.sourceLocale, cells });
    }
  }
  return { locales, rows, totals };
}

/** One translation that needs work, as a language's list on the status page shows it. */
export interface WorkItem {
  notice: string;
  /** The notice's title in its source language. */
  title: string;
  date: string;
  versionStatus: VersionStatus;
  sourceLocale: string;
  status: Exclude<TranslationState, 'done'>;
}

/** A language's share of the translation work: its counts, and what needs work, most urgent first. */
export interface LanguageWork {
  locale: string;
  totals: Record<TranslationState, number>;
  items: WorkItem[];
}

/**
 * Readers meet the versions in effect now and the upcoming ones soon; archived versions are kept for the
 * record. So upcoming versions come first (soonest first: they take effect on a deadline), then versions
 * in effect, then archived ones (newest first). Within each, missing before stale: a reader without a
 * translation gets none of the text in their language, a reader of a stale one most of it, and a banner.
 */
const URGENCY: Record<VersionStatus, number> = { upcoming: 0, current: 1, archived: 2 };

/** Per language that translations are made into: its counts and its work list. */
export function getLanguageWork(site: StatusSite): LanguageWork[] {
  const statuses = getTranslationStatuses(site);
  const titles = new Map(
    site.notices.flatMap((notice) =>
      notice.versions.map((version) => {
        const title = (version.texts[notice.sourceLocale]?.frontmatter as { title?: string } | undefined)?.title ?? notice.slug;
        return [`${notice.slug}/${version.date}`, title] as const;
      }),
    ),
  );
  return site.locales
    .map((locale): LanguageWork => {
      const rows = statuses.filter((row) => row.locale === locale);
      const totals: Record<TranslationState, number> = { done: 0, missing: 0, stale: 0 };
      for (const row of rows) totals[row.status] += 1;
      const items = rows
        .filter((row): row is TranslationStatus & { status: WorkItem['status'] } => row.status !== 'done')
        .map((row) => ({
          notice: row.notice,
          title: titles.get(`${row.notice}/${row.date}`) ?? row.notice,
          date: row.date,
          versionStatus: row.versionStatus,
          sourceLocale: row.sourceLocale,
          status: row.status,
        }))
        .sort(compareUrgency);
      return { locale, totals, items };
    })
    .filter((work) => work.totals.done + work.totals.missing + work.totals.stale > 0);
}

function compareUrgency(a: WorkItem, b: WorkItem): number {
  if (a.versionStatus !== b.versionStatus) return URGENCY[a.versionStatus] - URGENCY[b.versionStatus];
  if (a.status !== b.status) return a.status === 'missing' ? -1 : 1;
  const byDate = a.versionStatus === 'upcoming' ? a.date.localeCompare(b.date) : b.date.localeCompare(a.date);
  return byDate || a.notice.localeCompare(b.notice);
}
