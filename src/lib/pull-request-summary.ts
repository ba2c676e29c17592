// What a pull request changes in the content, for the legal reviewers who read its summary: every
// notice text added, changed or removed against the base, with its redline, the translations it makes
// stale or missing, the check's problems and the corrections it records.

import type { NoticeText, NoticeVersion, Site } from './content.ts';
import type { Problem } from './errors.ts';
import type { Correction, MainBranch, PublishedLock } from './published-lock.ts';
import type { RedlineView } from './redline.ts';
import { buildMarkdownRedline } from './redline-markdown.ts';
import { getTranslationStatuses, type TranslationStatus } from './translation-status.ts';
import type { VersionStatus } from './versions.ts';

/** One side of the comparison: the content folder at the base commit, or in the working tree. */
export interface ContentSide {
  /** Every plain file of the content folder, by path relative to it with forward slashes. */
  files: ReadonlyMap<string, Uint8Array>;
  /** The content model, when site.yaml could be read. */
  site?: Site;
  /** The published-version lock, when there is a valid one. */
  lock?: PublishedLock;
}

export interface SummaryInput {
  base: ContentSide & {
    /** The ref as given, e.g. `origin/main`. */
    ref: string;
    commit: string;
  };
  head: ContentSide;
  /** Everything the check reports on the working tree, with paths as `showPath` shows them. */
  problems: Problem[];
  /** How a path relative to the content folder is shown, matching the problems' paths. */
  showPath(relative: string): string;
  /** Tells which texts are on the main branch: others are drafts under review. */
  mainBranch: MainBranch;
  /** The build date, YYYY-MM-DD. */
  now: string;
}

export type TextChangeKind = 'added' | 'changed' | 'removed';

export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

export interface TextRedline {
  /** What the text is compared with: its state at the base, the version before it, or nothing. */
  against: 'base' | 'previous' | 'nothing';
  /** The effective date of the version compared with, for `previous`. */
  previousDate?: string;
  view: RedlineView;
}

export interface TextChange {
  notice: string;
  date: string;
  locale: string;
  change: TextChangeKind;
  /** The file as the reader is shown it. */
  file: string;
  title?: string;
  /** The version's status on the build date (for a removed text, at the base). */
  status?: VersionStatus;
  /** True when the main branch does not have the file yet: a draft until merged. */
  draft: boolean;
  /** The frontmatter's `material`: true material, false editorial, undefined not stated. */
  material?: boolean;
  /** Whether the version is its notice's first, which has nothing to be material against. */
  firstVersion: boolean;
  /** The frontmatter's "what changed" summary. */
  changes?: string;
  /** Frontmatter fields that differ from the base (changed texts only). */
  fields: FieldChange[];
  /** For a changed text: true when what readers get is the same, only record-keeping fields changed. */
  sameText: boolean;
  redline?: TextRedline;
  /** True when the working tree's text could not be read; the check's problems say why. */
  unreadable: boolean;
}

export interface TranslationChange {
  notice: string;
  date: string;
  status: 'stale' | 'missing';
  /** In the site's order. */
  locales: string[];
  /** True when the version is new in this change, so its translations were never done. */
  newVersion: boolean;
}

export interface RecordedCorrection {
  notice: string;
  date: string;
  locale: string;
  correction: Correction;
}

export interface OtherFileChange {
  file: string;
  change: TextChangeKind;
}

export interface PullRequestSummary {
  base: { ref: string; commit: string; hasContent: boolean };
  now: string;
  texts: TextChange[];
  /** Titles of the notices the texts belong to, by slug. */
  noticeTitles: Record<string, string>;
  translations: TranslationChange[];
  /** False when the working tree's content model could not be read, so no translation status is known. */
  translationsKnown: boolean;
  /** Translations that were already stale or missing at the base and still are. */
  translationsAlreadyBehind: number;
  errors: Problem[];
  /** Warnings in files this change adds or edits. */
  warnings: Problem[];
  /** Warnings in files this change does not touch. */
  otherWarnings: Problem[];
  corrections: RecordedCorrection[];
  otherFiles: OtherFileChange[];
}

