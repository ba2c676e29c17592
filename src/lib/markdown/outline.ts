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
}

export interface Outline {
  headings: OutlineHeading[];
  /** Every `<Anchor id>`, in order; with the headings' ids, the places links may point to. */
  anchors: OutlineAnchor[];
  links: OutlineLink[];
  lists: OutlineList[];
  tables: OutlineTable[];
  blocks: OutlineBlock[];
}

/** Reads the outline off a parsed, guarded body. */
export function getOutline(tree: MdxNode, anchors: readonly HeadingAnchor[], placed: readonly PlacedAnchor[] = []): Outline {
  const ids = new Map(anchors.map((anchor) => [anchor.node as MdxNode, anchor]));
  const outline: Outline = { headings: [], anchors: [], links: [], lists: [], tables: [], blocks: [] };
  const at = (node: MdxNode) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });
  outline.anchors = placed.map((anchor) => ({ id: anchor.id, ...at(anchor.node) }));
  const definitions = new Map<string, string>();

  const visit = (node: MdxNode, listDepth: number): void => {
    switch (node.type) {
      case 'heading': {
        const anchor = ids.get(node);
        const text = getVisibleText(node).replace(/\s+/g, ' ').trim();
        outline.headings.push({ depth: node.depth, id: anchor?.id ?? '', explicit: anchor?.explicit ?? false, text, ...at(node) });
        outline.blocks.push({ kind: 'heading', text, ...at(node) });
        break;
      }
      case 'paragraph':
        outline.blocks.push({ kind: 'paragraph', text: getVisibleText(node), ...at(node) });
        break;
      case 'list':
        outline.lists.push({ ordered: node.ordered === true, items: node.children.length, depth: listDepth + 1, ...at(node) });
        for (const item of node.children) for (const child of item.children as MdxNode[]) visit(child, listDepth + 1);
        return;
      case 'table':
        outline.tables.push({
          rows: node.children.length,
          cells: node.children.map((row) => row.children.length),
          rowLines: node.children.map((row) => at(row).line),
          ...at(node),
        });
        for (const row of node.children) {
          const cells = row.children.map((cell) => getVisibleText(cell).trim());
          outline.blocks.push({ kind: 'table-row', text: cells.filter(Boolean).join(' '), ...at(row) });
        }
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
      else visit(child, listDepth);
    }
  };
  const visitLinks = (node: MdxNode): void => {
    if (node.type === 'link' || node.type === 'image') outline.links.push({ url: node.url, image: node.type === 'image', ...at(node) });
    if ('children' in node) for (const child of node.children as MdxNode[]) visitLinks(child);
  };

  // Definitions may follow the references that use them.
  collectDefinitions(tree, definitions);
  visit(tree, 0);
  return outline;
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
