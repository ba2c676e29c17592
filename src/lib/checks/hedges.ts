// Plain commitments: a warning for each word that weakens what a notice promises ("we may share",
// "vissa uppgifter", "certains partenaires"), which the EDPB transparency guidelines (WP260 ¶13) name as
// poor practice. Lawyers decide: it is never an error, and accepted phrases are listed in site.yaml.

import type { NoticeText, Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import { locateInBlock, type OutlineBlock } from '../markdown/outline.ts';
import { getSentenceSpans, getReadabilityLanguage, type ReadabilityLanguage } from '../readability.ts';

/** What kind of hedge a word is decides the hint: a vague quantity, or an uncertain action. */
type HedgeKind = 'quantity' | 'possibility';

interface HedgeRule {
  pattern: RegExp;
  kind: HedgeKind;
  /** Uses of the word that are not hedges, tested on the block's text around the match. */
  ignore?: (text: string, index: number, match: string) => boolean;
}

// JavaScript's \b knows only ASCII letters, so words are bounded by letter look-arounds.
const word = (body: string) => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${body})(?![\\p{L}\\p{N}-])`, 'giu');

const before = (text: string, index: number) => text.slice(Math.max(0, index - 20), index);
const after = (text: string, index: number, match: string) => text.slice(index + match.length, index + match.length + 20);

/** The hedges of each language, with the uses of their words that are not hedges. */
export const HEDGES: Readonly<Record<ReadabilityLanguage, readonly HedgeRule[]>> = {
  en: [
    {
      pattern: word('may'),
      kind: 'possibility',
      ignore: (text, index, match) =>
        // "You may …" gives readers a right; "may not" and "may only" limit what we do; "15 May 2025" is a month.
        /(?<![\p{L}])you\s+$/iu.test(before(text, index)) ||
        /^\s+(?:not|only)(?![\p{L}])/iu.test(after(text, index, match)) ||
        (match === 'May' && (/\d\s*$/.test(before(text, index)) || /^\s*\d/.test(after(text, index, match)))),
    },
    { pattern: word('might'), kind: 'possibility' },
    { pattern: word('possibly'), kind: 'possibility' },
    { pattern: word('some'), kind: 'quantity' },
    // Only "certain" before a noun is vague ("certain partners"); "we are certain that" is not.
    { pattern: word('certain'), kind: 'quantity', ignore: (text, index, match) => !/^\s+(?!that\b)\p{L}/u.test(after(text, index, match)) },
  ],
  sv: [
    { pattern: word('kan\\s+komma\\s+att'), kind: 'possibility' },
    { pattern: word('eventuellt'), kind: 'possibility' },
    { pattern: word('möjligen'), kind: 'possibility' },
    { pattern: word('vissa'), kind: 'quantity' },
  ],
  fr: [
    { pattern: word('pourrai(?:t|ent)|pourrions'), kind: 'possibility' },
    { pattern: word('peut-être'), kind: 'possibility' },
    { pattern: word('éventuellement'), kind: 'possibility' },
    { pattern: word('amené(?:e|s|es)?\\s+à'), kind: 'possibility' },
    { pattern: word('certain(?:e|s|es)'), kind: 'quantity' },
  ],
};

const HINTS: Record<HedgeKind, string> = {
  possibility: 'say whether and when you do it',
  quantity: 'name which ones, or say "all" if it is all',
};

/** The longest sentence quoted in a message; a longer one is cut around the hedge. */
const MAX_QUOTE = 160;

/** Checks the texts that can still change what readers are told: the versions in effect and upcoming. */
export function checkHedges(site: Site): Problem[] {
  const allowed = site.config.checks?.hedges?.allow ?? [];
  const problems: Problem[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      if (version.status === 'archived') continue;
      for (const locale of Object.keys(version.texts).sort()) problems.push(...checkTextHedges(version.texts[locale], allowed));
    }
  }
  return problems;
}

export function checkTextHedges(text: Pick<NoticeText, 'file' | 'locale' | 'compiled' | 'source'>, allowed: readonly string[] = []): Problem[] {
  const language = getReadabilityLanguage(text.locale);
  if (!language) return [];
  const lines = text.source.split('\n');
  const problems: Problem[] = [];
  for (const block of text.compiled.outline.blocks) {
    const found = HEDGES[language].flatMap((rule) => [...block.text.matchAll(rule.pattern)].map((match) => ({ rule, match })));
    found.sort((a, b) => a.match.index - b.match.index);
    for (const { rule, match } of found) {
      const index = match.index;
      const hedge = match[0];
      if (rule.ignore?.(block.text, index, hedge)) continue;
      if (isMarkedOrCode(block, index, language)) continue;
      if (isAllowed(block.text, index, hedge.length, allowed)) continue;
      // A table cell is read on its own, so the sentence ends with its cell.
      const cell = block.cells?.find((c) => c.start <= index && index < c.end) ?? { start: 0, end: block.text.length };
      const sentence = getSentence(block.text.slice(cell.start, cell.end), index - cell.start, language);
      problems.push({
        file: text.file,
        ...locateInBlock(block, index, lines),
        severity: 'warning',
        message: `"${hedge.replace(/\s+/g, ' ')}" weakens a commitment: "${sentence}"`,
        fix: `${HINTS[rule.kind]} (WP260 ¶13 calls such words poor practice); if the lawyers keep it, add the phrase to checks.hedges.allow in site.yaml`,
      });
    }
  }
  return problems;
}

/** A hedge inside `code` or inside a passage marked as another language is not this text's wording. */
function isMarkedOrCode(block: OutlineBlock, index: number, language: string): boolean {
  let segment;
  for (const candidate of block.segments) {
    if (candidate.start <= index) segment = candidate;
    else break;
  }
  if (!segment) return false;
  return segment.code === true || (segment.lang !== undefined && segment.lang.split('-')[0].toLowerCase() !== language);
}

function isAllowed(text: string, index: number, length: number, allowed: readonly string[]): boolean {
  // One space for each white-space character keeps offsets in step with `text`.
  const lower = text.toLowerCase().replace(/\s/g, ' ');
  for (const phrase of allowed) {
    const wanted = phrase.toLowerCase().replace(/\s+/g, ' ');
    for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
      if (at <= index && at + wanted.length >= index + length) return true;
    }
  }
  return false;
}

/** The sentence around `index`, on one line, cut around the hedge when it is long. */
function getSentence(text: string, index: number, language: ReadabilityLanguage): string {
  const span = getSentenceSpans(text, language).find((s) => s.start <= index && index < s.end) ?? { start: 0, end: text.length };
  const sentence = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (sentence.length <= MAX_QUOTE) return sentence;
  const at = text.slice(span.start, index).replace(/\s+/g, ' ').trimStart().length;
  const from = Math.max(0, Math.min(at - 60, sentence.length - MAX_QUOTE));
  const cut = sentence.slice(from, from + MAX_QUOTE).trim();
  return `${from > 0 ? '…' : ''}${cut}${from + MAX_QUOTE < sentence.length ? '…' : ''}`;
}
