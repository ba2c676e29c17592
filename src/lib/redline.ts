// Turns the diff of two notice versions into the document a redline page shows: each changed section
// under its heading, paragraphs with their formatting, lists as (nested) lists, tables as tables with
// their header row, changed cells marked, and unchanged passages grouped so a page can fold them away.

import type { NoticeText } from './content.ts';
import {
  diffBlocks,
  sliceRuns,
  type Block,
  type BlockChange,
  type DiffSection,
  type InlineRun,
  type LinkKind,
  type NoticeDiff,
  type WordChange,
} from './diff/index.ts';

export type ChangeKind = 'equal' | 'insert' | 'delete' | 'modify' | 'move';

export type RedlineMark = { type: 'strong' | 'emphasis' | 'delete' | 'code' } | { type: 'link'; href: string };

export interface RedlineRun {
  text: string;
  /** Outermost first. */
  marks: RedlineMark[];
}

/** A stretch of inline content that is unchanged, added or removed. */
export interface RedlineSegment {
  change: 'equal' | 'insert' | 'delete';
  runs: RedlineRun[];
}

export interface RedlineCell {
  content: RedlineSegment[];
  /** Whether this cell's text changed (always true in an added or removed row). */
  changed: boolean;
  /** The column's header text, which labels the cell where a narrow screen stacks the table. */
  label: string;
}

export interface RedlineRow {
  change: ChangeKind;
  cells: RedlineCell[];
}

export interface RedlineListItem {
  change: ChangeKind;
  /** The item's number in an ordered list. */
  number?: number;
  content: RedlineSegment[];
  /** Lists nested in this item. */
  lists: RedlineList[];
}

export interface RedlineList {
  kind: 'list';
  ordered: boolean;
  items: RedlineListItem[];
}

export type BlockElement = 'paragraph' | 'rule' | 'quote' | 'callout' | 'code';

export type RedlineNode =
  | { kind: 'heading'; depth: number; change: ChangeKind; content: RedlineSegment[] }
  | { kind: 'block'; element: BlockElement; change: ChangeKind; content: RedlineSegment[] }
  | RedlineList
  | { kind: 'table'; head: RedlineRow[]; body: RedlineRow[] }
  /** Unchanged passages in a row: `count` of them (a paragraph, a whole list or a whole table is one). */
  | { kind: 'unchanged'; count: number; nodes: RedlineNode[] };

export type SectionStatus = 'changed' | 'added' | 'removed' | 'unchanged';

export interface RedlineSection {
  /** The section's id on the redline page. */
  anchor: string;
  /** The heading's anchor in the notice; undefined for the introduction before the first H2. */
  id?: string;
  /** Plain heading text; empty for the introduction. */
  title: string;
  status: SectionStatus;
  /** Whether the whole section now stands elsewhere in the notice. */
  moved: boolean;
  /** How many blocks (paragraphs, list items, table rows, headings) were added, removed, edited or moved. */
  changes: number;
  /** The H2 with its own change; undefined for the introduction. */
  heading?: { change: ChangeKind; content: RedlineSegment[] };
  nodes: RedlineNode[];
}

export interface RedlineView {
  diff: NoticeDiff;
  sections: RedlineSection[];
}

export interface RedlineOptions {
  locale: string;
  /** The address a link of the notice gets on the redline page, from the version it comes from. */
  resolveLink(href: string, kind: LinkKind, side: 'before' | 'after'): string;
}

/** Blocks of a text, compiled once with the rest of the text. */
export function getTextBlocks(text: NoticeText): Block[] {
  return text.compiled.blocks;
}

export function buildRedline(from: NoticeText, to: NoticeText, options: RedlineOptions): RedlineView {
  const diff = diffBlocks(getTextBlocks(from), getTextBlocks(to), options.locale);
  return { diff, sections: diff.sections.map((section) => buildSection(section, options)) };
}

/** The id of a section on the redline page; heading anchors never appear there, so none can clash. */
export function getSectionAnchor(id: string | undefined): string {
  return id === undefined ? 'changes' : `changes-${id}`;
}

function buildSection(section: DiffSection, options: RedlineOptions): RedlineSection {
  const [first, ...rest] = section.changes;
  const ownHeading = first && isOwnHeading(first, section) ? first : undefined;
  const body = ownHeading ? rest : section.changes;
  const changes = section.changes.filter((change) => change.type !== 'equal').length;
  const headingChange = ownHeading ? toChangeKind(ownHeading) : undefined;
  const status: SectionStatus =
    headingChange === 'insert' ? 'added' : headingChange === 'delete' ? 'removed' : section.changed ? 'changed' : 'unchanged';
  const isOnlyMoved = section.moved && !body.some((change) => change.type !== 'equal');
  const items = body.map((change) => toItems(change, options)).flat();
  const units = groupUnits(items);
  const nodes = status === 'unchanged' || isOnlyMoved ? [foldAll(units)] : foldUnchanged(units);
  return {
    anchor: getSectionAnchor(section.id),
    ...(section.id === undefined ? {} : { id: section.id }),
    title: section.title,
    status: isOnlyMoved && status === 'changed' ? 'unchanged' : status,
    moved: section.moved,
    changes,
    ...(ownHeading ? { heading: { change: headingChange!, content: getContent(ownHeading, options) } } : {}),
    nodes,
  };
}

