// Runs every content check of `npm run check` on a loaded site and returns the problems in reading order.

import { inspectSite, type Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import { readLock, type LockFile, type MainBranch } from '../published-lock.ts';
import { checkInterfaceStrings, readLocaleSources } from './interface-strings.ts';
import { checkLinks } from './links.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkPublishedVersions } from './published-versions.ts';
import { checkReadability } from './readability.ts';
import { checkStructure } from './structure.ts';
import { checkTranslationParity } from './translation-parity.ts';
import { checkWording } from './wording.ts';

export interface CheckOptions {
  /** The folder of `<locale>.json` interface-string files. */
  localesDir: string;
  /** The published-version lock as read; read from the content folder when not given. */
  lock?: LockFile;
  /** Tells which texts are on the main branch; without it every text counts as published from it. */
  mainBranch?: MainBranch;
}

export interface InspectOptions {
  contentDir: string;
  localesDir: string;
  /** The build date, YYYY-MM-DD. */
  now: string;
  /** See CheckOptions.mainBranch. */
  mainBranch?: MainBranch;
}

export interface Inspection {
  /** The content model, when site.yaml could be read; it may still have errors. */
  site?: Site;
  /** Every problem: loading, the safe-MDX allow-list and every check, sorted. */
  problems: Problem[];
}

/**
 * Everything `npm run check` reports. `npm run build` calls this same function and publishes
 * nothing when it finds an error, so the build can never publish what the check refuses.
 */
export function inspectContent(options: InspectOptions): Inspection {
  const { site, problems } = inspectSite(options.contentDir, options.now);
  return {
    site,
    problems: sortProblems([...problems, ...(site ? runChecks(site, { localesDir: options.localesDir, mainBranch: options.mainBranch }) : [])]),
  };
}

/** Every check on every file, sorted by file, line and column. */
export function runChecks(site: Site, options: CheckOptions): Problem[] {
  const lock = options.lock ?? readLock(site.contentDir);
  return sortProblems([
    ...checkLinks(site),
    ...checkStructure(site),
    ...checkPlaceholders(site),
    ...checkTranslationParity(site),
    ...checkPublishedVersions(site, lock, options.mainBranch),
    ...checkInterfaceStrings(readLocaleSources(options.localesDir, site.locales), site.sourceLocale),
    ...checkWording(site),
    ...checkReadability(site),
  ]);
}

/** Sorts by file, then line, then column; problems without a line come first in their file. Stable otherwise. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
