// Reads content/glossary.yaml, the legal terms every translation renders the same way, and finds a term's
// wording in a text, inflected forms included.

import path from 'node:path';
import type { Problem } from './errors.ts';
import { displayPath } from './errors.ts';
import { findClosest } from './checks/suggest.ts';
import { GLOSSARY_FILE, GLOSSARY_TERM_FIELDS, glossarySchema } from './schemas.ts';
import { describeFileKind, readTextFile } from './text-file.ts';
import { describeIssue, formatPath, parseYamlSource, validateYaml } from './yaml-source.ts';

export interface GlossaryTerm {
  id: string;
  /** The accepted wordings in each language, the preferred one first. */
  forms: Record<string, string[]>;
  /** Wordings a text in each language must not use. */
  forbidden: Record<string, string[]>;
  /** The notices the term is checked in; undefined for all. */
  notices?: string[];
  /** The line of the term in glossary.yaml. */
  line: number;
}

export interface Glossary {
  /** Path for messages. */
  file: string;
  terms: GlossaryTerm[];
}

/** Reads `<contentDir>/glossary.yaml`; no file is no glossary, and no problem. */
export function readGlossary(contentDir: string, locales: readonly string[]): { glossary?: Glossary; problems: Problem[] } {
  const absolute = path.join(contentDir, GLOSSARY_FILE);
  if (describeFileKind(absolute) === 'missing') return { problems: [] };
  const file = displayPath(absolute);
  const problems: Problem[] = [];
  const read = readTextFile(absolute, { file }, problems);
  if (!read) return { problems };
  const yaml = parseYamlSource(read.text, file);
  // Keys that are neither a field nor a language are found first, so a typo gets "did you mean".
  const known = [...GLOSSARY_TERM_FIELDS, ...locales];
  const terms = (yaml.data as { terms?: unknown } | undefined)?.terms;
  if (Array.isArray(terms)) {
    terms.forEach((term, index) => {
      if (!term || typeof term !== 'object' || Array.isArray(term)) return;
      for (const key of Object.keys(term)) {
        if (known.includes(key)) continue;
        const closest = findClosest(key, known);
        problems.push({
          file,
          ...yaml.locateKey(['terms', index], key),
          severity: 'error',
          message: `terms[${index}] has "${key}", which is neither a field of a term nor one of the site's languages (${locales.join(', ')})`,
          fix: closest ? `did you mean "${closest}"?` : `remove it; a term has id, ${locales.join(', ')}, and optionally note and forbidden`,
        });
      }
      const forbidden = (term as { forbidden?: unknown }).forbidden;
      if (!forbidden || typeof forbidden !== 'object' || Array.isArray(forbidden)) return;
      for (const key of Object.keys(forbidden)) {
        if (locales.includes(key)) continue;
        const closest = findClosest(key, locales);
        problems.push({
          file,
          ...yaml.locateKey(['terms', index, 'forbidden'], key),
          severity: 'error',
          message: `terms[${index}].forbidden has "${key}", which is not one of the site's languages (${locales.join(', ')})`,
          fix: closest ? `did you mean "${closest}"?` : 'list forbidden wordings under a language code, e.g. fr: [données à caractère personnel]',
        });
      }
    });
  }
  if (problems.length) return { problems };
  const { value, problems: schemaProblems } = validateYaml(yaml, glossarySchema, file, (issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined && issue.path.length === 0) {
      return { message: 'the glossary has no "terms"', fix: 'start the file with "terms:" and list the terms under it' };
    }
    if (issue.code === 'invalid_union') {
      const field = formatPath(issue.path);
      return { message: `"${field}" should be a wording or a list of wordings`, fix: `write e.g. ${String(issue.path.at(-1))}: personal data` };
    }
    return describeIssue(issue);
  });
  if (!value) return { problems: schemaProblems };
  const seen = new Map<string, number>();
  const glossary: Glossary = { file, terms: [] };
  value.terms.forEach((term, index) => {
    const line = yaml.locate(['terms', index]).line;
    if (seen.has(term.id)) {
      problems.push({ file, line, column: 1, severity: 'error', message: `the term "${term.id}" is listed twice (first on line ${seen.get(term.id)})`, fix: 'keep one entry per term' });
      return;
    }
    seen.set(term.id, line);
    const forms: Record<string, string[]> = {};
    for (const locale of locales) {
      const given = (term as Record<string, unknown>)[locale];
      if (typeof given === 'string') forms[locale] = [given];
      else if (Array.isArray(given)) forms[locale] = given as string[];
    }
    glossary.terms.push({ id: term.id, forms, forbidden: term.forbidden ?? {}, ...(term.notices ? { notices: term.notices } : {}), line });
  });
  return problems.length ? { problems } : { glossary, problems: [] };
}

/**
 * How many letters an inflected form may add to a word's stem: Swedish adds definite and plural endings
 * ("personuppgifterna", "tillsynsmyndigheterna"), French and English plural and feminine ones.
 */
const MAX_ENDING: Record<string, number> = { sv: 4 };
const DEFAULT_MAX_ENDING = 3;
/** Words this long or longer may lose their last letter before an ending ("samtycke" → "samtycket", "berättigat" → "berättigade"). */
const MIN_STEMMED_LENGTH = 6;

// Letters, digits and underscores ("kv_consent" is a name, not the word "consent"), joined by hyphens.
const WORD = /[\p{L}\p{N}_]+(?:[-‐‑][\p{L}\p{N}_]+)*/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

function getWords(text: string, locale: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0].toLocaleLowerCase(locale).replace(/[‐‑]/g, '-'), start: m.index, end: m.index + m[0].length }));
}

/**
 * Whether a word of a text is a word of the term, inflected or not: the same word followed by a short
 * ending ("myndighet" → "myndigheterna"), or, for words of six letters or more, the word without its
 * last letter followed by one ("samtycke" → "samtycket", "berättigat" → "berättigade").
 */
export function isInflectionOf(word: string, termWord: string, locale: string): boolean {
  if (word === termWord) return true;
  const stem = termWord.length >= MIN_STEMMED_LENGTH && !word.startsWith(termWord) ? termWord.slice(0, -1) : termWord;
  return word.startsWith(stem) && word.length - stem.length <= (MAX_ENDING[locale.split('-')[0]] ?? DEFAULT_MAX_ENDING);
}

/**
 * Where in `text` a wording first occurs, ignoring case, at word boundaries, each of its words possibly
 * inflected, its words separated by nothing but spaces; undefined when it does not.
 */
export function findWording(raw: string, wording: string, locale: string): { start: number; end: number } | undefined {
  const text = raw.normalize('NFC');
  const words = getWords(text, locale);
  const wanted = getWords(wording.normalize('NFC'), locale).map((w) => w.text);
  if (wanted.length === 0) return undefined;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    let matches = true;
    for (let j = 0; j < wanted.length && matches; j++) {
      matches = isInflectionOf(words[i + j].text, wanted[j], locale) && (j === 0 || /^\s+$/.test(text.slice(words[i + j - 1].end, words[i + j].start)));
    }
    if (matches) return { start: words[i].start, end: words[i + wanted.length - 1].end };
  }
  return undefined;
}
