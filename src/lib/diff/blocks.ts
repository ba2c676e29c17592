// Splits a notice's Markdown body into the flat list of text blocks that the redline compares, each
// with its inline content (formatting and links), read from the same tree the page is rendered from.

import type { Nodes, Root, RootContent } from 'mdast';
import type { HeadingAnchor } from '../markdown/guard.ts';
import type { MdxNode } from '../markdown/parse.ts';
import { getInlineRuns, getRunsText, type Definitions, type InlineRun } from './inline.ts';

interface BlockBase {
  /** Plain text as a reader sees it: Markdown syntax removed, whitespace collapsed, NFC. */
  text: string;
  /** The same text with its formatting and links; joined, the runs are exactly `text`. */
  runs: InlineRun[];
  /** What alignment compares: two blocks with the same key count as the same block. */
  key: string;
  /** 1-based line in the file. */
  line: number;
  /** Anchor id of the H2 section the block is in; undefined in the introduction before the first H2. */
  section?: string;
  /** Anchor id of the H3 subsection the block is in, if any. */
  subsection?: string;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  depth: number;
  /** The explicit `{#id}` anchor, or a GitHub-style slug of the text when there is none. */
  id: string;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
}

export interface ListItemBlock extends BlockBase {
  kind: 'list-item';
  /** 1 for a top-level item, 2 for an item in a list nested in an item, and so on. */
  depth: number;
  ordered: boolean;
  /** The item's number in an ordered list. */
  number?: number;
}

export interface TableRowBlock extends BlockBase {
  kind: 'table-row';
  /** Cell texts, kept apart so a page can rebuild the table; `text` joins them with " | ". */
  cells: string[];
  /** Each cell's inline content; `runs` is empty for rows, whose content is per cell. */
  cellRuns: InlineRun[][];
  /** The first row of a table, whose cells name the columns. */
  header: boolean;
}

export interface OtherBlock extends BlockBase {
  kind: 'other';
  /** What the block is on the page, so a redline can show it as such. */
  element: 'rule' | 'quote' | 'callout' | 'code' | 'text';
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableRowBlock | OtherBlock;
export type BlockKind = Block['kind'];

interface Context {
  section?: string;
  subsection?: string;
  ids: ReadonlyMap<MdxNode, string>;
  definitions: Definitions;
  blocks: Block[];
}

type NewBlock = Block extends infer B ? (B extends Block ? Omit<B, 'key' | 'text'> : never) : never;

/** The blocks of a parsed, guarded body, in reading order; lines are lines of the whole file. */
export function getDiffBlocks(tree: Root, anchors: readonly HeadingAnchor[]): Block[] {
  const context: Context = {
    ids: new Map(anchors.map((anchor) => [anchor.node as MdxNode, anchor.id])),
    definitions: collectDefinitions(tree),
    blocks: [],
  };
  for (const node of tree.children) collectBlocks(node, context, 0);
  return context.blocks;
}

/** The key alignment compares; headings include depth and anchor because both change the page's structure and links. */
export function getBlockKey(block: Block): string {
  if (block.kind === 'heading') return `h${block.depth}#${block.id}:${block.text}`;
  return `${block.kind}:${block.text}`;
}

function collectBlocks(node: RootContent, context: Context, listDepth: number): void {
  const line = getLine(node);
  const runsOf = (nodes: readonly Nodes[]) => getInlineRuns(nodes, context.definitions);
  switch (node.type) {
    case 'heading': {
      const id = context.ids.get(node) ?? '';
      if (node.depth === 2) {
        context.section = id;
        context.subsection = undefined;
      } else if (node.depth === 3) {
        context.subsection = id;
      }
      pushBlock(context, { kind: 'heading', depth: node.depth, id, runs: runsOf([node]), line });
      return;
    }
    case 'paragraph':
      pushBlock(context, { kind: 'paragraph', runs: runsOf([node]), line });
      return;
    case 'list': {
      const start = node.start ?? 1;
      node.children.forEach((item, index) => {
        const ownContent = item.children.filter((child) => child.type !== 'list');
        pushBlock(context, {
          kind: 'list-item',
          depth: listDepth + 1,
          ordered: node.ordered === true,
          ...(node.ordered ? { number: start + index } : {}),
          runs: runsOf(ownContent),
          line: getLine(item),
        });
        for (const child of item.children) {
          if (child.type === 'list') collectBlocks(child, context, listDepth + 1);
        }
      });
      return;
    }
    case 'table':
      node.children.forEach((row, index) => {
        const cellRuns = row.children.map((cell) => runsOf([cell]));
        pushBlock(context, { kind: 'table-row', cells: cellRuns.map(getRunsText), cellRuns, header: index === 0, runs: [], line: getLine(row) });
      });
      return;
    case 'thematicBreak':
      pushBlock(context, { kind: 'other', element: 'rule', runs: [{ text: '---' }], line });
      return;
    // Link reference definitions are never shown to readers, so they are not part of the text.
    case 'definition':
      return;
    // The first layer's points and a passage in another language are compared as the blocks they hold.
    case 'mdxJsxFlowElement':
      if (node.name === 'KeyPoints' || node.name === 'Lang') {
        for (const child of node.children) collectBlocks(child, context, listDepth);
        return;
      }
      if (node.name === 'Anchor') return;
      pushOther(context, node, line);
      return;
    default:
      pushOther(context, node, line);
  }
}

function pushOther(context: Context, node: RootContent, line: number): void {
  const runs = getInlineRuns([node], context.definitions);
  const element = node.type === 'blockquote' ? 'quote' : node.type === 'mdxJsxFlowElement' ? 'callout' : node.type === 'code' ? 'code' : 'text';
  if (runs.length) pushBlock(context, { kind: 'other', element, runs, line });
}

function pushBlock(context: Context, fields: NewBlock): void {
  const text = fields.kind === 'table-row' ? fields.cells.join(' | ') : getRunsText(fields.runs);
  const block = { ...fields, text, key: '' } as Block;
  if (context.section !== undefined) block.section = context.section;
  if (context.subsection !== undefined) block.subsection = context.subsection;
  block.key = getBlockKey(block);
  context.blocks.push(block);
}

function collectDefinitions(tree: Root): Map<string, string> {
  const definitions = new Map<string, string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set(node.identifier.toUpperCase(), node.url);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return definitions;
}

function getLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}
