// Splits a notice text into the units a translator translates — its title, summary and change note, and
// each heading, paragraph and table cell of the body — with the inline codes (formatting, links,
// anchors, components) that a translation tool must keep, read from the one syntax tree of the body.

import type { Root } from 'mdast';
import type { Problem } from '../errors.ts';
import { LANGUAGE_TAG } from '../markdown/guard.ts';
import { parseNoticeBody, type MdxNode } from '../markdown/parse.ts';
import type { Frontmatter } from '../schemas.ts';

/** What a span code is in the notice: the text inside it is translated, the code itself is not. */
export type SpanRole = 'strong' | 'emphasis' | 'delete' | 'link' | 'lang';
/** What a standalone code is: it stands for a piece of the notice that is not translated at all. */
export type PlaceholderRole = 'code' | 'break' | 'image' | 'anchor' | 'autolink' | 'variable' | 'other';

export interface InlineSpan {
  type: 'span';
  /** The code's id inside its unit: "1", "2"… in reading order of the source. */
  id: string;
  role: SpanRole;
  children: InlineContent;
}

export interface InlinePlaceholder {
  type: 'placeholder';
  id: string;
  role: PlaceholderRole;
}

export type InlineItem = string | InlineSpan | InlinePlaceholder;
/** A unit's text: words, and the codes around and between them. */
export type InlineContent = InlineItem[];

/** How a code is written in the notice, and how a translation tool shows it. */
export interface CodeInfo {
  id: string;
  type: 'span' | 'placeholder';
  role: SpanRole | PlaceholderRole;
  /** Span codes: the markup before and after the translated text, e.g. `[` and `](https://…)`. */
  open?: string;
  close?: string;
  /** Placeholder codes: the markup that stands in the notice, e.g. `<Anchor id="sale" />`. */
  markup?: string;
  /**
   * What identifies the code whatever the language around it: the address of a link, the language of
   * a <Lang>, the id of an <Anchor>. Two texts' codes with the same signature are the same code.
   */
  signature: string;
}

export type UnitKind = 'title' | 'summary' | 'changes' | 'heading' | 'paragraph' | 'list-item' | 'key-point' | 'table-header' | 'table-cell' | 'string';

export interface TranslationUnit {
  /** Unique in its file: `title`, `summary`, `changes`, or a kind prefix and the unit's position, e.g. `p-12`. */
  id: string;
  kind: UnitKind;
  content: InlineContent;
  /** The unit's codes by id. */
  codes: Map<string, CodeInfo>;
  /** 1-based line in the file. */
  line: number;
  /** Context for the translator: what the unit is and where. */
  note: string;
  /** Body units: the offsets in the body of the text to replace, from the first inline node to the end of the last. */
  range?: { start: number; end: number };
}

const FRONTMATTER_UNITS = ['title', 'summary', 'changes'] as const;
export type FrontmatterUnit = (typeof FRONTMATTER_UNITS)[number];

export function isFrontmatterUnit(id: string): id is FrontmatterUnit {
  return (FRONTMATTER_UNITS as readonly string[]).includes(id);
}

/** Units of the translatable frontmatter fields a text has, in a fixed order. */
export function getFrontmatterUnits(data: Frontmatter, fieldLines: Partial<Record<keyof Frontmatter, number>>): TranslationUnit[] {
  const descriptions: Record<FrontmatterUnit, string> = {
    title: 'Title of the notice (frontmatter "title").',
    summary: 'Summary shown on the home page (frontmatter "summary").',
    changes: 'What changed since the previous version (frontmatter "changes").',
  };
  return FRONTMATTER_UNITS.filter((field) => typeof data[field] === 'string' && data[field]).map((field) => ({
    id: field,
    kind: field,
    content: [collapseSpaces(data[field] as string).trim()],
    codes: new Map(),
    line: fieldLines[field] ?? 1,
    note: descriptions[field],
  }));
}

interface Walk {
  body: string;
  units: TranslationUnit[];
  /** Anchor of the section a unit is in, for the translator's note. */
  section?: string;
}

const PREFIX: Record<UnitKind, string> = {
  title: 'title',
  summary: 'summary',
  changes: 'changes',
  heading: 'h',
  paragraph: 'p',
  'list-item': 'li',
  'key-point': 'kp',
  'table-header': 'th',
  'table-cell': 'td',
  string: 'key',
};

/**
 * The body's units in reading order. `body` is the text the tree was parsed from: codes keep the exact
 * markup the source has (a link's address, a component's attributes), so a rebuilt translation has it too.
 */
export function getBodyUnits(tree: Root, body: string): TranslationUnit[] {
  const walk: Walk = { body, units: [] };
  for (const node of tree.children) visitBlock(node, walk, { inKeyPoints: false, inList: false });
  return walk.units;
}

