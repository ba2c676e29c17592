// Word-level comparison of two versions of one block of text, tokenised the way the text's language splits words.

import { diffArrays } from 'diff';

export interface WordChange {
  type: 'equal' | 'insert' | 'delete';
  text: string;
  /**
   * For an unchanged part whose spacing alone changed, the old version's text (shown as unchanged,
   * since spacing is invisible once rendered); lets a caller keep its place in both versions.
   */
  before?: string;
}

export interface WordToken {
  text: string;
  /** True for words and numbers, false for spaces and punctuation. */
  isWord: boolean;
}

/** A word diff with the number of words it adds and removes, for statistics. */
export interface WordDiff {
  changes: WordChange[];
  wordsAdded: number;
  wordsRemoved: number;
}

interface Part {
  type: WordChange['type'];
  text: string;
  words: number;
  /** See WordChange.before. */
  before?: string;
}

// The elided articles, pronouns and conjunctions of French; only these, so that words with an
// inner apostrophe such as « aujourd'hui » or « prud'homme » stay whole.
const ELIDED_PREFIX = /^(?:jusqu|lorsqu|puisqu|qu|[cdjlmnst])['’](?=\p{L})/iu;
const ELIDED_WORD = /^(?:jusqu|lorsqu|puisqu|qu|[cdjlmnst])$/iu;
const APOSTROPHES = new Set(["'", '’']);

// Creating a segmenter loads ICU data, so one is kept per locale.
const segmenters = new Map<string, Intl.Segmenter>();

export function segmentWords(text: string, locale: string): string[] {
  return tokenizeWords(text, locale).map((token) => token.text);
}

/** Tokens that concatenate back to `text` exactly, with elisions split off in French. */
export function tokenizeWords(text: string, locale: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const segment of getSegmenter(locale).segment(text)) {
    tokens.push({ text: segment.segment, isWord: segment.isWordLike === true });
  }
  return isFrench(locale) ? splitElisions(tokens) : tokens;
}

export function countWords(text: string, locale: string): number {
  let count = 0;
  for (const token of tokenizeWords(text, locale)) if (token.isWord) count += 1;
  return count;
}

export function diffWords(before: string, after: string, locale: string): WordChange[] {
  return diffWordsCounted(before, after, locale).changes;
}

export function diffWordsCounted(before: string, after: string, locale: string): WordDiff {
  const beforeTokens = tokenizeWords(before, locale);
  const afterTokens = tokenizeWords(after, locale);
  const isWord = new Map<string, boolean>();
  for (const token of [...beforeTokens, ...afterTokens]) isWord.set(token.text, token.isWord);
  const raw = diffArrays(
    beforeTokens.map((token) => token.text),
    afterTokens.map((token) => token.text),
  );
  const parts: Part[] = raw.map((change) => ({
    type: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join(''),
    words: change.value.reduce((sum, token) => sum + (isWord.get(token) ? 1 : 0), 0),
  }));
  const folded = foldChangeGroups(parts);
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const part of folded) {
    if (part.type === 'insert') wordsAdded += part.words;
    if (part.type === 'delete') wordsRemoved += part.words;
  }
  const changes = folded.map(({ type, text, before }): WordChange =>
    before !== undefined && before !== text ? { type, text, before } : { type, text },
  );
  return { changes, wordsAdded, wordsRemoved };
}

function getSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

function isFrench(locale: string): boolean {
  return locale.toLowerCase().split(/[-_]/)[0] === 'fr';
}

// ICU keeps « l'utilisateur » as one word (or, in some versions, splits it into "l", "'" and
// "utilisateur"); either way a change of noun would replace the article too, so the article and
// its apostrophe become a token of their own.
function splitElisions(tokens: WordToken[]): WordToken[] {
  const result: WordToken[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token.isWord) {
      result.push(token);
      continue;
    }
    const next = tokens[i + 1];
    const afterNext = tokens[i + 2];
    if (ELIDED_WORD.test(token.text) && next && APOSTROPHES.has(next.text) && afterNext?.isWord) {
      result.push({ text: token.text + next.text, isWord: true });
      i += 1;
      continue;
    }
    const prefix = ELIDED_PREFIX.exec(token.text);
    if (prefix) {
      result.push({ text: prefix[0], isWord: true }, { text: token.text.slice(prefix[0].length), isWord: true });
    } else {
      result.push(token);
    }
  }
  return result;
}

