// Aligns the blocks of two versions of a notice and describes each difference as an insertion, deletion, edit or move.

import { diffArrays } from 'diff';
import type { Block } from './blocks.ts';
import { countWords, diffWordsCounted, type WordChange } from './words.ts';

export type BlockChange =
  | { type: 'equal'; block: Block }
  | { type: 'insert'; block: Block }
  | { type: 'delete'; block: Block }
  /** `cells` is set for a table row whose columns stayed the same: one word diff per cell. */
  | { type: 'modify'; before: Block; after: Block; words: WordChange[]; cells?: WordChange[][] }
  /** `fromSection` and `toSection` are the H2 sections the block was in before and is in now. */
  | { type: 'move'; block: Block; fromSection?: string; toSection?: string };

export interface DiffSection {
  /** Anchor id of the H2 heading; undefined for the introduction before the first H2. */
  id?: string;
  /** Heading text (of the new version unless the section was deleted); empty for the introduction. */
  title: string;
  /** Whether anything inside the section was inserted, deleted, edited or moved in or out. */
  changed: boolean;
  /** Whether the whole section, heading and body, now stands elsewhere in the notice. */
  moved: boolean;
  changes: BlockChange[];
}

export interface DiffStats {
  sectionsChanged: number;
  wordsAdded: number;
  wordsRemoved: number;
  blocksChanged: number;
}

export interface NoticeDiff {
  /** Every block in the reading order of the new version, with deleted blocks where they stood. */
  changes: BlockChange[];
  sections: DiffSection[];
  stats: DiffStats;
  identical: boolean;
}

type OldRelation = 'equal' | 'delete' | 'move' | 'modify';
type NewRelation = 'equal' | 'insert' | 'move' | 'modify';

interface Gap {
  deleted: number[];
  inserted: number[];
}

type Segment = { type: 'equal'; newStart: number; count: number } | { type: 'gap'; gap: Gap };

/** How the two versions' blocks correspond; `oldPartner[i]` is the new index of old block i, or -1. */
interface Alignment {
  before: Block[];
  after: Block[];
  oldRelation: OldRelation[];
  newRelation: NewRelation[];
  oldPartner: number[];
  newPartner: number[];
  segments: Segment[];
  movedSections: Set<string>;
}

/** Blocks less alike than this are shown as a deletion and an insertion rather than an edit. */
const MIN_SIMILARITY = 0.5;
/** Above this many candidate pairs in one gap, pairing switches from exact optimisation to a greedy scan. */
const MAX_EXACT_PAIRINGS = 4096;
const GREEDY_WINDOW = 8;

export function diffBlocks(before: Block[], after: Block[], locale: string): NoticeDiff {
  const alignment = alignBlocks(before, after);
  const wordCounts = { added: 0, removed: 0 };
  const changes = assembleChanges(alignment, locale, wordCounts);
  const sections = groupSections(changes, alignment);
  const blocksChanged = changes.filter((change) => change.type !== 'equal').length;
  return {
    changes,
    sections,
    stats: {
      sectionsChanged: sections.filter((section) => section.changed || section.moved).length,
      wordsAdded: wordCounts.added,
      wordsRemoved: wordCounts.removed,
      blocksChanged,
    },
    identical: blocksChanged === 0,
  };
}

function alignBlocks(before: Block[], after: Block[]): Alignment {
  const alignment: Alignment = {
    before,
    after,
    oldRelation: before.map(() => 'delete'),
    newRelation: after.map(() => 'insert'),
    oldPartner: before.map(() => -1),
    newPartner: after.map(() => -1),
    segments: [],
    movedSections: new Set(),
  };
  alignUnchanged(alignment);
  pairMoves(alignment);
  for (const segment of alignment.segments) {
    if (segment.type === 'gap') linkEdits(alignment, findSimilarPairs(alignment, segment.gap.deleted, segment.gap.inserted));
  }
  markMovedSections(alignment);
  return alignment;
}