interface BlockContext {
  inKeyPoints: boolean;
  inList: boolean;
  describe?: string;
}

function visitBlock(node: MdxNode, walk: Walk, context: BlockContext): void {
  switch (node.type) {
    case 'heading': {
      const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
      if (node.depth === 2 && typeof id === 'string') walk.section = id;
      const anchor = typeof id === 'string' ? `; its anchor {#${id}} is kept by Paragraf` : '';
      addUnit(walk, node, 'heading', `Heading, level ${node.depth}${anchor}`);
      return;
    }
    case 'paragraph': {
      const kind: UnitKind = context.inKeyPoints ? 'key-point' : context.inList ? 'list-item' : 'paragraph';
      addUnit(walk, node, kind, context.describe ?? (kind === 'key-point' ? 'Key point (first layer of the notice)' : kind === 'list-item' ? 'List item' : 'Paragraph'));
      return;
    }
    case 'list':
      for (const item of node.children) {
        item.children.forEach((child, index) => {
          const describe = index === 0 ? undefined : 'List item, a further paragraph';
          visitBlock(child as MdxNode, walk, { ...context, inList: true, describe });
        });
      }
      return;
    case 'table': {
      const header = node.children[0];
      const names = header ? header.children.map((cell) => getPlainText(cell as MdxNode)) : [];
      node.children.forEach((row, r) => {
        row.children.forEach((cell, c) => {
          const column = names[c] ? ` "${names[c]}"` : '';
          const describe = r === 0 ? `Table heading, column ${c + 1}` : `Table cell, row ${r + 1}, column ${c + 1}${column}`;
          addUnit(walk, cell as MdxNode, r === 0 ? 'table-header' : 'table-cell', describe);
        });
      });
      return;
    }
    case 'blockquote':
      for (const child of node.children) visitBlock(child as MdxNode, walk, { ...context, describe: 'Quoted paragraph' });
      return;
    case 'mdxJsxFlowElement':
      for (const child of node.children) {
        visitBlock(child as MdxNode, walk, { ...context, inKeyPoints: context.inKeyPoints || node.name === 'KeyPoints' });
      }
      return;
    // Code blocks, rules, definitions and anchors are kept as the source has them.
    default:
      return;
  }
}

function addUnit(walk: Walk, node: MdxNode, kind: UnitKind, description: string): void {
  if (!('children' in node) || node.children.length === 0) return;
  const children = node.children as MdxNode[];
  const start = children[0].position?.start.offset;
  const end = children[children.length - 1].position?.end.offset;
  if (start === undefined || end === undefined) return;
  const codes = new Map<string, CodeInfo>();
  const content = trimContent(readInline(children, walk.body, codes));
  if (!hasText(content) && codes.size === 0) return;
  const line = node.position?.start.line ?? 1;
  const section = walk.section && kind !== 'heading' ? ` in the section #${walk.section}` : '';
  walk.units.push({
    id: `${PREFIX[kind]}-${walk.units.length + 1}`,
    kind,
    content,
    codes,
    line,
    note: `${description}${section}.`,
    range: { start, end },
  });
}

/** Reads inline nodes into content, numbering codes in reading order and recording their markup. */
function readInline(nodes: readonly MdxNode[], body: string, codes: Map<string, CodeInfo>): InlineContent {
  const content: InlineContent = [];
  const slice = (node: MdxNode) => body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  const placeholder = (node: MdxNode, role: PlaceholderRole, signature: string) => {
    const id = String(codes.size + 1);
    codes.set(id, { id, type: 'placeholder', role, markup: slice(node), signature: `${role}:${signature}` });
    content.push({ type: 'placeholder', id, role });
  };
  const span = (node: MdxNode, role: SpanRole, signature: string, open: string, close: string) => {
    const id = String(codes.size + 1);
    const info: CodeInfo = { id, type: 'span', role, open, close, signature: `${role}:${signature}` };
    codes.set(id, info);
    content.push({ type: 'span', id, role, children: readInline((node as { children: MdxNode[] }).children, body, codes) });
  };
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        content.push(collapseSpaces(node.value));
        break;
      case 'strong':
        span(node, 'strong', '', '**', '**');
        break;
      case 'emphasis':
        span(node, 'emphasis', '', '*', '*');
        break;
      case 'delete':
        span(node, 'delete', '', '~~', '~~');
        break;
      case 'link':
      case 'linkReference': {
        const written = slice(node);
        const url = node.type === 'link' ? node.url : `[${node.identifier}]`;
        // A bare address ("www.imy.se", "<https://…>") is its own text: it is kept, not translated.
        if (!written.startsWith('[') || node.children.length === 0) {
          placeholder(node, 'autolink', url);
          break;
        }
        const inner = node.children as MdxNode[];
        const afterText = body.slice(inner[inner.length - 1].position?.end.offset ?? 0, node.position?.end.offset ?? 0);
        // A shortcut reference ("[text]") takes its address from its own words; written in full it keeps it.
        const close = node.type === 'linkReference' && node.referenceType !== 'full' ? `][${node.label ?? node.identifier}]` : afterText;
        span(node, 'link', url, '[', close);
        break;
      }
      case 'mdxJsxTextElement': {
        const written = slice(node);
        if (node.name === 'Lang' && node.children.length > 0) {
          const inner = node.children as MdxNode[];
          const open = body.slice(node.position?.start.offset ?? 0, inner[0].position?.start.offset ?? 0);
          const close = body.slice(inner[inner.length - 1].position?.end.offset ?? 0, node.position?.end.offset ?? 0);
          span(node, 'lang', open, open, close);
        } else {
          placeholder(node, node.name === 'Anchor' ? 'anchor' : 'other', written);
        }
        break;
      }
      case 'inlineCode':
        placeholder(node, 'code', node.value);
        break;
      case 'break':
        placeholder(node, 'break', '');
        break;
      case 'image':
      case 'imageReference':
        placeholder(node, 'image', slice(node));
        break;
      default:
        // Anything else the guard lets through inside a paragraph is kept exactly as written.
        placeholder(node, 'other', slice(node));
    }
  }
  return mergeText(content);
}

