// The redline diff engine's public API: extract blocks from a notice, diff two versions, format the result.

export { getBlockKey, getDiffBlocks } from './blocks.ts';
export type { Block, BlockKind, HeadingBlock, ListItemBlock, OtherBlock, ParagraphBlock, TableRowBlock } from './blocks.ts';
export { getInlineRuns, getRunsText, isSameMark, sliceRuns } from './inline.ts';
export type { InlineMark, InlineRun, LinkKind } from './inline.ts';
export { diffBlocks } from './diff-blocks.ts';
export type { BlockChange, DiffSection, DiffStats, NoticeDiff } from './diff-blocks.ts';
export { formatDiffForTerminal } from './terminal.ts';
export type { TerminalOptions } from './terminal.ts';
export { countWords, diffWords, diffWordsCounted, segmentWords, tokenizeWords } from './words.ts';
export type { WordChange, WordDiff, WordToken } from './words.ts';