// The sequence alignment keeps the longest run of blocks in order; everything else falls into gaps between its anchors.
function alignUnchanged(alignment: Alignment): void {
  const { before, after, oldRelation, newRelation, segments } = alignment;
  let oldIndex = 0;
  let newIndex = 0;
  let gap: Gap | undefined;
  const result = diffArrays(
    before.map((block) => block.key),
    after.map((block) => block.key),
  );
  for (const change of result) {
    if (!change.added && !change.removed) {
      gap = undefined;
      segments.push({ type: 'equal', newStart: newIndex, count: change.count });
      for (let k = 0; k < change.count; k += 1) {
        link(alignment, oldIndex + k, newIndex + k);
        oldRelation[oldIndex + k] = 'equal';
        newRelation[newIndex + k] = 'equal';
      }
      oldIndex += change.count;
      newIndex += change.count;
      continue;
    }
    if (!gap) {
      gap = { deleted: [], inserted: [] };
      segments.push({ type: 'gap', gap });
    }
    for (let k = 0; k < change.count; k += 1) {
      if (change.removed) gap.deleted.push(oldIndex++);
      else gap.inserted.push(newIndex++);
    }
  }
}

// A block deleted in one place and inserted unchanged in another was moved, wherever the two places are.
function pairMoves(alignment: Alignment): void {
  const { before, after, oldRelation, newRelation } = alignment;
  const deletedByKey = new Map<string, number[]>();
  before.forEach((block, i) => {
    if (oldRelation[i] !== 'delete') return;
    const list = deletedByKey.get(block.key);
    if (list) list.push(i);
    else deletedByKey.set(block.key, [i]);
  });
  after.forEach((block, j) => {
    if (newRelation[j] !== 'insert') return;
    const i = deletedByKey.get(block.key)?.shift();
    if (i === undefined) return;
    link(alignment, i, j);
    oldRelation[i] = 'move';
    newRelation[j] = 'move';
  });
}

// Pairs still-unmatched deleted and inserted blocks as edits, keeping their order so pairs never cross.
function findSimilarPairs(alignment: Alignment, deleted: number[], inserted: number[]): [number, number][] {
  const { before, after, oldRelation, newRelation } = alignment;
  const olds = deleted.filter((i) => oldRelation[i] === 'delete');
  const news = inserted.filter((j) => newRelation[j] === 'insert');
  if (olds.length === 0 || news.length === 0) return [];
  const score = (i: number, j: number): number => scorePair(before[i], after[j]);
  return olds.length * news.length <= MAX_EXACT_PAIRINGS ? findBestPairs(olds, news, score) : findGreedyPairs(olds, news, score);
}

function linkEdits(alignment: Alignment, pairs: [number, number][]): void {
  for (const [i, j] of pairs) {
    link(alignment, i, j);
    alignment.oldRelation[i] = 'modify';
    alignment.newRelation[j] = 'modify';
  }
}

// Weighted longest common subsequence: the non-crossing set of pairs with the highest total similarity.
function findBestPairs(olds: number[], news: number[], score: (i: number, j: number) => number): [number, number][] {
  const rows = olds.length + 1;
  const cols = news.length + 1;
  const best = new Float64Array(rows * cols);
  for (let r = 1; r < rows; r += 1) {
    for (let c = 1; c < cols; c += 1) {
      const s = score(olds[r - 1], news[c - 1]);
      const diagonal = s > 0 ? best[(r - 1) * cols + c - 1] + s : 0;
      best[r * cols + c] = Math.max(best[(r - 1) * cols + c], best[r * cols + c - 1], diagonal);
    }
  }
  const pairs: [number, number][] = [];
  let r = rows - 1;
  let c = cols - 1;
  while (r > 0 && c > 0) {
    const here = best[r * cols + c];
    if (here === best[(r - 1) * cols + c]) r -= 1;
    else if (here === best[r * cols + c - 1]) c -= 1;
    else {
      pairs.push([olds[r - 1], news[c - 1]]);
      r -= 1;
      c -= 1;
    }
  }
  return pairs.reverse();
}