/** Runs of spaces, tabs and line breaks as one space; other spaces (no-break spaces) are text. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ');
}

/** Adjacent texts joined and their spaces collapsed, empty texts dropped. */
export function mergeText(content: InlineContent): InlineContent {
  const merged: InlineContent = [];
  for (const item of content) {
    if (typeof item === 'string') {
      if (item === '') continue;
      const last = merged[merged.length - 1];
      if (typeof last === 'string') merged[merged.length - 1] = collapseSpaces(last + item);
      else merged.push(collapseSpaces(item));
    } else {
      merged.push(item);
    }
  }
  return merged;
}

/** Content without spaces at its very start and end, as Markdown reads a paragraph. */
export function trimContent(content: InlineContent): InlineContent {
  const result = mergeText(content);
  if (typeof result[0] === 'string') result[0] = result[0].replace(/^ +/, '');
  const last = result.length - 1;
  if (typeof result[last] === 'string') result[last] = (result[last] as string).replace(/ +$/, '');
  return result.filter((item) => item !== '');
}

export function hasText(content: InlineContent): boolean {
  return content.some((item) => (typeof item === 'string' ? item.trim() !== '' : item.type === 'span' && hasText(item.children)));
}

/** The words of content, codes left out: what a reader reads. */
export function getContentText(content: InlineContent): string {
  return content.map((item) => (typeof item === 'string' ? item : item.type === 'span' ? getContentText(item.children) : '')).join('');
}

function getPlainText(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ('children' in node) return (node.children as MdxNode[]).map(getPlainText).join('').trim();
  return '';
}

/** The units of a whole notice text: its frontmatter fields, then its body, parsed by the one parser. */
export function getTextUnits(
  text: { file: string; body: string; bodyLine: number; frontmatter: Frontmatter; fieldLines: Partial<Record<keyof Frontmatter, number>> },
): { units: TranslationUnit[]; problems: Problem[] } {
  const parsed = parseNoticeBody(text.body, text.bodyLine, text.file);
  if (!parsed.tree) return { units: [], problems: parsed.problems };
  return { units: [...getFrontmatterUnits(text.frontmatter, text.fieldLines), ...getBodyUnits(parsed.tree, text.body)], problems: [] };
}

/**
 * A translation marks passages it quotes in another language with <Lang> (an English button label in a
 * French text) where its source, in that language, has no code. Such a span has an id of its own,
 * `lang-<code>-<n>`, that says which language it marks; a translator may keep or delete it.
 */
const ADDED_LANG = /^lang-([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)-(\d+)$/;

export function getAddedLangId(open: string, n: number): string | undefined {
  const code = /^<Lang code="([^"]+)">$/.exec(open)?.[1];
  return code && !LANGUAGE_TAG.test(code, '<Lang>') ? `lang-${code}-${n}` : undefined;
}

/** The code an added <Lang> id stands for, when the id is one and names a language the guard accepts. */
export function getAddedCode(id: string): CodeInfo | undefined {
  const code = ADDED_LANG.exec(id)?.[1];
  if (!code || LANGUAGE_TAG.test(code, '<Lang>')) return undefined;
  const open = `<Lang code="${code}">`;
  return { id, type: 'span', role: 'lang', open, close: '</Lang>', signature: `lang:${open}` };
}

/** A unit's code by id: one of the source's, or a <Lang> the translation added. */
export function getCode(codes: ReadonlyMap<string, CodeInfo>, id: string): CodeInfo | undefined {
  return codes.get(id) ?? getAddedCode(id);
}
