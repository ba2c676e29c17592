// Which published translations readers must be told are out of date: those made from a source text that
// has changed since, and the correction of the source that changed it.

import type { Correction } from './corrections.ts';
import { getTranslatedFrom, getTranslationState } from './translation-status.ts';

export interface OutdatedTranslation {
  /** The language of the source text the translation lags behind. */
  sourceLocale: string;
  /** The date of the latest correction of the source made after the translation, when there is one. */
  correctedOn?: string;
}

/**
 * A translation is out of date when it records the source text it was made from and that is no longer
 * the source text. One that records nothing cannot be judged (the check warns about it instead).
 * `sourceCorrections` are the source text's recorded corrections, oldest first; each records the hash it
 * left, so the corrections after the translation are those after the one whose hash it was made from
 * (all of them when it was made from the text as first published, or from a draft before it).
 */
export function getOutdatedTranslation(
  translation: { frontmatter: object },
  source: { hash: string; frontmatter: object },
  sourceLocale: string,
  sourceCorrections: readonly Correction[],
): OutdatedTranslation | undefined {
  const translatedFrom = getTranslatedFrom(translation.frontmatter);
  if (!translatedFrom || getTranslationState(translation.frontmatter, source.hash) === 'done') return undefined;
  const madeFrom = sourceCorrections.findLastIndex((correction) => correction.sha256 === translatedFrom);
  const later = sourceCorrections.slice(madeFrom + 1);
  const latest = later.at(-1);
  return { sourceLocale, ...(latest ? { correctedOn: latest.date } : {}) };
}
