// The structure of a notice body that the checks compare and measure — headings, links, images, lists,
// tables and visible text — read from the one syntax tree the page is rendered from.

import type { HeadingAnchor, PlacedAnchor } from './guard.ts';
import type { MdxNode } from './parse.ts';

export interface OutlineHeading {
  depth: number;
  /** The anchor the page gives the heading: its `{#id}`, else a GitHub-style slug of its text. */
  id: string;
  /** Whether the id was written as `{#id}` at the end of the heading line. */
  explicit: boolean;
  /** The heading's text without its anchor. */
  text: string;
  line: number;
  column: number;
}

/** An `<Anchor id>` placed in the text: a target for links that is not a heading. */
export interface OutlineAnchor {
  id: string;
  line: number;
  column: number;
}

export interface OutlineLink {
  /** The destination as written, e.g. `/cookie-notice/#choices` or `mailto:…`. */
  url: string;
  /** Whether it is an image's address rather than a link's. */
  image: boolean;
  line: number;
  column: number;
}

export interface OutlineList {
  ordered: boolean;
  /** Number of items in this list; a nested list is a list of its own. */
  items: number;
  /** 1 for a top-level list, 2 for a list inside a list item, and so on. */
  depth: number;
  line: number;
  column: number;
}

export interface OutlineTable {
  /** Number of rows, the header row included. */
  rows: number;
  /** Number of cells in each row, header first. */
  cells: number[];
  /** The line of each row, header first. */
  rowLines: number[];
  line: number;
  column: number;
}

/** A piece of text a reader sees: a heading, a paragraph (also inside lists and quotes) or a table row. */
export interface OutlineBlock {
  kind: 'heading' | 'paragraph' | 'table-row';
  /** The visible words: no Markdown syntax, link addresses or anchors; soft line breaks kept as "\n". */
  text: string;
  line: number;
  column: number;
  /** Where the pieces of `text` stand in the file, in order; each runs until the next one starts. */
  segments: TextSegment[];
  /** In a table row: where each non-empty cell's text starts and ends in `text`. */
  cells?: { start: number; end: number }[];
}

/** A run of a block's text that comes from one place in the file. */
export interface TextSegment {
  /** Offset in the block's `text` where the run starts. */
  start: number;
  line: number;
  column: number;
  /** The language a <Lang> around the run gives it, e.g. "en". */
  lang?: string;
  /** True for `code`, which is quoted literally and never reads as prose. */
  code?: boolean;
}

/** The first layer of a notice: the points of its <KeyPoints> list. */
export interface OutlineKeyPoints {
  line: number;
  column: number;
  points: { text: string; links: string[]; line: number; column: number }[];
}

export interface Outline {
  headings: OutlineHeading[];
  /** Every `<Anchor id>`, in order; with the headings' ids, the places links may point to. */
  anchors: OutlineAnchor[];
  links: OutlineLink[];
  lists: OutlineList[];
  tables: OutlineTable[];
  blocks: OutlineBlock[];
  /** The <KeyPoints> block, when the text has one. */
  keyPoints?: OutlineKeyPoints;
}

/** Reads the outline off a parsed, guarded body. */
export function getOutline(tree: MdxNode, anchors: readonly HeadingAnchor[], placed: readonly PlacedAnchor[] = []): Outline {
  const ids = new Map(anchors.map((anchor) => [anchor.node as MdxNode, anchor]));
  const outline: Outline = { headings: [], anchors: [], links: [], lists: [], tables: [], blocks: [] };
  const at = (node: MdxNode) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  outline.anchors = placed.map((anchor) => ({ id: anchor.id, ...at(anchor.node) }));
  const definitions = new Map<string, string>();

  const visit = (node: MdxNode, listDepth: number, lang: string | undefined): void => {
    switch (node.type) {
      case 'heading': {
        const anchor = ids.get(node);
        const text = getVisibleText(node).replace(/\s+/g, ' ').trim();
        outline.headings.push({ depth: node.depth, id: anchor?.id ?? '', explicit: anchor?.explicit ?? false, text, ...at(node) });
        // The heading's text is collapsed to one line, so its runs are placed from its own start.
        outline.blocks.push({ kind: 'heading', text, ...at(node), segments: trimRuns(readRuns(node, lang), text) });
        break;
      }
      case 'paragraph': {
        const runs = readRuns(node, lang);
        outline.blocks.push({ kind: 'paragraph', text: runs.text, ...at(node), segments: runs.segments });
        break;
      }
      case 'list':
        outline.lists.push({ ordered: node.ordered === true, items: node.children.length, depth: listDepth + 1, ...at(node) });
        for (const item of node.children) for (const child of item.children as MdxNode[]) visit(child, listDepth + 1, lang);
        return;
      case 'table':
        outline.tables.push({
          rows: node.children.length,
          cells: node.children.map((row) => row.children.length),
          rowLines: node.children.map((row) => at(row).line),
          ...at(node),
        });
        for (const row of node.children) {
          let text = '';
          const segments: TextSegment[] = [];
          const cells: { start: number; end: number }[] = [];
          for (const cell of row.children) {
            const runs = readRuns(cell, lang);
            const trimmed = runs.text.trim();
            if (!trimmed) continue;
            if (text) text += ' ';
            const lead = runs.text.length - runs.text.trimStart().length;
            for (const segment of trimRuns(runs, trimmed, lead)) segments.push({ ...segment, start: segment.start + text.length });
            cells.push({ start: text.length, end: text.length + trimmed.length });
            text += trimmed;
          }
          outline.blocks.push({ kind: 'table-row', text, ...at(row), segments, cells });
        }
        break;
      case 'mdxJsxFlowElement':
        if (node.name === 'KeyPoints') outline.keyPoints = readKeyPoints(node);
        if (node.name === 'Lang') lang = getLangCode(node) ?? lang;
        break;
      case 'link':
      case 'image':
        outline.links.push({ url: node.url, image: node.type === 'image', ...at(node) });
        break;
      case 'definition':
        definitions.set(node.identifier.toUpperCase(), node.url);
        break;
      case 'linkReference':
      case 'imageReference': {
        const url = definitions.get(node.identifier.toUpperCase());
        if (url !== undefined) outline.links.push({ url, image: node.type === 'imageReference', ...at(node) });
        break;
      }
    }
    if (!('children' in node)) return;
    for (const child of node.children as MdxNode[]) {
      // Table rows were read as rows above; links inside them are still visited.
      if (node.type === 'table') visitLinks(child);
      else visit(child, listDepth, lang);
    }
  };
  const readKeyPoints = (node: Extract<MdxNode, { type: 'mdxJsxFlowElement' }>): OutlineKeyPoints => {
    const list = (node.children as MdxNode[]).find((child) => child.type === 'list');
    const points = list?.type === 'list'
      ? list.children.map((item) => {
          const links: string[] = [];
          const collect = (inner: MdxNode): void => {
            if (inner.type === 'link') links.push(inner.url);
            else if (inner.type === 'linkReference') {
              const url = definitions.get(inner.identifier.toUpperCase());
              if (url !== undefined) links.push(url);
            }
            if ('children' in inner) for (const child of inner.children as MdxNode[]) collect(child);
          };
          collect(item);
          return { text: getVisibleText(item).replace(/\s+/g, ' ').trim(), links, ...at(item) };
        })
      : [];
    return { ...at(node), points };
  };
  const visitLinks = (node: MdxNode): void => {
    if (node.type === 'link' || node.type === 'image') outline.links.push({ url: node.url, image: node.type === 'image', ...at(node) });
    if ('children' in node) for (const child of node.children as MdxNode[]) visitLinks(child);
  };

  // Definitions may follow the references that use them.
  collectDefinitions(tree, definitions);
  visit(tree, 0, undefined);
  return outline;
}

