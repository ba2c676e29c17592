// Imports a notice pasted or scraped as plain text: the page chrome before its "last updated" line and
// lines in another language are left out (and listed), section titles become headings, indented and
// differently marked bullets become nested lists, TAB-separated rows become tables.

import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { describeLanguage, findOtherLanguage } from './language.ts';
import { parseLastUpdated } from './last-updated.ts';
import { finishImport, type ImportedNotice, type ImportOptions, type SourceUnit } from './to-mdx.ts';

interface Line {
  /** 1-based line of the source. */
  number: number;
  text: string;
  /** Columns of white space before the text, a TAB counting as four. */
  indent: number;
}

interface Marker {
  kind: 'bullet' | 'number' | 'letter';
  /** The glyph or number style, so a differently marked item can be told apart (• then ◦). */
  glyph: string;
  number?: number;
  label?: string;
  text: string;
}

const BULLET = /^([•◦▪▫‣∙·○●■□➢➤✓\-*–—])(?:[ \t\u00a0]+(.*))?$/u;
const NUMBER = /^(\d{1,3})([.)])[ \t\u00a0]+(.*)$/u;
const LETTER = /^\(?([a-z])\)[ \t\u00a0]+(.*)$/u;
const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?[ \t\u00a0]+(\S.*)$/u;
/** A paragraph ends with one of these; a title does not (a question mark may end either). */
const SENTENCE_END = /[.:;,!…]$/u;
const TITLE_LENGTH = 80;
const SHORT_LINE = 45;
const ORGANISATION = /\b(?:AB|HB|KB|Ltd|Limited|Inc|LLC|GmbH|SA|SAS|SARL|Oy|AS|ApS|BV|NV|plc)\.?$/u;
// Characters a copy carries along that no reader sees: soft hyphens, zero-width spaces, byte-order marks.
const INVISIBLE = /[\u00ad\u200b\ufeff]/gu;

export function importPlainText(text: string, options: ImportOptions = {}): ImportedNotice {
  const notes: string[] = [];
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const invisible = normalized.match(INVISIBLE)?.length ?? 0;
  if (invisible) notes.push(`Removed ${invisible} invisible ${invisible === 1 ? 'character' : 'characters'} (soft hyphens, zero-width spaces).`);
  const lines: (Line | undefined)[] = normalized.split('\n').map((raw, index) => {
    const clean = raw.replace(INVISIBLE, '').replace(/\s+$/u, '');
    if (clean.trim() === '') return undefined;
    const lead = /^[ \t\u00a0]*/u.exec(clean)![0];
    return { number: index + 1, text: clean.trim(), indent: [...lead].reduce((n, c) => n + (c === '\t' ? 4 : 1), 0) };
  });

  let date: string | undefined;
  let dateIndex = -1;
  lines.forEach((line, index) => {
    if (!line || dateIndex !== -1) return;
    const found = parseLastUpdated(line.text);
    if (found) {
      date = found;
      dateIndex = index;
    }
  });
  if (dateIndex !== -1) {
    notes.push(`Line ${lines[dateIndex]!.number}: "${lines[dateIndex]!.text}" gives the date ${date}; the line was left out of the text.`);
    lines[dateIndex] = undefined;
  }

  let title: string | undefined;
  let titleUnit: SourceUnit | undefined;
  const leave = (index: number, reason: string) => {
    const line = lines[index]!;
    if (options.keep) {
      notes.push(`Line ${line.number}: kept as --keep asks, although ${reason}: "${line.text}"`);
      return;
    }
    notes.push(`Line ${line.number}: left out, ${reason}: "${line.text}" (--keep keeps such lines)`);
    lines[index] = undefined;
  };
  const locale = options.locale;
  if (dateIndex > 0) {
    const before = lines.slice(0, dateIndex).filter(Boolean).length;
    const total = lines.filter(Boolean).length;
    // A date line near the top follows the page's chrome; one near the end (a "last updated" footer) does not.
    if (before <= 25 && before < total / 2) {
      let candidate = dateIndex - 1;
      while (candidate >= 0 && !lines[candidate]) candidate -= 1;
      const line = candidate >= 0 ? lines[candidate] : undefined;
      if (line && isTitleLike(line.text) && !(locale && findOtherLanguage(line.text, locale))) {
        title = line.text;
        titleUnit = { line: line.number, text: line.text, kind: 'heading' };
        notes.push(`Line ${line.number}: "${line.text}" is the title.`);
        lines[candidate] = undefined;
      }
      for (let index = 0; index < dateIndex; index++) {
        if (lines[index]) leave(index, 'it comes before the "last updated" line (page chrome such as navigation)');
      }
    } else {
      notes.push(`Line ${lines.find(Boolean)?.number ?? 1}: the "last updated" line comes late in the text, so the lines before it were kept.`);
    }
  }
  if (locale) {
    lines.forEach((line, index) => {
      if (!line) return;
      const other = findOtherLanguage(line.text, locale);
      if (other) leave(index, `it is in ${describeLanguage(other)}, not ${describeLanguage(locale)}`);
    });
  }

  const units: SourceUnit[] = titleUnit ? [titleUnit] : [];
  const tree: Root = { type: 'root', children: [] };
  const blocks = splitBlocks(lines);
  blocks.forEach((block, index) => addBlock(tree.children, block, blocks[index + 1]?.[0], units));
  // A title line opening the text is the document's title; a numbered one is its first section.
  const [first] = tree.children;
  if (!title && first?.type === 'heading' && !SECTION_NUMBER.test(toPlainText(first))) first.depth = 1;
  return finishImport(tree, options, { date, notes, units, title });
}

