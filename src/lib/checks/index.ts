// Runs every content check of `npm run check` on a loaded site and returns the problems in reading order.

import { cached, cacheKey } from '../cache.ts';
import { inspectSite, type NoticeText, type Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import type { SiteConfig } from '../schemas.ts';
import { readLock, type LockFile, type MainBranch } from '../published-lock.ts';
import { checkInterfaceStrings, readLocaleSources } from './interface-strings.ts';
import { checkFirstLayers } from './first-layer.ts';
import { checkGlossary } from './glossary.ts';
import { checkTextForeignPassages, getCandidateLanguages } from './foreign-passages.ts';
import { checkTextHedges } from './hedges.ts';
import { checkLinks } from './links.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkPublishedVersions } from './published-versions.ts';
import { checkTextReadability } from './readability.ts';
import { checkReviews } from './review.ts';
import { checkStructure } from './structure.ts';
import { checkTranslationParity } from './translation-parity.ts';
import { checkTranslations } from './translations.ts';
import { checkTextWording } from './wording.ts';

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
    ...checkEachText(site),
    ...checkFirstLayers(site),
    ...checkReviews(site),
    ...checkTranslations(site, lock.lock),
    ...checkGlossary(site),
  ]);
}

/**
 * The checks that look at one text at a time (wording, hedges, foreign passages, readability). Their
 * results depend only on the text, site.yaml's `checks` settings, the site's languages and whether the
 * version is archived, so they are cached with those as the key.
 */
function checkEachText(site: Site): Problem[] {
  const languages = getCandidateLanguages(site.locales);
  return site.notices.flatMap((notice) =>
    notice.versions.flatMap((version) =>
      Object.keys(version.texts)
        .sort()
        .flatMap((locale) => {
          const text = version.texts[locale];
          const context: TextCheckContext = { archived: version.status === 'archived', languages };
          return cached(getTextChecksKey(text, site.config.checks, context), () => runTextChecks(text, site.config.checks, context));
        }),
    ),
  );
}

/** What a text's own checks need of it. */
export type CheckedText = Pick<NoticeText, 'file' | 'locale' | 'source' | 'compiled'>;

/** What a text's own checks need to know of its place in the site. */
export interface TextCheckContext {
  /** Archived versions no longer change what readers are told: hedges and foreign passages are not looked for. */
  archived: boolean;
  /** The site's languages, which a foreign passage may be in. */
  languages: string[];
}

export function getTextChecksKey(
  text: Pick<CheckedText, 'file' | 'locale' | 'source'>,
  checks: SiteConfig['checks'],
  context: TextCheckContext,
): string {
  return cacheKey('text-checks', text.file, text.locale, JSON.stringify(checks ?? {}), JSON.stringify(context), text.source);
}

/** The checks of one text, given site.yaml's `checks` settings. */
export function runTextChecks(text: CheckedText, checks: SiteConfig['checks'], context: TextCheckContext): Problem[] {
  const readability = checkTextReadability(text, checks?.readability);
  return [
    ...checkTextWording(text),
    ...(context.archived ? [] : checkTextHedges(text, checks?.hedges?.allow)),
    ...(context.archived ? [] : checkTextForeignPassages(text, context.languages, checks?.foreignPassages?.allow)),
    ...(readability ? [readability] : []),
  ];
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
