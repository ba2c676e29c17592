// Imports a notice pasted as plain text, recognising its headings, paragraphs and lists from the layout alone.

import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { parseLastUpdated } from './last-updated.ts';
import { finishImport, type ImportedNotice, type ImportOptions } from './to-mdx.ts';

interface Block {
  lines: string[];
  /** True when a blank line and more text follow the block. */
  followedByText: boolean;
}

// Which marker made each list, so a list interrupted by blank lines continues only with the same kind of marker.
const listKinds = new WeakMap<List, Marker['kind']>();

type Marker = { kind: 'bullet' | 'number' | 'letter'; number?: number; label?: string; text: string };

const BULLET = /^[•\-*–·▪◦]\s+(.*)$/u;
const NUMBER = /^(\d{1,3})[.)]\s+(.*)$/u;
const LETTER = /^\(?([a-z])\)\s+(.*)$/u;
const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/u;
const FINAL_PUNCTUATION = /[.:;,!?…]$/u;
const SHORT_LINE = 60;

export function importPlainText(text: string, options: ImportOptions = {}): ImportedNotice {
  let date: string | undefined;
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .filter((line) => {
      const lineDate = parseLastUpdated(line);
      if (!lineDate) return true;
      date ??= lineDate;
      return false;
    });
  const tree: Root = { type: 'root', children: [] };
  for (const block of splitBlocks(lines)) addBlock(tree.children, block);
  // A heading on the very first line is the document's title.
  const [first] = tree.children;
  if (first?.type === 'heading' && first.depth === 2) first.depth = 1;
  return finishImport(tree, options, { date, notes: [] });
}

function splitBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ lines: current.map((l) => l.trim()), followedByText: false });
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else current.push(line);
  }
  flush();
  blocks.forEach((block, index) => {
    block.followedByText = index < blocks.length - 1;
  });
  return blocks;
}

function addBlock(nodes: RootContent[], block: Block): void {
  let lines = block.lines;
  while (lines.length) {
    const [first] = lines;
    const alone = lines.length === 1;
    if (isAllCaps(first) && !readMarker(first)) {
      nodes.push(makeHeading(first));
      lines = lines.slice(1);
      continue;
    }
    if (alone && (isNumberedTitle(first) || (block.followedByText && isShortTitle(first)))) {
      nodes.push(makeHeading(first));
      return;
    }
    if (readMarker(first)) {
      addList(nodes, lines);
      return;
    }
    // A paragraph runs until a list starts inside the same block ("You have the right to:" + items).
    const listStart = lines.findIndex((line, index) => index > 0 && readMarker(line));
    const paragraphLines = listStart === -1 ? lines : lines.slice(0, listStart);
    nodes.push(makeParagraph(paragraphLines));
    lines = listStart === -1 ? [] : lines.slice(listStart);
  }
}

function isAllCaps(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && line.length <= 100 && line === line.toLocaleUpperCase() && line !== line.toLocaleLowerCase();
}

/** `3. YOUR RIGHTS`, `4.1 Account data`: a section number, then a title rather than a sentence. */
function isNumberedTitle(line: string): boolean {
  const match = SECTION_NUMBER.exec(line);
  if (!match) return false;
  const title = match[2];
  return isAllCaps(title) || (title.length <= SHORT_LINE && !FINAL_PUNCTUATION.test(title) && /^\p{Lu}/u.test(title));
}

function isShortTitle(line: string): boolean {
  return line.length <= SHORT_LINE && !FINAL_PUNCTUATION.test(line) && /^[\p{Lu}\d]/u.test(line);
}

function makeHeading(line: string): Heading {
  const number = SECTION_NUMBER.exec(line)?.[1];
  // "4.1 Account data" sits under "4. …": one level per number part.
  const depth = number ? Math.min(6, number.split('.').length + 1) : 2;
  return { type: 'heading', depth: depth as Heading['depth'], children: [{ type: 'text', value: line }] };
}

/**
 * Joins hard-wrapped lines into one paragraph, except blocks of short unpunctuated lines
 * (a postal address, a list of contact details), whose line breaks carry meaning.
 */
function makeParagraph(lines: string[]): Paragraph {
  const keepBreaks = lines.length > 1 && lines.every((line) => line.length <= 45 && !FINAL_PUNCTUATION.test(line));
  if (!keepBreaks) return { type: 'paragraph', children: [{ type: 'text', value: lines.join(' ') }] };
  const children: PhrasingContent[] = [];
  lines.forEach((line, index) => {
    if (index > 0) children.push({ type: 'break' });
    children.push({ type: 'text', value: line });
  });
  return { type: 'paragraph', children };
}

function readMarker(line: string): Marker | undefined {
  const number = NUMBER.exec(line);
  if (number) return { kind: 'number', number: Number(number[1]), text: number[2] };
  const letter = LETTER.exec(line);
  if (letter) return { kind: 'letter', label: letter[1], text: letter[2] };
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'bullet', text: bullet[1] };
  return undefined;
}

/** Items start at marker lines; other lines continue the item above. Lists split by blank lines join up again. */
function addList(nodes: RootContent[], lines: string[]): void {
  const firstMarker = readMarker(lines[0]) as Marker;
  const items: { marker: Marker; lines: string[] }[] = [];
  for (const line of lines) {
    const marker = readMarker(line);
    if (marker && marker.kind === firstMarker.kind) items.push({ marker, lines: [marker.text] });
    else items[items.length - 1].lines.push(line);
  }
  const previous = nodes.at(-1);
  const ordered = firstMarker.kind === 'number';
  const list: List =
    previous?.type === 'list' && listKinds.get(previous) === firstMarker.kind
      ? previous
      : { type: 'list', ordered, spread: false, children: [], ...(ordered ? { start: firstMarker.number } : {}) };
  for (const item of items) {
    // Markdown numbers lists only with digits, so lettered points keep their letter in the text.
    const text = item.marker.kind === 'letter' ? `${item.marker.label}) ${item.lines.join(' ')}` : item.lines.join(' ');
    const listItem: ListItem = {
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
    };
    list.children.push(listItem);
  }
  if (list !== previous) {
    listKinds.set(list, firstMarker.kind);
    nodes.push(list);
  }
}
