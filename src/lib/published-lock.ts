// The published-version lock: a hash of every text once it takes effect, so later edits are caught.

import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Site } from './content.ts';
import { displayPath, type Problem } from './errors.ts';
import { readTextFile } from './text-file.ts';
import { parseYamlSource } from './yaml-source.ts';

export const LOCK_FILE_NAME = 'published.lock.json';
export const LOCKFILE_VERSION = 2;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 hash of 64 hexadecimal characters');

const correctionSchema = z
  .object({
    /** The day the correction was made, YYYY-MM-DD. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
    /** Why the published text was changed, for the public record. */
    reason: z.string().min(1),
    /** Hash of the text after the correction. */
    sha256: sha256Schema,
  })
  .strict();

const lockEntrySchema = z
  .object({
    /** Hash of the text as it was published (see hashNoticeText). */
    sha256: sha256Schema,
    /** Recorded corrections, oldest first; the last one's hash is the one expected now. */
    corrections: z.array(correctionSchema).optional(),
  })
  .strict();

export const lockSchema = z
  .object({
    /**
     * The format of this file. Version 2 hashes what readers get (the published frontmatter fields and
     * the body, see hashNoticeText); version 1 hashed the file's bytes and is upgraded with
     * `npm run notice -- lock --upgrade`.
     */
    lockfileVersion: z.literal(LOCKFILE_VERSION),
    /** Paths relative to the content folder, with forward slashes. */
    files: z.record(z.string(), lockEntrySchema),
  })
  .strict();

export type PublishedLock = z.infer<typeof lockSchema>;
export type LockEntry = z.infer<typeof lockEntrySchema>;
export type Correction = z.infer<typeof correctionSchema>;

/** What reading the lock found: the lock, or why there is none. */
export interface LockFile {
  /** Absolute path of the lock file. */
  absolutePath: string;
  /** The file as read; undefined when it does not exist. */
  text?: string;
  /** The parsed lock; undefined when the file is missing or unreadable. */
  lock?: PublishedLock;
  /** Why the file could not be used, positioned. */
  problems: Problem[];
}

/** A published text as the lock sees it. */
export interface PublishedFile {
  /** Path relative to the content folder, forward slashes: the lock's key. */
  key: string;
  notice: string;
  date: string;
  locale: string;
  /** Path for messages. */
  file: string;
  /** The text's hash as it is now. */
  hash: string;
  /** Absolute path, for asking git about it. */
  absolutePath: string;
}

/**
 * Whether a text is on the main branch. A text that is not has never been published from it: an import
 * or a new version under review on a branch. The lock treats such a text as a draft: not locking it yet
 * is a warning, and once locked it may still be tidied and locked again, until it reaches the main branch.
 */
export interface MainBranch {
  /** The branch's name, for messages. */
  name: string;
  /** True when the main branch has the file; false when not; undefined when that cannot be told (no repository, no such branch). */
  hasFile(absolutePath: string): boolean | undefined;
}

/** Where there is no repository to ask, every text counts as published from the main branch. */
export const UNKNOWN_MAIN_BRANCH: MainBranch = { name: 'main', hasFile: () => undefined };

export function getLockPath(contentDir: string): string {
  return path.join(contentDir, LOCK_FILE_NAME);
}

export function createEmptyLock(): PublishedLock {
  return { lockfileVersion: LOCKFILE_VERSION, files: {} };
}

/** The hash a locked file must have now: its last correction's, else the published one. */
export function getExpectedHash(entry: LockEntry): string {
  return entry.corrections?.at(-1)?.sha256 ?? entry.sha256;
}

/** Reads `<contentDir>/published.lock.json`; a missing file is not a problem here, only an absent lock. */
export function readLock(contentDir: string): LockFile {
  const absolutePath = getLockPath(contentDir);
  if (!fs.existsSync(absolutePath)) return { absolutePath, problems: [] };
  const problems: Problem[] = [];
  const read = readTextFile(absolutePath, { file: displayPath(absolutePath) }, problems);
  if (!read) return { absolutePath, problems };
  return { absolutePath, text: read.text, ...parseLock(read.text, displayPath(absolutePath)) };
}

/** Parses and validates the text of a lock file; problems name `file`. */
export function parseLock(text: string, file: string): { lock?: PublishedLock; problems: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      problems: [
        {
          file,
          severity: 'error',
          message: `the lock file is not valid JSON (${(error as Error).message})`,
          fix: 'restore it from Git, or delete it and run npm run notice -- lock to record the published texts again',
        },
      ],
    };
  }
  if ((data as { lockfileVersion?: unknown } | null)?.lockfileVersion === 1) {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          message: 'the lock file was written by an earlier Paragraf, whose hashes missed some edits (lockfileVersion 1)',
          fix: 'run npm run notice -- lock --upgrade; it checks every text against the old hashes and records them anew',
        },
      ],
    };
  }
  const result = lockSchema.safeParse(data);
  if (result.success) return { lock: result.data, problems: [] };
  const positions = parseYamlSource(text, file);
  return {
    problems: result.error.issues.map((issue) => ({
      file,
      ...positions.locate(issue.path),
      severity: 'error',
      message: `the lock file is not in the expected format at "${issue.path.join('.') || 'the top'}" (${issue.message})`,
      fix: 'restore it from Git; it is written by npm run notice -- lock and npm run notice -- correct, not by hand',
    })),
  };
}

/** The lock as written: 2-space JSON, keys sorted at every level, a trailing newline. */
export function serializeLock(lock: PublishedLock): string {
  return `${JSON.stringify(sortKeys(lock), null, 2)}\n`;
}

export function writeLock(contentDir: string, lock: PublishedLock): void {
  fs.writeFileSync(getLockPath(contentDir), serializeLock(lock));
}

