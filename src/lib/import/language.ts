// Which lines of an imported text are in another language than the one it is imported as: page chrome
// from a localised site ("Barre latérale du Centre de ressources juridiques" on a Swedish page), cookie
// banners, footers. Uses eld, a maintained n-gram language detector whose data ships in the package.

import { eld } from 'eld/medium';

/** Below this many words a line says too little for a detector to be trusted (a name, a button). */
const MIN_WORDS = 4;
/** How much better the other language must score than the expected one, on eld's 0–1 scale. */
const MIN_MARGIN = 0.08;

const detector = eld.newInstance();

/**
 * The language a line is written in, when it is clearly not `locale`; undefined when the line is in
 * `locale`, or too short or too mixed to tell. Names and addresses are mostly capitalised words in no
 * particular language, so lines made mostly of them are never reported.
 */
export function findOtherLanguage(line: string, locale: string): string | undefined {
  const words = line.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word) && word !== word.toLocaleUpperCase()).length;
  if (capitalised / words.length > 0.6) return undefined;
  const result = detector.detect(line.toLocaleLowerCase());
  if (!result.language || result.language === locale || !result.isReliable()) return undefined;
  const scores = result.getScores();
  const margin = (scores[result.language] ?? 0) - (scores[locale] ?? 0);
  return margin >= MIN_MARGIN ? result.language : undefined;
}

/** A language's name in English for the Review, e.g. "French"; the code itself when Intl does not know it. */
export function describeLanguage(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The language of a whole text among `candidates`, or undefined when it is none of them or unclear. */
export function detectLanguage(text: string, candidates: readonly string[]): string | undefined {
  const sample = text.slice(0, 20_000).toLocaleLowerCase();
  const result = detector.detect(sample);
  return result.isReliable() && candidates.includes(result.language) ? result.language : undefined;
}
