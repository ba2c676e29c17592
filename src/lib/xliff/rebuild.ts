// Writes a translated notice text from its source and the translated units: each unit's words replace the
// source's words in place, so every heading, list, table, anchor and component stays exactly where the
// source has it. Translated words are untrusted text: they are escaped so that Markdown and MDX read them
// as words, and the result is parsed again and compared with what was meant before anyone may write it.

import type { Root } from 'mdast';
import type { Problem } from '../errors.ts';
import { parseNoticeBody, type MdxNode } from '../markdown/parse.ts';
import { FENCE, formatNoticeSource, setFrontmatterFields, type NoticeFile } from '../notice-file.ts';
import type { Frontmatter } from '../schemas.ts';
import {
  getBodyUnits,
  getCode,
  isFrontmatterUnit,
  mergeText,
  trimContent,
  type CodeInfo,
  type InlineContent,
  type TranslationUnit,
} from './units.ts';

export interface RebuildInput {
  /** The source text as read; its body is what the units' ranges point into. */
  source: { body: string; bodyLine: number; frontmatter: Frontmatter };
  /** The source's units, frontmatter and body, as getFrontmatterUnits and getBodyUnits give them. */
  units: readonly TranslationUnit[];
  /** Each unit's translation, with the source's code ids. */
  targets: ReadonlyMap<string, InlineContent>;
  /** The translation as it is now, whose other frontmatter fields are kept; undefined for a new one. */
  existing?: Pick<NoticeFile, 'frontmatter'>;
  /** The hash of the source text the translation is made from, recorded as `translatedFrom`. */
  sourceHash: string;
  /** Path of the translation, for messages. */
  file: string;
}

/** Something about one unit that stops the translation from being written. */
export interface UnitProblem {
  unit: string;
  message: string;
  fix: string;
}

export interface RebuildResult {
  /** The whole new file, when it could be written. */
  text?: string;
  /** The line each unit starts on in the new file. */
  lines: Map<string, number>;
  problems: UnitProblem[];
  /** Parse problems of the new body (there should be none), for the caller to report. */
  parseProblems: Problem[];
}

/** Builds the translated file and checks that it reads back as the translation meant. */
export function rebuildTranslation(input: RebuildInput): RebuildResult {
  const lines = new Map<string, number>();
  const { body, bodyLine } = input.source;
  const bodyUnits = input.units.filter((unit) => unit.range).sort((a, b) => a.range!.start - b.range!.start);
  const meant = new Map<string, InlineContent>();
  let written = '';
  let cursor = 0;
  const starts = new Map<string, number>();
  for (const unit of bodyUnits) {
    const target = normaliseTarget(input.targets.get(unit.id) ?? unit.content);
    meant.set(unit.id, target);
    written += body.slice(cursor, unit.range!.start);
    starts.set(unit.id, written.length);
    // A unit left as the source has it keeps the source's own writing (its line breaks, its escapes).
    const same = describeContent(target, unit.codes) === describeContent(unit.content, unit.codes);
    if (same) written += body.slice(unit.range!.start, unit.range!.end);
    else written += writeInline(target, unit.codes, { table: unit.kind === 'table-cell' || unit.kind === 'table-header', heading: unit.kind === 'heading' }, true);
    cursor = unit.range!.end;
  }
  written += body.slice(cursor);

  const fields: Record<string, unknown> = {};
  for (const unit of input.units) {
    if (!isFrontmatterUnit(unit.id)) continue;
    const target = input.targets.get(unit.id) ?? unit.content;
    fields[unit.id] = (target.filter((item) => typeof item === 'string') as string[]).join('').replace(/[ \t\r\n]+/g, ' ').trim();
  }
  // A field the source has no longer (a "changes" line) goes from the translation too.
  for (const field of ['changes'] as const) if (!(field in fields)) fields[field] = undefined;
  fields.translatedFrom = input.sourceHash;
  let text: string;
  if (input.existing) {
    text = setFrontmatterFields(`${FENCE}\n${input.existing.frontmatter}${FENCE}\n${written}`, fields);
  } else {
    const { material } = input.source.frontmatter;
    text = formatNoticeSource({ title: fields.title, summary: fields.summary, changes: fields.changes, material, translatedFrom: input.sourceHash }, written);
  }
  const newBodyLine = text.split('\n').indexOf(FENCE, 1) + 2;
  for (const [id, offset] of starts) lines.set(id, newBodyLine + countLines(written, offset));
  for (const unit of input.units) if (!unit.range) lines.set(unit.id, unit.line);

  const reparsed = parseNoticeBody(written, newBodyLine, input.file);
  if (!reparsed.tree) return { lines, problems: [], parseProblems: reparsed.problems };
  const problems = compareWithMeant(parseNoticeBody(body, bodyLine, input.file).tree!, reparsed.tree, written, bodyUnits, meant);
  return { text: problems.length ? undefined : text, lines, problems, parseProblems: [] };
}

/** Spaces just inside a code moved outside it (Markdown does not read "** bold**" as bold), and the ends trimmed. */
export function normaliseTarget(content: InlineContent): InlineContent {
  return trimContent(moveSpacesOutOfCodes(content));
}

