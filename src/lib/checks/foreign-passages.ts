// Language of parts (WCAG 3.1.2): a warning for each quoted or capitalised passage that reads as another
// of the site's languages and is not marked with <Lang>, so screen readers would read it with the
// wrong voice. A guess, hence a warning; names that need no mark are listed in site.yaml.

import type { NoticeText, Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import { identifyLanguage } from '../language-id.ts';
import { locateInBlock, type OutlineBlock } from '../markdown/outline.ts';

/** Text between quotation marks as Swedish (”…”), French («…») and English (“…”, "…") write them. */
const QUOTED = /“([^“”]+)”|”([^”“]+)”|«\s*([^«»]+?)\s*»|"([^"]+)"/gu;
/**
 * Three or more capitalised words in a row, with the short words that join names between them. A
 * hyphen joins only capitalised parts, so a Swedish compound such as "Control-signal" ends the run.
 */
const CAP_WORD = "\\p{Lu}[\\p{L}'’]*(?:-\\p{Lu}[\\p{L}'’]*)*";
const CAPITALISED = new RegExp(
  `(?<![\\p{L}\\p{N}-])${CAP_WORD}(?:\\s+(?:(?:of|or|and|the|for|to|de|du|des|la|le|et|och|av|för|i)\\s+)?${CAP_WORD}){2,}(?![\\p{L}\\p{N}])`,
  'gu',
);
/** Where a sentence starts: the start of a cell or block, or after a full stop. */
const SENTENCE_START = /(?:^|[.!?:]\s+|\n)$/u;

/** A passage shorter than this cannot be told apart reliably. */
const MIN_LETTERS = 12;
/** How far ahead of the text's own language the passage's language must score. */
const MIN_LEAD = 0.1;

/** The languages a passage may be in: the site's, by their primary subtag. */
export function getCandidateLanguages(locales: readonly string[]): string[] {
  return [...new Set(locales.map((locale) => locale.split('-')[0].toLowerCase()))];
}

export function checkForeignPassages(site: Site): Problem[] {
  const candidates = getCandidateLanguages(site.locales);
  if (candidates.length < 2) return [];
  const allowed = site.config.checks?.foreignPassages?.allow ?? [];
  const problems: Problem[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      if (version.status === 'archived') continue;
      for (const locale of Object.keys(version.texts).sort()) {
        problems.push(...checkTextForeignPassages(version.texts[locale], candidates, allowed));
      }
    }
  }
  return problems;
}

interface Passage {
  start: number;
  text: string;
}

export function checkTextForeignPassages(
  text: Pick<NoticeText, 'file' | 'locale' | 'compiled' | 'source'>,
  candidates: readonly string[],
  allowed: readonly string[] = [],
): Problem[] {
  const language = text.locale.split('-')[0].toLowerCase();
  if (candidates.length < 2 || !candidates.includes(language)) return [];
  const lines = text.source.split('\n');
  const problems: Problem[] = [];
  for (const block of text.compiled.outline.blocks) {
    // A table row is read cell by cell: a passage never runs from one cell into the next.
    const parts = block.cells ?? [{ start: 0, end: block.text.length }];
    const passages = parts.flatMap((cell) =>
      findPassages(block.text.slice(cell.start, cell.end)).map((passage) => ({ ...passage, start: passage.start + cell.start })),
    );
    for (const passage of passages) {
      if (countLetters(passage.text) < MIN_LETTERS || !/\s/.test(passage.text)) continue;
      if (/@|:\/\/|www\./.test(passage.text)) continue;
      if (isMarked(block, passage) || isAllowed(passage.text, allowed)) continue;
      const found = identifyLanguage(passage.text, candidates, language);
      if (!found || found.language === language || found.lead < MIN_LEAD) continue;
      const name = describeLanguage(found.language);
      const shown = passage.text.length > 60 ? `${passage.text.slice(0, 59)}…` : passage.text;
      problems.push({
        file: text.file,
        ...locateInBlock(block, passage.start, lines),
        severity: 'warning',
        message: `"${shown}" looks like ${name} in this ${describeLanguage(language)} text, and is not marked`,
        fix: `mark it so that screen readers read it in ${name}: <Lang code="${found.language}">${shown}</Lang> (WCAG 3.1.2); a name that needs no mark goes in checks.foreignPassages.allow in site.yaml`,
      });
    }
  }
  return problems;
}

/** Quoted passages first; a capitalised run inside one is the same passage. */
function findPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const inner = match.slice(1).find((group) => group !== undefined) ?? '';
    const start = match.index + match[0].indexOf(inner);
    passages.push({ start, text: inner.trim() });
  }
  for (const match of text.matchAll(CAPITALISED)) {
    const end = match.index + match[0].length;
    if (passages.some((p) => match.index < p.start + p.text.length && p.start < end)) continue;
    let start = match.index;
    let run = match[0];
    // A sentence's first word is capitalised anyway: "Activez Global Privacy Control" is a French verb and a name.
    const words = run.split(/\s+/);
    if (words.length > 3 && SENTENCE_START.test(text.slice(0, start))) {
      const rest = run.slice(words[0].length).trimStart();
      start = end - rest.length;
      run = rest;
    }
    passages.push({ start, text: run });
  }
  return passages.sort((a, b) => a.start - b.start);
}

/** Whether any of the passage is already marked as another language, or is code. */
function isMarked(block: OutlineBlock, passage: Passage): boolean {
  const end = passage.start + passage.text.length;
  return block.segments.some((segment, index) => {
    const segmentEnd = block.segments[index + 1]?.start ?? block.text.length;
    return (segment.lang !== undefined || segment.code === true) && segment.start < end && passage.start < segmentEnd;
  });
}

function isAllowed(passage: string, allowed: readonly string[]): boolean {
  const lower = passage.toLowerCase().replace(/\s+/g, ' ');
  return allowed.some((phrase) => {
    const wanted = phrase.toLowerCase().replace(/\s+/g, ' ');
    return lower.includes(wanted) || wanted.includes(lower);
  });
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

let names: Intl.DisplayNames | undefined;
function describeLanguage(code: string): string {
  names ??= new Intl.DisplayNames(['en'], { type: 'language' });
  return names.of(code) ?? code;
}