// The raw token diff matches the spaces between words, so replacing three words reads as three
// separate replacements ("[-a-]{+x+} [-b-]{+y+}"); a run of changes separated only by whitespace
// is shown as one deletion followed by one insertion instead.
function foldChangeGroups(parts: Part[]): Part[] {
  const result: Part[] = [];
  let i = 0;
  while (i < parts.length) {
    if (parts[i].type === 'equal') {
      pushPart(result, parts[i]);
      i += 1;
      continue;
    }
    let end = i;
    while (end + 1 < parts.length) {
      const next = parts[end + 1];
      if (next.type !== 'equal') {
        end += 1;
      } else if (isBlank(next.text) && end + 2 < parts.length && parts[end + 2].type !== 'equal') {
        end += 2;
      } else {
        break;
      }
    }
    for (const part of foldGroup(parts.slice(i, end + 1))) pushPart(result, part);
    i = end + 1;
  }
  return result;
}

function foldGroup(group: Part[]): Part[] {
  const deleted = group.filter((part) => part.type !== 'insert');
  const inserted = group.filter((part) => part.type !== 'delete');
  const removedText = deleted.map((part) => part.text).join('');
  const addedText = inserted.map((part) => part.text).join('');
  const hasDelete = group.some((part) => part.type === 'delete');
  const hasInsert = group.some((part) => part.type === 'insert');
  // A pure insertion or deletion keeps its own shape; folding the spaces in would invent a change on the other side.
  if (!hasDelete || !hasInsert) {
    if (isBlank(removedText) && isBlank(addedText)) return [{ type: 'equal', text: addedText, before: removedText, words: 0 }];
    return group;
  }
  // Changed spacing alone is invisible once rendered, so it is shown as unchanged text.
  if (isBlank(removedText) && isBlank(addedText)) return [{ type: 'equal', text: addedText, before: removedText, words: 0 }];
  const lead = getCommonBlankPrefix(removedText, addedText);
  const trail = getCommonBlankSuffix(removedText.slice(lead.length), addedText.slice(lead.length));
  const sum = (parts: Part[], type: Part['type']): number =>
    parts.reduce((total, part) => total + (part.type === type ? part.words : 0), 0);
  const folded: Part[] = [];
  if (lead) folded.push({ type: 'equal', text: lead, words: 0 });
  const removedCore = removedText.slice(lead.length, removedText.length - trail.length);
  const addedCore = addedText.slice(lead.length, addedText.length - trail.length);
  if (removedCore) folded.push({ type: 'delete', text: removedCore, words: sum(group, 'delete') });
  if (addedCore) folded.push({ type: 'insert', text: addedCore, words: sum(group, 'insert') });
  if (trail) folded.push({ type: 'equal', text: trail, words: 0 });
  return folded;
}

function pushPart(result: Part[], part: Part): void {
  if (!part.text && !part.before) return;
  const last = result.at(-1);
  if (last && last.type === part.type) {
    if (last.before !== undefined || part.before !== undefined) last.before = (last.before ?? last.text) + (part.before ?? part.text);
    last.text += part.text;
    last.words += part.words;
  } else {
    result.push({ ...part });
  }
}

function isBlank(text: string): boolean {
  return /^\s*$/u.test(text);
}

function getCommonBlankPrefix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n] && /\s/u.test(a[n])) n += 1;
  return a.slice(0, n);
}

function getCommonBlankSuffix(a: string, b: string): string {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n] && /\s/u.test(a[a.length - 1 - n])) n += 1;
  return a.slice(a.length - n);
}