/** Runs of non-blank lines; a left-out line breaks a run as a blank line would. */
function splitBlocks(lines: (Line | undefined)[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line) {
      current.push(line);
    } else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

function toPlainText(heading: Heading): string {
  return heading.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

function isTitleLike(text: string): boolean {
  return text.length <= TITLE_LENGTH && !SENTENCE_END.test(text) && /^[\p{Lu}\d§]/u.test(text) && !readMarker(text);
}

function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && text.length <= 100 && text === text.toLocaleUpperCase() && text !== text.toLocaleLowerCase();
}

/** A line that reads as running text: long, or ending like a sentence. */
function isBodyText(line: Line | undefined): boolean {
  return line !== undefined && (line.text.length > TITLE_LENGTH || SENTENCE_END.test(line.text) || readMarker(line.text) !== undefined);
}

function isShortUnpunctuated(line: Line): boolean {
  return line.text.length <= SHORT_LINE && !SENTENCE_END.test(line.text) && !readMarker(line.text);
}

function addBlock(nodes: RootContent[], block: Line[], nextBlockStart: Line | undefined, units: SourceUnit[]): void {
  let index = 0;
  while (index < block.length) {
    const line = block[index];
    const following = block[index + 1] ?? nextBlockStart;
    const rest = block.slice(index);
    if (isTitle(line, block, index, following)) {
      nodes.push(makeHeading(line));
      units.push({ line: line.number, text: line.text, kind: 'heading' });
      index += 1;
      continue;
    }
    const table = readTable(rest);
    if (table) {
      nodes.push(table.node);
      for (const row of rest.slice(0, table.rows)) {
        for (const cell of splitCells(row.text)) units.push({ line: row.number, text: cell, kind: 'cell' });
      }
      index += table.rows;
      continue;
    }
    if (readMarker(line.text)) {
      index += addList(nodes, rest, units);
      continue;
    }
    // A paragraph runs until a list, a table or a title starts inside the same block.
    let end = index + 1;
    while (end < block.length && !readMarker(block[end].text) && !readTable(block.slice(end)) && !isTitle(block[end], block, end, block[end + 1] ?? nextBlockStart)) {
      end += 1;
    }
    const paragraphLines = block.slice(index, end);
    nodes.push(makeParagraph(paragraphLines));
    units.push({ line: line.number, text: paragraphLines.map((l) => l.text).join(' '), kind: 'paragraph' });
    index = end;
  }
}

/** Whether the line at `index` of its block is a section title. */
function isTitle(line: Line, block: Line[], index: number, following: Line | undefined): boolean {
  const marker = readMarker(line.text);
  const previous = block[index - 1];
  const numbered = SECTION_NUMBER.exec(line.text);
  if (numbered && !SENTENCE_END.test(line.text) && line.text.length <= TITLE_LENGTH) {
    // "1. Introduction" between "2. …" lines is a list (a table of contents), not a section.
    const inRun = [previous, block[index + 1]].some((other) => other && NUMBER.test(other.text) && !SECTION_NUMBER.exec(other.text)?.[1].includes('.'));
    const dotted = numbered[1].includes('.');
    if (dotted || !marker || !inRun) return following !== undefined || isAllCaps(numbered[2]);
  }
  if (marker) return false;
  if (isAllCaps(line.text) && !SENTENCE_END.test(line.text)) return true;
  if (!isTitleLike(line.text) || !following) return false;
  // Inside a run of short lines (an address) or before a line that continues a sentence, it is text.
  if (previous && isShortUnpunctuated(previous)) return false;
  if (following === block[index + 1] && /^\p{Ll}/u.test(following.text)) return false;
  if (isBodyText(following)) return true;
  // A short line over more short lines is an address, unless it names no organisation and a line
  // below it has digits (a street number, a postal code): then it is the title of that address.
  const run = block.slice(index + 1).filter(isShortUnpunctuated);
  if (index === 0 && run.length >= 2 && run.length === block.length - 1) {
    return !/\d/.test(line.text) && !ORGANISATION.test(line.text) && run.some((l) => /\d/.test(l.text));
  }
  // A title alone in its block, with text after a blank line.
  return block.length === 1 && following !== undefined && following !== block[index + 1] && !isShortUnpunctuated(following);
}

function makeHeading(line: Line): Heading {
  const number = SECTION_NUMBER.exec(line.text)?.[1];
  // "4.1 Account data" sits under "4. …": one level per number part.
  const depth = number ? Math.min(4, number.split('.').length + 1) : 2;
  return { type: 'heading', depth: depth as Heading['depth'], children: [{ type: 'text', value: line.text }] };
}

/**
 * Joins hard-wrapped lines into one paragraph, except blocks of short unpunctuated lines
 * (a postal address, a list of contact details), whose line breaks carry meaning.
 */
function makeParagraph(lines: Line[]): Paragraph {
  const keepBreaks = lines.length > 1 && lines.every(isShortUnpunctuated);
  if (!keepBreaks) return { type: 'paragraph', children: [{ type: 'text', value: lines.map((l) => l.text).join(' ') }] };
  const children: PhrasingContent[] = [];
  lines.forEach((line, index) => {
    if (index > 0) children.push({ type: 'break' });
    children.push({ type: 'text', value: line.text });
  });
  return { type: 'paragraph', children };
}

function readMarker(text: string): Marker | undefined {
  const number = NUMBER.exec(text);
  if (number) return { kind: 'number', glyph: number[2], number: Number(number[1]), text: number[3] };
  const letter = LETTER.exec(text);
  if (letter) return { kind: 'letter', glyph: ')', label: letter[1], text: letter[2] };
  const bullet = BULLET.exec(text);
  if (bullet) return { kind: 'bullet', glyph: bullet[1], text: bullet[2] ?? '' };
  return undefined;
}

function splitCells(text: string): string[] {
  return text.split(/\t+/).map((cell) => cell.trim());
}

/** Two or more lines of the same number of TAB-separated cells, as a browser copies a table. */
function readTable(lines: Line[]): { node: Table; rows: number } | undefined {
  const width = (line: Line | undefined) => (line && !readMarker(line.text) && line.text.includes('\t') ? splitCells(line.text).length : 0);
  const columns = width(lines[0]);
  if (columns < 2) return undefined;
  let rows = 1;
  while (rows < lines.length && width(lines[rows]) === columns) rows += 1;
  if (rows < 2) return undefined;
  const node: Table = {
    type: 'table',
    align: [],
    children: lines.slice(0, rows).map((line) => ({
      type: 'tableRow',
      children: splitCells(line.text).map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell }] })),
    })),
  };
  return { node, rows };
}