function isOwnHeading(change: BlockChange, section: DiffSection): boolean {
  const block = getShownBlock(change);
  return block.kind === 'heading' && block.depth === 2 && block.id === section.id;
}

function getShownBlock(change: BlockChange): Block {
  return change.type === 'modify' ? change.after : change.block;
}

function toChangeKind(change: BlockChange): ChangeKind {
  return change.type;
}

/** One block as the redline shows it, before grouping into lists and tables. */
interface Item {
  block: Block;
  change: ChangeKind;
  content: RedlineSegment[];
  /** For table rows. */
  cells?: { content: RedlineSegment[]; changed: boolean }[];
}

function toItems(change: BlockChange, options: RedlineOptions): Item[] {
  const block = getShownBlock(change);
  if (block.kind !== 'table-row') return [{ block, change: change.type, content: getContent(change, options) }];
  const whole = (row: Block, kind: 'equal' | 'insert' | 'delete', side: 'before' | 'after', shown: ChangeKind): Item => ({
    block: row,
    change: shown,
    content: [],
    cells: (row.kind === 'table-row' ? row.cellRuns : []).map((runs) => ({
      content: segment(kind, runs, options, side),
      changed: kind !== 'equal',
    })),
  });
  switch (change.type) {
    case 'equal':
      return [whole(change.block, 'equal', 'after', 'equal')];
    case 'move':
      return [whole(change.block, 'equal', 'after', 'move')];
    case 'insert':
      return [whole(change.block, 'insert', 'after', 'insert')];
    case 'delete':
      return [whole(change.block, 'delete', 'before', 'delete')];
    case 'modify': {
      const { before, after, cells } = change;
      if (!cells || before.kind !== 'table-row' || after.kind !== 'table-row') {
        // The columns changed: the old row is shown removed and the new one added.
        return [whole(before, 'delete', 'before', 'delete'), whole(after, 'insert', 'after', 'insert')];
      }
      return [
        {
          block: after,
          change: 'modify',
          content: [],
          cells: cells.map((words, index) => ({
            content: projectWords(words, before.cellRuns[index] ?? [], after.cellRuns[index] ?? [], options),
            changed: words.some((part) => part.type !== 'equal'),
          })),
        },
      ];
    }
  }
}

function getContent(change: BlockChange, options: RedlineOptions): RedlineSegment[] {
  switch (change.type) {
    case 'equal':
    case 'move':
      return segment('equal', change.block.runs, options, 'after');
    case 'insert':
      return segment('insert', change.block.runs, options, 'after');
    case 'delete':
      return segment('delete', change.block.runs, options, 'before');
    case 'modify':
      return projectWords(change.words, change.before.runs, change.after.runs, options);
  }
}

function segment(change: RedlineSegment['change'], runs: readonly InlineRun[], options: RedlineOptions, side: 'before' | 'after'): RedlineSegment[] {
  return runs.length ? [{ change, runs: runs.map((run) => toRedlineRun(run, options, side)) }] : [];
}

/** Lays a word diff of two texts over their runs: unchanged and added words keep the new formatting, removed words the old. */
function projectWords(
  words: readonly WordChange[],
  before: readonly InlineRun[],
  after: readonly InlineRun[],
  options: RedlineOptions,
): RedlineSegment[] {
  const segments: RedlineSegment[] = [];
  let inBefore = 0;
  let inAfter = 0;
  const push = (change: RedlineSegment['change'], runs: InlineRun[], side: 'before' | 'after') => {
    if (!runs.length) return;
    const converted = runs.map((run) => toRedlineRun(run, options, side));
    const last = segments.at(-1);
    if (last && last.change === change) last.runs.push(...converted);
    else segments.push({ change, runs: converted });
  };
  for (const part of words) {
    const length = part.text.length;
    if (part.type === 'delete') {
      push('delete', sliceRuns(before, inBefore, inBefore + length), 'before');
      inBefore += length;
      continue;
    }
    push(part.type, sliceRuns(after, inAfter, inAfter + length), 'after');
    inAfter += length;
    if (part.type === 'equal') inBefore += (part.before ?? part.text).length;
  }
  return segments;
}

