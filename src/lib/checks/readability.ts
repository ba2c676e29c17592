// A readability figure per notice text, warned when it passes the limit site.yaml (or the default) sets for its language.

import type { NoticeText, Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import {
  describeLix,
  describeReadingEase,
  getFleschReadingEase,
  getKandelMoles,
  getLix,
  getReadabilityLanguage,
  measureText,
} from '../readability.ts';
import type { ReadabilityChecks } from '../schemas.ts';

/**
 * Defaults chosen for texts meant for everyone:
 * - LIX above 50 is "hard", the level of official Swedish documents; 40–50 is newspaper prose.
 * - Flesch reading ease below 40 is "difficult", the lower half of the band where readers need a
 *   college education; plain English starts at 60, so 40 flags only texts that are clearly too hard.
 * - Kandel–Moles puts French on Flesch's scale, so it shares Flesch's limit.
 */
export const DEFAULT_READABILITY_LIMITS = {
  sv: { maxLix: 50 },
  fr: { minKandelMoles: 40 },
  en: { minFlesch: 40 },
} as const;

/**
 * The formulas were calibrated on samples of 100 words or more; on a shorter text one long sentence
 * swings the figure so far that a warning would mean nothing.
 */
export const MIN_WORDS_FOR_READABILITY = 100;

export function checkReadability(site: Site): Problem[] {
  const limits = site.config.checks?.readability;
  const problems: Problem[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      for (const locale of Object.keys(version.texts).sort()) {
        const problem = checkTextReadability(version.texts[locale], limits);
        if (problem) problems.push(problem);
      }
    }
  }
  return problems;
}

export function checkTextReadability(
  text: Pick<NoticeText, 'file' | 'locale' | 'compiled'>,
  limits: ReadabilityChecks = {},
): Problem | undefined {
  const language = getReadabilityLanguage(text.locale);
  if (!language) return undefined;
  const { counts, longestSentence } = measureText(text.compiled.outline.blocks, language);
  if (counts.words < MIN_WORDS_FOR_READABILITY || !longestSentence) return undefined;

  let message: string | undefined;
  let setting: string;
  if (language === 'sv') {
    const limit = limits.sv?.maxLix ?? DEFAULT_READABILITY_LIMITS.sv.maxLix;
    const lix = Math.round(getLix(counts));
    setting = 'checks.readability.sv.maxLix';
    if (lix > limit) message = `LIX ${lix} is above the limit of ${limit} (${describeLix(lix)})`;
  } else if (language === 'fr') {
    const limit = limits.fr?.minKandelMoles ?? DEFAULT_READABILITY_LIMITS.fr.minKandelMoles;
    const score = Math.round(getKandelMoles(counts));
    setting = 'checks.readability.fr.minKandelMoles';
    if (score < limit) message = `the Kandel–Moles score ${score} is below the limit of ${limit} (${describeReadingEase(score)})`;
  } else {
    const limit = limits.en?.minFlesch ?? DEFAULT_READABILITY_LIMITS.en.minFlesch;
    const score = Math.round(getFleschReadingEase(counts));
    setting = 'checks.readability.en.minFlesch';
    if (score < limit) message = `the Flesch reading ease ${score} is below the limit of ${limit} (${describeReadingEase(score)})`;
  }
  if (!message) return undefined;
  return {
    file: text.file,
    line: longestSentence.line,
    column: 1,
    severity: 'warning',
    message,
    fix: `use shorter sentences and everyday words — the longest sentence, on this line, has ${longestSentence.words.length} words (or change ${setting} in site.yaml)`,
  };
}
