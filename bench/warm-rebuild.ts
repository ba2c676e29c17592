// The edit the warm-rebuild measurement makes: one word of one paragraph of one text, as an editor's typo fix would.

import fs from 'node:fs';
import path from 'node:path';
import { splitNoticeSource } from '../src/lib/notice-file.ts';
import { BENCH_NOW } from './generate-corpus.ts';

/** The word that replaces the edited one; any word the text does not have there would do. */
const REPLACEMENT = 'amended';

export interface WarmEdit {
  /** Relative to the corpus folder. */
  file: string;
  before: string;
  after: string;
}

/**
 * Replaces the first word of five or more letters in the first paragraph after the first heading. Headings, list
 * items, tables and links are left alone, so only that paragraph's text changes: no anchor, link or structure does.
 */
export function editOneWord(source: string, replacementWord?: string): { source: string; before: string; after: string } {
  const lines = source.split('\n');
  // The body starts where the one notice reader says it does.
  const split = splitNoticeSource(source);
  const body = 'message' in split ? 0 : split.bodyLine - 1;
  const heading = lines.findIndex((line, i) => i >= body && /^#{1,6}\s/.test(line));
  const index = lines.findIndex((line, i) => i > heading && heading !== -1 && /^\p{L}/u.test(line));
  if (index === -1) throw new Error('The text has no paragraph after a heading to edit');
  // Skip words inside a link's text or target: the edit must not touch a link.
  const outsideLinks = lines[index].replace(/\[[^\]]*\]\([^)]*\)/g, (link) => ' '.repeat(link.length));
  const word = /(?<![\p{L}\p{N}])\p{L}{5,}(?![\p{L}\p{N}])/u.exec(outsideLinks);
  if (!word) throw new Error('The paragraph has no word of five letters to edit');
  const line = lines[index];
  const plain = replacementWord ?? (word[0].toLowerCase() === REPLACEMENT ? 'revised' : REPLACEMENT);
  // Keep a capital at the start of a sentence, so the text still reads as an editor's change would.
  const replacement = /^\p{Lu}/u.test(word[0]) ? plain[0].toUpperCase() + plain.slice(1) : plain;
  lines[index] = line.slice(0, word.index) + replacement + line.slice(word.index + word[0].length);
  return { source: lines.join('\n'), before: word[0], after: replacement };
}

/**
 * Edits the English text of an upcoming version (notice-2's if it has one, else the first notice's that
 * has one): an editor's change that the rebuild must show, and that the published-version lock allows
 * without a recorded correction. English is the source language, so that text always exists.
 */
export function applyWarmEdit(contentDir: string): WarmEdit {
  const notices = fs.readdirSync(path.join(contentDir, 'notices')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const upcoming = (slug: string) =>
    fs.readdirSync(path.join(contentDir, 'notices', slug)).sort().filter((date) => date > BENCH_NOW).at(-1);
  const notice = ['notice-2', ...notices].find((slug) => notices.includes(slug) && upcoming(slug));
  const date = notice && upcoming(notice);
  if (!notice || !date) throw new Error('the corpus has no upcoming version to edit for the warm rebuild; generate more versions');
  const file = path.posix.join('notices', notice, date, 'en.mdx');
  const full = path.join(contentDir, ...file.split('/'));
  const edit = editOneWord(fs.readFileSync(full, 'utf8'));
  fs.writeFileSync(full, edit.source);
  return { file, before: edit.before, after: edit.after };
}