function toRedlineRun(run: InlineRun, options: RedlineOptions, side: 'before' | 'after'): RedlineRun {
  return {
    text: run.text,
    marks: (run.marks ?? []).map((mark): RedlineMark =>
      mark.type === 'link' ? { type: 'link', href: options.resolveLink(mark.href, mark.kind, side) } : { type: mark.type },
    ),
  };
}

/** A paragraph-like block, a whole list or a whole table: what the redline shows or folds as one. */
interface Unit {
  /** One node, or two lists where an ordered list meets an unordered one. */
  nodes: RedlineNode[];
  changed: boolean;
  /** Set for headings, whose depth decides which changes they introduce. */
  headingDepth?: number;
}

function groupUnits(items: Item[]): Unit[] {
  const units: Unit[] = [];
  let index = 0;
  while (index < items.length) {
    const item = items[index];
    if (item.block.kind === 'list-item') {
      const run: Item[] = [];
      while (index < items.length && items[index].block.kind === 'list-item') run.push(items[index++]);
      units.push({ nodes: buildLists(run), changed: run.some((entry) => entry.change !== 'equal') });
      continue;
    }
    if (item.block.kind === 'table-row') {
      const run: Item[] = [];
      while (index < items.length && items[index].block.kind === 'table-row') {
        const next = items[index];
        // A header row after body rows starts the next table.
        if (isHeaderRow(next) && run.some((entry) => !isHeaderRow(entry))) break;
        run.push(next);
        index += 1;
      }
      units.push({ nodes: [buildTable(run)], changed: run.some((entry) => entry.change !== 'equal') });
      continue;
    }
    index += 1;
    if (item.block.kind === 'heading') {
      units.push({
        nodes: [{ kind: 'heading', depth: item.block.depth, change: item.change, content: item.content }],
        changed: item.change !== 'equal',
        headingDepth: item.block.depth,
      });
      continue;
    }
    const element: BlockElement = item.block.kind === 'other' && item.block.element !== 'text' ? item.block.element : 'paragraph';
    units.push({ nodes: [{ kind: 'block', element, change: item.change, content: item.content }], changed: item.change !== 'equal' });
  }
  return units;
}

function isHeaderRow(item: Item): boolean {
  return item.block.kind === 'table-row' && item.block.header;
}

function buildTable(rows: Item[]): RedlineNode {
  const head = rows.filter(isHeaderRow);
  const body = rows.filter((row) => !isHeaderRow(row));
  const labelRow = head.find((row) => row.change !== 'delete') ?? head[0];
  const labels = labelRow?.block.kind === 'table-row' ? labelRow.block.cells : [];
  const toRow = (item: Item): RedlineRow => ({
    change: item.change,
    cells: (item.cells ?? []).map((cell, index) => ({ ...cell, label: labels[index] ?? '' })),
  });
  return { kind: 'table', head: head.map(toRow), body: body.map(toRow) };
}

function buildLists(items: Item[]): RedlineList[] {
  const outer: RedlineList[] = [];
  // The open list at each depth, outermost first.
  const stack: RedlineList[] = [];
  for (const item of items) {
    if (item.block.kind !== 'list-item') continue;
    const { ordered, number } = item.block;
    const depth = Math.min(item.block.depth, stack.length + 1);
    stack.length = depth;
    let list = stack[depth - 1];
    if (!list || list.ordered !== ordered) {
      list = { kind: 'list', ordered, items: [] };
      const parent = stack[depth - 2]?.items.at(-1);
      if (parent) parent.lists.push(list);
      else outer.push(list);
      stack[depth - 1] = list;
    }
    list.items.push({ change: item.change, ...(number === undefined ? {} : { number }), content: item.content, lists: [] });
  }
  return outer;
}

// An unchanged heading stays in view when a change follows it within its part of the section, so
// each change is read under its H2 and H3; every other unchanged run folds into one group.
function foldUnchanged(units: Unit[]): RedlineNode[] {
  const nodes: RedlineNode[] = [];
  let folded: Unit[] = [];
  const flush = () => {
    if (folded.length) nodes.push(foldAll(folded));
    folded = [];
  };
  units.forEach((unit, index) => {
    const keep = unit.changed || (unit.headingDepth !== undefined && introducesChange(units, index, unit.headingDepth));
    if (!keep) {
      folded.push(unit);
      return;
    }
    flush();
    nodes.push(...unit.nodes);
  });
  flush();
  return nodes;
}

function introducesChange(units: Unit[], index: number, depth: number): boolean {
  for (const unit of units.slice(index + 1)) {
    if (unit.headingDepth !== undefined && unit.headingDepth <= depth) return false;
    if (unit.changed) return true;
  }
  return false;
}

function foldAll(units: Unit[]): RedlineNode {
  return { kind: 'unchanged', count: units.length, nodes: units.flatMap((unit) => unit.nodes) };
}