/** The language a <Lang> element gives its content, as written in its `code` attribute. */
export function getLangCode(node: MdxNode): string | undefined {
  if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
  const code = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'code')?.value;
  return typeof code === 'string' ? code : undefined;
}

interface Runs {
  text: string;
  segments: TextSegment[];
}

/** The visible text of inline content (as getVisibleText reads it) with the place of each run in the file. */
function readRuns(node: MdxNode, lang: string | undefined): Runs {
  const runs: Runs = { text: '', segments: [] };
  const walk = (inner: MdxNode, innerLang: string | undefined): void => {
    switch (inner.type) {
      case 'text':
      case 'inlineCode': {
        const start = inner.position?.start;
        runs.segments.push({
          start: runs.text.length,
          line: start?.line ?? 1,
          // The value of `code` starts after its opening backtick.
          column: (start?.column ?? 1) + (inner.type === 'inlineCode' ? 1 : 0),
          ...(innerLang ? { lang: innerLang } : {}),
          ...(inner.type === 'inlineCode' ? { code: true } : {}),
        });
        runs.text += inner.value;
        return;
      }
      case 'break':
        runs.text += '\n';
        return;
      case 'image':
      case 'imageReference':
        return;
      default:
        if (!('children' in inner)) return;
        for (const child of inner.children as MdxNode[]) walk(child, inner.type === 'mdxJsxTextElement' && inner.name === 'Lang' ? (getLangCode(inner) ?? innerLang) : innerLang);
    }
  };
  walk(node, lang);
  return runs;
}

/**
 * The runs of `runs` re-based onto `text`, a copy of `runs.text` with white space trimmed (and, for
 * headings, collapsed): `lead` characters were cut from its start. Runs are kept as long as their
 * offsets still point into the text; a collapsed heading loses at most a few columns of precision.
 */
function trimRuns(runs: Runs, text: string, lead = runs.text.length - runs.text.trimStart().length): TextSegment[] {
  return runs.segments
    .map((segment) => ({ ...segment, start: Math.max(0, segment.start - lead) }))
    .filter((segment) => segment.start <= text.length);
}

/**
 * The line and column in the file of the character at `offset` in a block's text. `lines` are the
 * file's lines; a soft line break inside a run continues on the next line after its indentation.
 */
export function locateInBlock(block: OutlineBlock, offset: number, lines: readonly string[]): { line: number; column: number } {
  let segment: TextSegment | undefined;
  for (const candidate of block.segments) {
    if (candidate.start <= offset) segment = candidate;
    else break;
  }
  if (!segment) return { line: block.line, column: block.column };
  const before = block.text.slice(segment.start, offset);
  const breaks = before.split('\n');
  if (breaks.length === 1) return { line: segment.line, column: segment.column + before.length };
  const line = segment.line + breaks.length - 1;
  const indent = /^[\s>]*/.exec(lines[line - 1] ?? '')?.[0].length ?? 0;
  return { line, column: indent + 1 + breaks[breaks.length - 1].length };
}

function collectDefinitions(node: MdxNode, definitions: Map<string, string>): void {
  if (node.type === 'definition') definitions.set(node.identifier.toUpperCase(), node.url);
  if ('children' in node) for (const child of node.children as MdxNode[]) collectDefinitions(child, definitions);
}

/** The text of inline content as a reader sees it: link text but not addresses, no images. */
export function getVisibleText(node: MdxNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return '';
    default:
      return 'children' in node ? (node.children as MdxNode[]).map((child) => getVisibleText(child)).join('') : '';
  }
}