const NOTICE_TEXT = /^notices\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/;

/** Frontmatter fields in the order a reviewer reads them; others follow alphabetically. */
const FIELD_ORDER = ['title', 'summary', 'changes', 'material', 'reviewed', 'translatedFrom'];

export function getPullRequestSummary(input: SummaryInput): PullRequestSummary {
  const { base, head } = input;
  const changed = listChangedFiles(base.files, head.files);
  const texts: TextChange[] = [];
  const otherFiles: OtherFileChange[] = [];
  for (const [relative, change] of changed) {
    const match = NOTICE_TEXT.exec(relative);
    if (!match) {
      otherFiles.push({ file: input.showPath(relative), change });
      continue;
    }
    const [, notice, date, locale] = match;
    texts.push(describeTextChange(input, { relative, notice, date, locale, change }));
  }
  const site = head.site ?? base.site;
  texts.sort((a, b) => compareTexts(a, b, site));
  const touched = new Set([...changed.keys()].map((relative) => input.showPath(relative)));
  const errors = input.problems.filter((problem) => problem.severity === 'error');
  const warnings = input.problems.filter((problem) => problem.severity === 'warning');
  const { translations, alreadyBehind } = getTranslationChanges(base.site, head.site);
  return {
    base: { ref: base.ref, commit: base.commit, hasContent: base.files.size > 0 },
    now: input.now,
    texts,
    noticeTitles: getNoticeTitles(texts, base.site, head.site),
    translations,
    translationsKnown: head.site !== undefined,
    translationsAlreadyBehind: alreadyBehind,
    errors,
    warnings: warnings.filter((problem) => touched.has(problem.file)),
    otherWarnings: warnings.filter((problem) => !touched.has(problem.file)),
    corrections: getRecordedCorrections(base.lock, head.lock),
    otherFiles,
  };
}

/** Paths whose bytes differ, in path order: added, changed or removed. */
function listChangedFiles(before: ReadonlyMap<string, Uint8Array>, after: ReadonlyMap<string, Uint8Array>): Map<string, TextChangeKind> {
  const changes = new Map<string, TextChangeKind>();
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const relative of paths) {
    const old = before.get(relative);
    const now = after.get(relative);
    if (!old) changes.set(relative, 'added');
    else if (!now) changes.set(relative, 'removed');
    else if (!Buffer.from(old).equals(Buffer.from(now))) changes.set(relative, 'changed');
  }
  return changes;
}

interface ChangedText {
  relative: string;
  notice: string;
  date: string;
  locale: string;
  change: TextChangeKind;
}

function describeTextChange(input: SummaryInput, changed: ChangedText): TextChange {
  const { notice, date, locale, change } = changed;
  const headVersion = findVersion(input.head.site, notice, date);
  const baseVersion = findVersion(input.base.site, notice, date);
  const text = change === 'removed' ? baseVersion?.texts[locale] : headVersion?.texts[locale];
  const version = change === 'removed' ? baseVersion : headVersion;
  const entry: TextChange = {
    notice,
    date,
    locale,
    change,
    file: input.showPath(changed.relative),
    draft: change !== 'removed' && text !== undefined && input.mainBranch.hasFile(text.absolutePath) === false,
    firstVersion: version ? !version.previous : false,
    fields: [],
    sameText: false,
    unreadable: change !== 'removed' && !text,
  };
  if (!text || !version) return entry;
  const { title, changes, material } = text.frontmatter;
  Object.assign(entry, { title, status: version.status });
  if (changes) entry.changes = changes;
  if (material !== undefined) entry.material = material;
  if (change === 'removed') return entry;
  const site = input.head.site!;
  const baseText = baseVersion?.texts[locale];
  if (change === 'changed' && baseText) {
    entry.fields = getFieldChanges(baseText, text);
    entry.sameText = baseText.hash === text.hash;
    entry.redline = { against: 'base', view: buildMarkdownRedline(site, baseText, text) };
    return entry;
  }
  const previous = version.previous?.texts[locale];
  if (previous) {
    entry.redline = { against: 'previous', previousDate: previous.date, view: buildMarkdownRedline(site, previous, text) };
  } else {
    // Nothing earlier in this language: the whole text is new, and shown as added.
    const empty = { ...text, compiled: { ...text.compiled, blocks: [] } };
    entry.redline = { against: 'nothing', view: buildMarkdownRedline(site, empty, text) };
  }
  return entry;
}

