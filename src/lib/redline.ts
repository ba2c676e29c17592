// Turns the diff of two notice versions into what a redline page shows: a summary, jump links,
// changed sections with numbered changes, and one-line markers for everything unchanged or moved.

import type { NoticeText } from './content.ts';
import { diffBlocks, type Block, type BlockChange, type NoticeDiff, type WordChange } from './diff/index.ts';

export type RedlineEntry =
  | { kind: 'unchanged'; count: number }
  | { kind: 'insert' | 'delete' | 'move'; id: string; block: Block }
  | { kind: 'modify'; id: string; block: Block; words: WordChange[] };

export type RedlineItem =
  | { kind: 'unchanged-section' | 'moved-section'; title: string }
  | { kind: 'section'; title: string; entries: RedlineEntry[] };

export interface RedlineView {
  diff: NoticeDiff;
  items: RedlineItem[];
  /** Jump links to every change, grouped by section in reading order; `section` is empty for the introduction. */
  jumps: { section: string; ids: string[] }[];
}

/** Blocks of a text, compiled once with the rest of the text. */
export function getTextBlocks(text: NoticeText): Block[] {
  return text.compiled.blocks;
}

export function buildRedline(from: NoticeText, to: NoticeText, locale: string): RedlineView {
  const diff = diffBlocks(getTextBlocks(from), getTextBlocks(to), locale);
  const jumps: RedlineView['jumps'] = [];
  let changeCount = 0;
  const items = diff.sections.map((section): RedlineItem => {
    const title = section.title;
    if (section.moved && !hasEdits(section.changes)) return { kind: 'moved-section', title };
    if (!section.changed) return { kind: 'unchanged-section', title };
    const entries: RedlineEntry[] = [];
    for (const change of section.changes) {
      if (change.type === 'equal') {
        const last = entries.at(-1);
        if (last?.kind === 'unchanged') last.count += 1;
        else entries.push({ kind: 'unchanged', count: 1 });
        continue;
      }
      const id = `change-${++changeCount}`;
      const group = jumps.at(-1);
      if (group && group.section === title) group.ids.push(id);
      else jumps.push({ section: title, ids: [id] });
      entries.push(toEntry(change, id));
    }
    return { kind: 'section', title, entries };
  });
  return { diff, items, jumps };
}

function hasEdits(changes: readonly BlockChange[]): boolean {
  return changes.some((change) => change.type !== 'equal' && change.type !== 'move');
}

function toEntry(change: Exclude<BlockChange, { type: 'equal' }>, id: string): RedlineEntry {
  switch (change.type) {
    case 'modify':
      return { kind: 'modify', id, block: change.after, words: change.words };
    default:
      return { kind: change.type, id, block: change.block };
  }
}

/** The marker a block carries in a redline so readers see what kind of text it was. */
export function getBlockPrefix(block: Block): string {
  if (block.kind === 'list-item') return block.ordered ? `${block.number ?? 1}. ` : '• ';
  return '';
}
