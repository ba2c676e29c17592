// Splits a notice's Markdown body into the flat list of text blocks that the redline compares.

import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { HeadingAnchor } from '../markdown/guard.ts';
import type { MdxNode } from '../markdown/parse.ts';

interface BlockBase {
  /** Plain text as a reader sees it: Markdown syntax removed, whitespace collapsed, NFC. */
  text: string;
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
  header: boolean;
}

export interface OtherBlock extends BlockBase {
  kind: 'other';
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableRowBlock | OtherBlock;
export type BlockKind = Block['kind'];

interface Context {
  section?: string;
  subsection?: string;
  ids: ReadonlyMap<MdxNode, string>;
  blocks: Block[];
}

const FLOW_CONTAINERS = new Set(['blockquote', 'listItem', 'list', 'table', 'tableRow', 'mdxJsxFlowElement']);

/** The blocks of a parsed, guarded body, in reading order; lines are lines of the whole file. */
export function getDiffBlocks(tree: Root, anchors: readonly HeadingAnchor[]): Block[] {
  const context: Context = { ids: new Map(anchors.map((anchor) => [anchor.node as MdxNode, anchor.id])), blocks: [] };
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
  switch (node.type) {
    case 'heading': {
      const text = normaliseText(getInlineText(node));
      const id = context.ids.get(node) ?? '';
      if (node.depth === 2) {
        context.section = id;
        context.subsection = undefined;
      } else if (node.depth === 3) {
        context.subsection = id;
      }
      pushBlock(context, { kind: 'heading', depth: node.depth, id, text, key: '', line });
      return;
    }
    case 'paragraph':
      pushBlock(context, { kind: 'paragraph', text: normaliseText(getInlineText(node)), key: '', line });
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
          text: normaliseText(ownContent.map(getInlineText).join(' ')),
          key: '',
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
        const cells = row.children.map((cell) => normaliseText(getInlineText(cell)));
        pushBlock(context, {
          kind: 'table-row',
          cells,
          header: index === 0,
          text: cells.join(' | '),
          key: '',
          line: getLine(row),
        });
      });
      return;
    case 'thematicBreak':
      pushBlock(context, { kind: 'other', text: '---', key: '', line });
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
      break;
  }
  const text = normaliseText(getInlineText(node));
  if (text) pushBlock(context, { kind: 'other', text, key: '', line });
}

function pushBlock(context: Context, block: Block): void {
  if (context.section !== undefined) block.section = context.section;
  if (context.subsection !== undefined) block.subsection = context.subsection;
  block.key = getBlockKey(block);
  context.blocks.push(block);
}

// mdast-util-to-string glues paragraphs and hard-broken lines together, merging the words on either side.
function getInlineText(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if ('children' in node) {
    const separator = FLOW_CONTAINERS.has(node.type) ? ' ' : '';
    return node.children.map((child) => getInlineText(child)).join(separator);
  }
  return toString(node);
}

function getLine(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