/** Every text of every version in effect on the build date: the files the lock must cover. */
export function getPublishedFiles(site: Site): PublishedFile[] {
  const files: PublishedFile[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      if (version.date > site.now) continue;
      for (const locale of Object.keys(version.texts).sort()) {
        const text = version.texts[locale];
        files.push({
          key: getLockKey(site.contentDir, text.absolutePath),
          notice: notice.slug,
          date: version.date,
          locale,
          file: text.file,
          hash: text.hash,
          absolutePath: text.absolutePath,
        });
      }
    }
  }
  return files;
}

export function getLockKey(contentDir: string, absolutePath: string): string {
  return path.relative(contentDir, absolutePath).split(path.sep).join('/');
}

/**
 * Adds every published text the lock does not know yet, hashed as it is now. Existing entries are
 * kept as they are — a changed text needs a recorded correction, and a removed one a human decision —
 * except for texts the main branch does not have yet: those were never published, so locking them
 * again records the text as it is now.
 */
export function lockPublished(site: Site, lock: PublishedLock, mainBranch: MainBranch = UNKNOWN_MAIN_BRANCH): PublishedLock {
  const files: Record<string, LockEntry> = { ...lock.files };
  for (const published of getPublishedFiles(site)) {
    const entry = files[published.key];
    if (!entry) files[published.key] = { sha256: published.hash };
    else if (getExpectedHash(entry) !== published.hash && mainBranch.hasFile(published.absolutePath) === false) {
      files[published.key] = { sha256: published.hash };
    }
  }
  return { lockfileVersion: LOCKFILE_VERSION, files: sortKeys(files) };
}

/** Records a correction of a locked file; throws when the file is not locked, since there is nothing to correct. */
export function recordCorrection(lock: PublishedLock, key: string, correction: Correction): PublishedLock {
  const entry = lock.files[key];
  if (!entry) throw new Error(`${key} is not in ${LOCK_FILE_NAME}: only published texts can be corrected.`);
  const corrections = [...(entry.corrections ?? []), correction];
  return { ...lock, files: { ...lock.files, [key]: { ...entry, corrections } } };
}

/**
 * Compares the published texts with the lock: unlocked, edited and vanished files. A text the main
 * branch does not have yet (see MainBranch) is a draft under review: not being locked, or edited since
 * it was locked, is a warning for it; for every other text it is an error.
 */
export function verifyLock(site: Site, lockFile: LockFile, mainBranch: MainBranch = UNKNOWN_MAIN_BRANCH): Problem[] {
  if (lockFile.problems.length) return lockFile.problems;
  const lockDisplay = displayPath(lockFile.absolutePath);
  const published = getPublishedFiles(site);
  if (!lockFile.lock) {
    if (published.length === 0) return [];
    return [
      {
        file: lockDisplay,
        severity: 'error',
        message: `there is no ${LOCK_FILE_NAME}, so nothing protects the ${published.length} published ${published.length === 1 ? 'text' : 'texts'} from being edited after they took effect`,
        fix: 'run npm run notice -- lock and commit the file it writes',
      },
    ];
  }
  const lock = lockFile.lock;
  const problems: Problem[] = [];
  const positions = parseYamlSource(lockFile.text ?? '', lockDisplay);
  const isDraft = (file: PublishedFile) => mainBranch.hasFile(file.absolutePath) === false;
  for (const file of published) {
    const entry = lock.files[file.key];
    if (!entry && isDraft(file)) {
      problems.push({
        file: file.file,
        line: 1,
        column: 1,
        severity: 'warning',
        message: `this text takes effect on ${file.date}, which has passed, and is not yet locked (it is not on the ${mainBranch.name} branch yet, so you may still edit it)`,
        fix: 'review it, then run npm run notice -- lock and commit the lock file with it',
      });
      continue;
    }
    if (!entry) {
      problems.push({
        file: file.file,
        line: 1,
        column: 1,
        severity: 'error',
        message: `this text took effect on ${file.date} but is not recorded in ${LOCK_FILE_NAME}`,
        fix: 'run npm run notice -- lock to record it as published, and commit the lock file with it',
      });
      continue;
    }
    if (file.hash !== getExpectedHash(entry) && isDraft(file)) {
      problems.push({
        file: file.file,
        line: 1,
        column: 1,
        severity: 'warning',
        message: `this text changed after it was locked; it is not on the ${mainBranch.name} branch yet, so it was never published and may still change`,
        fix: 'when it is ready, run npm run notice -- lock again to record the text as it is now',
      });
      continue;
    }
    if (file.hash !== getExpectedHash(entry)) {
      problems.push({
        file: file.file,
        line: 1,
        column: 1,
        severity: 'error',
        message: `this text was published on ${file.date} and has been edited since (it no longer matches ${LOCK_FILE_NAME})`,
        fix: `undo the edit and put the change in a new dated version, or, for a correction such as a typo, record it with npm run notice -- correct ${file.notice} ${file.date} --locale ${file.locale} --reason "…"`,
      });
    }
  }
  const existing = new Set<string>();
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      for (const text of Object.values(version.texts)) existing.add(getLockKey(site.contentDir, text.absolutePath));
    }
  }
  for (const key of Object.keys(lock.files)) {
    // A locked file that failed to load is reported by its own problem, not as a deletion.
    if (existing.has(key) || fs.existsSync(path.join(site.contentDir, ...key.split('/')))) continue;
    problems.push({
      file: lockDisplay,
      ...positions.locateKey(['files'], key),
      severity: 'error',
      message: `${key} was published but no longer exists`,
      fix: 'restore the file (published versions stay available for good); if it must be withdrawn, remove its entry here in a reviewed change',
    });
  }
  return problems;
}

function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)])) as T;
  }
  return value;
}