// For a large rewrite, each deleted block looks only a few inserted blocks ahead, keeping the cost linear.
function findGreedyPairs(olds: number[], news: number[], score: (i: number, j: number) => number): [number, number][] {
  const pairs: [number, number][] = [];
  let start = 0;
  for (const i of olds) {
    let bestScore = 0;
    let bestAt = -1;
    for (let c = start; c < Math.min(news.length, start + GREEDY_WINDOW); c += 1) {
      const s = score(i, news[c]);
      if (s > bestScore) {
        bestScore = s;
        bestAt = c;
      }
    }
    if (bestAt >= 0) {
      pairs.push([i, news[bestAt]]);
      start = bestAt + 1;
    }
  }
  return pairs;
}

/** 0 when two blocks must not be paired, otherwise how strongly they correspond. */
function scorePair(before: Block, after: Block): number {
  if (before.kind !== after.kind) return 0;
  const similarity = measureSimilarity(before, after);
  // A renamed heading keeps its anchor, so the anchor identifies it whatever its new wording.
  if (before.kind === 'heading' && after.kind === 'heading' && before.id === after.id) return 1 + similarity;
  return similarity >= MIN_SIMILARITY ? similarity : 0;
}

// Pairing scores every block of a gap against every other, so each block's words are counted once.
const wordBags = new WeakMap<Block, Map<string, number>>();

/**
 * The share of words two blocks have in common (Dice coefficient over word multisets). Two rows of a
 * table with the same columns are at least as alike as the share of their cells that did not change,
 * so "Account | 2 years" → "Account | 1 year" is an edit of the row, not another row.
 */
function measureSimilarity(a: Block, b: Block): number {
  const words = measureWordSimilarity(a, b);
  if (a.kind !== 'table-row' || b.kind !== 'table-row' || a.cells.length !== b.cells.length || a.cells.length === 0) return words;
  const same = a.cells.filter((cell, index) => cell === b.cells[index]).length;
  return Math.max(words, same / a.cells.length);
}

function measureWordSimilarity(a: Block, b: Block): number {
  const bagA = getWordBag(a);
  const bagB = getWordBag(b);
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const count of bagA.values()) sizeA += count;
  for (const [word, count] of bagB) {
    sizeB += count;
    common += Math.min(count, bagA.get(word) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * common) / (sizeA + sizeB);
}

// A quick letter-and-digit split is enough to judge likeness and much cheaper than the locale segmenter.
function getWordBag(block: Block): Map<string, number> {
  let bag = wordBags.get(block);
  if (bag) return bag;
  bag = new Map();
  for (const match of block.text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) bag.set(match[0], (bag.get(match[0]) ?? 0) + 1);
  wordBags.set(block, bag);
  return bag;
}

// A whole H2 section that moved is one fact for a reader; its heading stays a move and its body,
// unchanged relative to the heading, becomes equal, with edits inside it paired across the move.
function markMovedSections(alignment: Alignment): void {
  const { before, after, oldRelation, newRelation, oldPartner, newPartner, movedSections } = alignment;
  const oldBySection = groupIndexesBySection(before);
  const newBySection = groupIndexesBySection(after);
  after.forEach((heading, j) => {
    if (heading.kind !== 'heading' || heading.depth !== 2 || newRelation[j] !== 'move') return;
    const oldBody = (oldBySection.get(heading.id) ?? []).filter((i) => i !== newPartner[j]);
    const newBody = (newBySection.get(heading.id) ?? []).filter((k) => k !== j);
    const movedAlong = oldBody.filter((i) => oldRelation[i] === 'move' && after[oldPartner[i]].section === heading.id);
    const edited = findSimilarPairs(alignment, oldBody, newBody);
    // Only a heading that took most of its text with it counts as a moved section.
    if ((movedAlong.length + edited.length) * 2 < oldBody.length) return;
    movedSections.add(heading.id);
    for (const i of movedAlong) {
      oldRelation[i] = 'equal';
      newRelation[oldPartner[i]] = 'equal';
    }
    linkEdits(alignment, edited);
  });
}