function moveSpacesOutOfCodes(content: InlineContent): InlineContent {
  const out: InlineContent = [];
  for (const item of content) {
    if (typeof item === 'string' || item.type === 'placeholder') {
      out.push(item);
      continue;
    }
    const children = moveSpacesOutOfCodes(item.children);
    let before = '';
    let after = '';
    if (typeof children[0] === 'string' && /^ /.test(children[0])) {
      before = ' ';
      children[0] = children[0].replace(/^ +/, '');
    }
    const last = children.length - 1;
    if (typeof children[last] === 'string' && / $/.test(children[last] as string)) {
      after = ' ';
      children[last] = (children[last] as string).replace(/ +$/, '');
    }
    out.push(before, { ...item, children: children.filter((c) => c !== '') }, after);
  }
  return mergeText(out);
}

interface WriteContext {
  table: boolean;
  heading: boolean;
}

function writeInline(content: InlineContent, codes: ReadonlyMap<string, CodeInfo>, where: WriteContext, lineStart: boolean): string {
  let out = '';
  content.forEach((item) => {
    if (typeof item === 'string') {
      out += escapeText(item, { ...where, lineStart: lineStart && out === '' });
      return;
    }
    const code = getCode(codes, item.id)!;
    if (item.type === 'placeholder') out += code.markup;
    else out += `${code.open}${writeInline(item.children, codes, where, false)}${code.close}`;
  });
  return out;
}

// Characters that start Markdown or MDX syntax anywhere in a line: escaped, they read as themselves.
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '[', ']', '<', '{', '}', '~', '&']);
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Escapes untrusted words so that Markdown and MDX read them as text: no emphasis, links, HTML, JSX,
 * expressions, character references, and, at the start of a line, no heading, list, quote, rule or
 * `import`/`export` statement.
 */
export function escapeText(text: string, where: WriteContext & { lineStart: boolean }): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const previous = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    if (ALWAYS_ESCAPED.has(ch)) out += `\\${ch}`;
    // "kv_session" is one word; only a "_" at a word's edge could start or end emphasis.
    else if (ch === '_' && !(WORD_CHARACTER.test(previous) && WORD_CHARACTER.test(next))) out += '\\_';
    else if (ch === '|' && where.table) out += '\\|';
    else if (ch === '#' && (where.heading || (where.lineStart && i === 0))) out += '\\#';
    else if (where.lineStart && i === 0 && '>+-'.includes(ch)) out += `\\${ch}`;
    else out += ch;
  }
  if (where.lineStart) {
    // "1. " and "1) " would start a numbered list.
    out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
    // MDX reads a line starting with "import " or "export " as code: the first letter as a character reference reads as the letter.
    out = out.replace(/^(i)(mport\b)|^(e)(xport\b)/, (_, i1, rest1, e1, rest2) => (i1 ? `&#105;${rest1}` : `&#101;${rest2}`));
  }
  return out;
}

function countLines(text: string, offset: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/**
 * Checks that the written body parses into the source's structure with each unit holding the meant
 * words and codes; reports each unit that does not, with both readings, so nothing unexpected is written.
 */
function compareWithMeant(
  sourceTree: Root,
  tree: Root,
  written: string,
  units: readonly TranslationUnit[],
  meant: ReadonlyMap<string, InlineContent>,
): UnitProblem[] {
  const problems: UnitProblem[] = [];
  const readBack = getBodyUnits(tree, written);
  if (getSkeleton(sourceTree) !== getSkeleton(tree) || readBack.length !== units.length) {
    // Find the first unit whose text broke out of its place, to name it.
    const culprit = units.find((unit, index) => !readBack[index] || readBack[index].kind !== unit.kind) ?? units[units.length - 1];
    problems.push({
      unit: culprit?.id ?? '(body)',
      message: 'the translation changes the structure of the text (a heading, list, table or component) when written as MDX',
      fix: 'translate only the words; if the unit starts with a character such as "-" or "#", check that it is meant',
    });
    return problems;
  }
  units.forEach((unit, index) => {
    const expected = describeContent(meant.get(unit.id) ?? [], unit.codes);
    const actual = describeContent(readBack[index].content, readBack[index].codes);
    if (expected === actual) return;
    const autolink = [...readBack[index].codes.values()].find((code) => code.role === 'autolink' && !expected.includes(code.signature));
    problems.push({
      unit: unit.id,
      message: autolink
        ? `the translation holds an address (${autolink.markup}) that Markdown turns into a link, which the source does not have here`
        : `written as MDX, the translation would read ${actual} instead of ${expected}`,
      fix: autolink
        ? 'leave the address out, or write it where the source has its link'
        : 'put a space or a letter between a code and the punctuation next to it, and keep text inside every formatting code',
    });
  });
  return problems;
}

/** The tree with positions and the words of units left out: what must not change in a translation. */
function getSkeleton(tree: Root): string {
  return JSON.stringify(tree, (key, value: unknown) => {
    if (key === 'position') return undefined;
    if (value && typeof value === 'object' && 'type' in value) {
      const node = value as MdxNode;
      if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') return { ...node, children: [] };
    }
    return value;
  });
}

/** Content as comparable text: words quoted, codes by what they are rather than by their id. */
function describeContent(content: InlineContent, codes: ReadonlyMap<string, CodeInfo>): string {
  return content
    .map((item) => {
      if (typeof item === 'string') return JSON.stringify(item);
      const signature = getCode(codes, item.id)?.signature ?? item.role;
      return item.type === 'placeholder' ? `<${signature}/>` : `<${signature}>${describeContent(item.children, codes)}</${item.role}>`;
    })
    .join('');
}