interface Level {
  indent: number;
  glyph: string;
  list: List;
}

/**
 * Reads list items from the start of `lines` and returns how many lines they took. An item is nested
 * under the one above when it is indented further, or marked with another glyph at the same place
 * ("•" then "◦"); a line without a marker continues the item above when it is indented under it or
 * the item has not ended its sentence.
 */
function addList(nodes: RootContent[], lines: Line[], units: SourceUnit[]): number {
  const levels: Level[] = [];
  let used = 0;
  let lastItem: ListItem | undefined;
  let lastIndent = 0;
  let lastUnit: SourceUnit | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const marker = readMarker(line.text);
    if (!marker) {
      const continues = lastItem && (line.indent > lastIndent || !/[.;:!?]$/u.test(getItemText(lastItem)) || /^\p{Ll}/u.test(line.text));
      if (!continues || readTable(lines.slice(index))) break;
      appendText(lastItem!, line.text);
      lastUnit!.text += ` ${line.text}`;
      used = index + 1;
      continue;
    }
    // A glyph alone on its line marks the item whose text is on the next line.
    let text = marker.text;
    if (text === '' && lines[index + 1] && !readMarker(lines[index + 1].text)) {
      index += 1;
      text = lines[index].text;
    }
    while (levels.length && levels.at(-1)!.indent > line.indent) levels.pop();
    let top = levels.at(-1);
    if (top && line.indent === top.indent && marker.glyph !== top.glyph) {
      const outer = levels.findIndex((level) => level.glyph === marker.glyph && level.indent === line.indent);
      if (outer >= 0) {
        levels.length = outer + 1;
        top = levels[outer];
      } else if (lastItem) {
        top = undefined;
      }
    }
    if (!top || line.indent > top.indent) {
      const ordered = marker.kind === 'number';
      const list: List = { type: 'list', ordered, spread: false, children: [], ...(ordered ? { start: marker.number } : {}) };
      if (lastItem && levels.length) lastItem.children.push(list);
      else nodes.push(list);
      top = { indent: line.indent, glyph: marker.glyph, list };
      levels.push(top);
    }
    // Markdown numbers lists only with digits, so lettered points keep their letter in the text.
    const value = marker.kind === 'letter' ? `${marker.label}) ${text}` : text;
    lastItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
    top.list.children.push(lastItem);
    lastIndent = line.indent;
    lastUnit = { line: line.number, text: value, kind: 'item' };
    units.push(lastUnit);
    used = index + 1;
  }
  return used;
}

function getItemText(item: ListItem): string {
  const paragraph = item.children[0];
  const last = paragraph?.type === 'paragraph' ? paragraph.children.at(-1) : undefined;
  return last?.type === 'text' ? last.value : '';
}

function appendText(item: ListItem, text: string): void {
  const paragraph = item.children[0];
  const last = paragraph?.type === 'paragraph' ? paragraph.children.at(-1) : undefined;
  if (last?.type === 'text') last.value += ` ${text}`;
}