function findVersion(site: Site | undefined, notice: string, date: string): NoticeVersion | undefined {
  return site?.notices.find((n) => n.slug === notice)?.versions.find((v) => v.date === date);
}

function getFieldChanges(before: NoticeText, after: NoticeText): FieldChange[] {
  const old = before.frontmatter as Record<string, unknown>;
  const now = after.frontmatter as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])].sort(
    (a, b) => rankField(a) - rankField(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = showValue(old[field]);
    const is = showValue(now[field]);
    if (was === is) continue;
    changes.push({ field, ...(was === undefined ? {} : { before: was }), ...(is === undefined ? {} : { after: is }) });
  }
  return changes;
}

function rankField(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
}

function showValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

// A notice's texts in date order, the notice's source language first and the others as the site lists them.
function compareTexts(a: TextChange, b: TextChange, site: Site | undefined): number {
  if (a.notice !== b.notice) return a.notice < b.notice ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return rankLocale(a, site) - rankLocale(b, site);
}

function rankLocale(text: TextChange, site: Site | undefined): number {
  const notice = site?.notices.find((n) => n.slug === text.notice);
  if (notice?.sourceLocale === text.locale) return -1;
  const index = site?.locales.indexOf(text.locale) ?? -1;
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

/** The source-language title of each notice's newest version, from the working tree or else the base. */
function getNoticeTitles(texts: TextChange[], base: Site | undefined, head: Site | undefined): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const { notice } of texts) {
    const found = head?.notices.find((n) => n.slug === notice) ?? base?.notices.find((n) => n.slug === notice);
    const source = found?.versions.at(-1)?.texts[found.sourceLocale];
    if (source?.frontmatter.title) titles[notice] = source.frontmatter.title;
  }
  return titles;
}

/**
 * Translations this change leaves behind: done at the base and stale or missing now, or in a version
 * that is new in this change and not done. Those already behind at the base are only counted.
 */
function getTranslationChanges(base: Site | undefined, head: Site | undefined): { translations: TranslationChange[]; alreadyBehind: number } {
  if (!head) return { translations: [], alreadyBehind: 0 };
  const key = (row: TranslationStatus) => `${row.notice}\u0000${row.date}\u0000${row.locale}`;
  const before = new Map((base ? getTranslationStatuses(base) : []).map((row) => [key(row), row]));
  const groups = new Map<string, TranslationChange>();
  let alreadyBehind = 0;
  for (const row of getTranslationStatuses(head)) {
    if (row.status === 'done') continue;
    const old = before.get(key(row));
    if (old && old.status !== 'done') {
      alreadyBehind += 1;
      continue;
    }
    const newVersion = !findVersion(base, row.notice, row.date);
    const groupKey = `${row.notice}\u0000${row.date}\u0000${row.status}`;
    const group = groups.get(groupKey) ?? { notice: row.notice, date: row.date, status: row.status, locales: [], newVersion };
    group.locales.push(row.locale);
    groups.set(groupKey, group);
  }
  return { translations: [...groups.values()], alreadyBehind };
}

/** Corrections the working tree's lock records that the base's did not. */
function getRecordedCorrections(base: PublishedLock | undefined, head: PublishedLock | undefined): RecordedCorrection[] {
  if (!head) return [];
  const recorded: RecordedCorrection[] = [];
  for (const key of Object.keys(head.files).sort()) {
    const match = NOTICE_TEXT.exec(key);
    if (!match) continue;
    const known = new Set((base?.files[key]?.corrections ?? []).map((correction) => JSON.stringify(correction)));
    for (const correction of head.files[key].corrections ?? []) {
      if (known.has(JSON.stringify(correction))) continue;
      recorded.push({ notice: match[1], date: match[2], locale: match[3], correction });
    }
  }
  return recorded;
}