function groupIndexesBySection(blocks: Block[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  blocks.forEach((block, index) => {
    if (block.section === undefined) return;
    const group = groups.get(block.section);
    if (group) group.push(index);
    else groups.set(block.section, [index]);
  });
  return groups;
}

function link(alignment: Alignment, oldIndex: number, newIndex: number): void {
  alignment.oldPartner[oldIndex] = newIndex;
  alignment.newPartner[newIndex] = oldIndex;
}

function assembleChanges(alignment: Alignment, locale: string, counts: { added: number; removed: number }): BlockChange[] {
  const { before, after, oldRelation, newRelation, newPartner } = alignment;
  const changes: BlockChange[] = [];
  const emitDeleted = (i: number): void => {
    if (oldRelation[i] !== 'delete') return;
    counts.removed += countWords(before[i].text, locale);
    changes.push({ type: 'delete', block: before[i] });
  };
  const emitInserted = (j: number): void => {
    const block = after[j];
    switch (newRelation[j]) {
      case 'equal':
        changes.push({ type: 'equal', block });
        return;
      case 'insert':
        counts.added += countWords(block.text, locale);
        changes.push({ type: 'insert', block });
        return;
      case 'move':
        changes.push({ type: 'move', block, fromSection: before[newPartner[j]].section, toSection: block.section });
        return;
      case 'modify': {
        const previous = before[newPartner[j]];
        if (previous.kind === 'table-row' && block.kind === 'table-row' && previous.cells.length === block.cells.length) {
          const cells = block.cells.map((cell, index) => diffWordsCounted(previous.cells[index], cell, locale));
          for (const cell of cells) {
            counts.added += cell.wordsAdded;
            counts.removed += cell.wordsRemoved;
          }
          // The whole row reads as its cells joined with " | ", as in the block's text.
          const words = cells.flatMap((cell, index): WordChange[] => {
            const separator: WordChange[] = index > 0 ? [{ type: 'equal', text: ' | ' }] : [];
            return [...separator, ...cell.changes];
          });
          changes.push({ type: 'modify', before: previous, after: block, words, cells: cells.map((cell) => cell.changes) });
          return;
        }
        const words = diffWordsCounted(previous.text, block.text, locale);
        counts.added += words.wordsAdded;
        counts.removed += words.wordsRemoved;
        changes.push({ type: 'modify', before: previous, after: block, words: words.changes });
      }
    }
  };
  for (const segment of alignment.segments) {
    if (segment.type === 'equal') {
      for (let k = 0; k < segment.count; k += 1) changes.push({ type: 'equal', block: after[segment.newStart + k] });
      continue;
    }
    // Edits pair blocks within the gap without crossing, so they cut it into stretches; in each
    // stretch the deletions come first, then the insertions, as a reader expects of a redline.
    const { deleted, inserted } = segment.gap;
    const inGap = new Set(deleted);
    const nextPairedOld: number[] = new Array(inserted.length);
    let upcoming = Infinity;
    for (let p = inserted.length - 1; p >= 0; p -= 1) {
      const j = inserted[p];
      if (newRelation[j] === 'modify' && inGap.has(newPartner[j])) upcoming = newPartner[j];
      nextPairedOld[p] = upcoming;
    }
    let next = 0;
    inserted.forEach((j, p) => {
      while (next < deleted.length && deleted[next] < nextPairedOld[p]) emitDeleted(deleted[next++]);
      emitInserted(j);
    });
    while (next < deleted.length) emitDeleted(deleted[next++]);
  }
  return changes;
}

function groupSections(changes: BlockChange[], alignment: Alignment): DiffSection[] {
  const titles = new Map<string, string>();
  for (const block of alignment.before) if (block.kind === 'heading' && block.depth === 2) titles.set(block.id, block.text);
  for (const block of alignment.after) if (block.kind === 'heading' && block.depth === 2) titles.set(block.id, block.text);
  const sections = new Map<string | undefined, DiffSection>();
  for (const change of changes) {
    const block = change.type === 'modify' ? change.after : change.block;
    const id = block.section;
    let section = sections.get(id);
    if (!section) {
      const fields = { changed: false, moved: false, changes: [] };
      section = id === undefined ? { title: '', ...fields } : { id, title: titles.get(id) ?? id, ...fields };
      sections.set(id, section);
    }
    section.changes.push(change);
    const isOwnHeadingMove =
      change.type === 'move' && block.kind === 'heading' && block.depth === 2 && alignment.movedSections.has(block.id);
    if (isOwnHeadingMove) section.moved = true;
    else if (change.type !== 'equal') section.changed = true;
  }
  return [...sections.values()];
}
