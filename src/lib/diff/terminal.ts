// Renders a notice diff as a plain-text redline for editors, coloured with ANSI codes when the output is a terminal.

import type { Block, BlockKind } from './blocks.ts';
import type { BlockChange, DiffSection, NoticeDiff } from './diff-blocks.ts';
import type { WordChange } from './words.ts';

export interface TerminalOptions {
  color: boolean;
  title?: string;
}

interface Style {
  deleted(text: string): string;
  inserted(text: string): string;
  moved(text: string): string;
  heading(text: string): string;
  muted(text: string): string;
}

const UNCHANGED_NOUNS: Record<BlockKind, [string, string]> = {
  heading: ['heading', 'headings'],
  paragraph: ['paragraph', 'paragraphs'],
  'list-item': ['list item', 'list items'],
  'table-row': ['table row', 'table rows'],
  other: ['block', 'blocks'],
};

export function formatDiffForTerminal(diff: NoticeDiff, options: TerminalOptions): string {
  const style = createStyle(options.color);
  const lines: string[] = [];
  if (options.title) lines.push(style.heading(`Redline: ${options.title}`));
  if (diff.identical) {
    lines.push('No changes.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(style.muted(formatStats(diff)));
  const titles = new Map(diff.sections.map((section) => [section.id, section.title]));
  for (const section of diff.sections) {
    if (!section.changed && !section.moved) continue;
    lines.push('');
    lines.push(...formatSection(section, titles, style));
  }
  return `${lines.join('\n')}\n`;
}

function formatStats(diff: NoticeDiff): string {
  const { sectionsChanged, wordsAdded, wordsRemoved, blocksChanged } = diff.stats;
  return [
    countNoun(sectionsChanged, 'section', 'sections') + ' changed',
    countNoun(wordsAdded, 'word', 'words') + ' added',
    countNoun(wordsRemoved, 'word', 'words') + ' removed',
    countNoun(blocksChanged, 'block', 'blocks') + ' changed',
  ].join(', ');
}

function formatSection(section: DiffSection, titles: Map<string | undefined, string>, style: Style): string[] {
  const lines: string[] = [];
  const [first, ...rest] = section.changes;
  const ownHeading = first && isOwnHeading(first, section) ? first : undefined;
  const body = ownHeading ? rest : section.changes;
  if (section.moved) lines.push(style.moved(`↕ moved: ${section.title}`));
  else if (ownHeading) lines.push(formatChange(ownHeading, titles, style, ''));
  else lines.push(style.heading(section.id === undefined ? '(before the first heading)' : `## ${section.title}`));
  if (section.moved && !section.changed) return lines;
  let unchanged: Block[] = [];
  const flushUnchanged = (): void => {
    if (unchanged.length > 0) lines.push(style.muted(`  … ${describeUnchanged(unchanged)}`));
    unchanged = [];
  };
  // An unchanged subsection heading stays visible when something under it changed, so the reader knows where they are.
  const touchedSubsections = new Set(
    body.filter((change) => change.type !== 'equal').map((change) => (change.type === 'modify' ? change.after : change.block).subsection),
  );
  for (const change of body) {
    const isContext = change.type === 'equal' && change.block.kind === 'heading' && touchedSubsections.has(change.block.subsection);
    if (change.type === 'equal' && !isContext) {
      unchanged.push(change.block);
      continue;
    }
    flushUnchanged();
    lines.push(formatChange(change, titles, style, '  '));
  }
  flushUnchanged();
  return lines;
}

function isOwnHeading(change: BlockChange, section: DiffSection): boolean {
  const block = change.type === 'modify' ? change.after : change.block;
  return block.kind === 'heading' && block.depth === 2 && block.id === section.id;
}

function formatChange(change: BlockChange, titles: Map<string | undefined, string>, style: Style, indent: string): string {
  switch (change.type) {
    case 'equal': {
      const [open, close] = getAffixes(change.block);
      const line = `${indent}${open}${change.block.text}${close}`;
      return change.block.kind === 'heading' ? style.heading(line) : line;
    }
    case 'insert':
      return indent + wrapBlock(change.block, style.inserted);
    case 'delete':
      return indent + wrapBlock(change.block, style.deleted);
    case 'modify': {
      const [open, close] = getAffixes(change.after);
      return `${indent}${open}${formatWords(change.words, style)}${close}`;
    }
    case 'move': {
      const [open, close] = getAffixes(change.block);
      const origin =
        change.fromSection === change.toSection
          ? 'moved within this section'
          : `moved from ${titles.get(change.fromSection) || change.fromSection || 'the introduction'}`;
      return `${indent}${style.moved('↕')} ${open}${change.block.text}${close} ${style.moved(`(${origin})`)}`;
    }
  }
}

// Markers wrap the text only, leaving the Markdown-like prefix outside, so nested items still line up.
function wrapBlock(block: Block, mark: (text: string) => string): string {
  const [open, close] = getAffixes(block);
  return `${open}${mark(block.text)}${close}`;
}

function formatWords(words: WordChange[], style: Style): string {
  return words
    .map((part) => (part.type === 'insert' ? style.inserted(part.text) : part.type === 'delete' ? style.deleted(part.text) : part.text))
    .join('');
}

/** Markdown-like text before and after a block's text, so editors recognise headings, items and rows. */
function getAffixes(block: Block): [string, string] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.depth)} `, ''];
    case 'list-item':
      return [`${'  '.repeat(block.depth - 1)}${block.ordered ? `${block.number ?? 1}.` : '-'} `, ''];
    case 'table-row':
      return ['| ', ' |'];
    default:
      return ['', ''];
  }
}

function describeUnchanged(blocks: Block[]): string {
  const kind = blocks[0].kind;
  const sameKind = blocks.every((block) => block.kind === kind);
  const [singular, plural] = UNCHANGED_NOUNS[sameKind ? kind : 'other'];
  return `${blocks.length} unchanged ${blocks.length === 1 ? singular : plural}`;
}

function countNoun(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

function createStyle(color: boolean): Style {
  const paint = (open: string, close: string) => (text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  const red = paint('31', '39');
  const green = paint('32', '39');
  return {
    deleted: (text) => red(`[-${text}-]`),
    inserted: (text) => green(`{+${text}+}`),
    moved: paint('33', '39'),
    heading: paint('1', '22'),
    muted: paint('2', '22'),
  };
}
