// Wording a notice should avoid: asking readers to keep checking the page for changes (WP260 ¶29).

import type { NoticeText, Site } from '../content.ts';
import type { Problem } from '../errors.ts';

// JavaScript's \b knows only ASCII letters, so Swedish and French words are bounded by letter look-arounds.
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
// Up to a few words between the verb and the adverb, never across the end of a sentence.
const GAP = '[^.!?]{0,60}?';

function buildPattern(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'giu');
}

const EN_VERB_WORDS = '(?:check|review|visit|consult|revisit|re-?read|read|look at|return to|come back to)(?:\\s+back)?(?:\\s+(?:on|to))?';
const EN_VERB = `${START}${EN_VERB_WORDS}`;
const EN_OBJECT = `\\s+(?:this|the|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:page|notice|policy|statement|website|site)${END}`;
const EN_ADVERB = `${START}(?:regularly|periodically|from time to time|frequently)${END}`;

const SV_VERB = `${START}(?:besök|besöka|kontrollera|läs|läsa|granska|gå igenom|titta på|ta del av)${END}`;
const SV_ADVERB = `${START}(?:regelbundet|med jämna mellanrum|då och då)${END}`;

const FR_VERB = `${START}(?:consulter|consultez|vérifier|vérifiez|visiter|visitez|relire|relisez|lire|lisez|revenir sur|revenez sur)${END}`;
const FR_ADVERB = `${START}(?:régulièrement|périodiquement|de temps en temps|de temps à autre|fréquemment)${END}`;

/** Phrases that leave readers to look for changes themselves, in English, Swedish and French. */
export const CHECK_BACK_PHRASES: readonly RegExp[] = [
  buildPattern(EN_VERB, EN_OBJECT, GAP, EN_ADVERB),
  buildPattern(EN_ADVERB, '\\s+(?:to\\s+)?', EN_VERB_WORDS, EN_OBJECT),
  buildPattern(SV_VERB, GAP, SV_ADVERB),
  buildPattern(SV_ADVERB, '\\s+', SV_VERB),
  buildPattern(FR_VERB, GAP, FR_ADVERB),
  buildPattern(FR_ADVERB, '\\s+', FR_VERB),
];

/** Checks every text against every language's phrases, since a text may quote another language. */
export function checkWording(site: Site): Problem[] {
  const problems: Problem[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      for (const locale of Object.keys(version.texts).sort()) problems.push(...checkTextWording(version.texts[locale]));
    }
  }
  return problems;
}

export function checkTextWording(text: Pick<NoticeText, 'file' | 'compiled' | 'source'>): Problem[] {
  const problems: Problem[] = [];
  const lines = text.source.split('\n');
  for (const block of text.compiled.outline.blocks) {
    const found = CHECK_BACK_PHRASES.flatMap((pattern) => [...block.text.matchAll(pattern)]);
    found.sort((a, b) => a.index - b.index);
    let covered = -1;
    for (const match of found) {
      // The English patterns overlap; one phrase is reported once.
      if (match.index < covered) continue;
      covered = match.index + match[0].length;
      const line = block.line + (block.text.slice(0, match.index).match(/\n/g)?.length ?? 0);
      const firstWord = match[0].split(/\s/)[0].toLowerCase();
      const found = lines[line - 1]?.toLowerCase().indexOf(firstWord) ?? -1;
      problems.push({
        file: text.file,
        line,
        column: found >= 0 ? found + 1 : line === block.line ? block.column : 1,
        severity: 'warning',
        message: `"${match[0].replace(/\s+/g, ' ')}" leaves it to readers to look for changes`,
        fix: 'say instead how you will tell readers about changes (e.g. by e-mail or a message in the service): the EDPB transparency guidelines (WP260 ¶29) ask for that',
      });
    }
  }
  return problems;
}
