// The inline content of a redline block as plain data: runs of text, each with the formatting and link
// it has in the notice, so a redline can keep bold lead-ins, emphasis and links inside <ins> and <del>.

import type { Nodes } from 'mdast';
import { readLink } from '../urls.ts';

/**
 * Where a link goes: `site` paths are written without a language (`/cookie-notice/`) and get the
 * reader's; `fragment` links (`#your-rights`) point into the notice the block comes from.
 */
export type LinkKind = 'site' | 'fragment' | 'other';

export type InlineMark =
  | { type: 'strong' | 'emphasis' | 'delete' | 'code' }
  | { type: 'link'; href: string; kind: LinkKind };

export interface InlineRun {
  text: string;
  /** Outermost first; absent for plain text, so cached blocks stay small. */
  marks?: InlineMark[];
}

/** Link reference definitions by upper-cased identifier, as the renderer resolves them. */
export type Definitions = ReadonlyMap<string, string>;

/**
 * The runs of inline content, whitespace collapsed across runs and trimmed, NFC-normalised: joined,
 * they are exactly the block's plain text, so word-diff offsets in the text are offsets in the runs.
 */
export function getInlineRuns(nodes: readonly Nodes[], definitions: Definitions, separator = ' '): InlineRun[] {
  const raw: InlineRun[] = [];
  nodes.forEach((node, index) => {
    if (index > 0) raw.push({ text: separator });
    collectRuns(node, [], definitions, raw);
  });
  return normaliseRuns(raw);
}

export function getRunsText(runs: readonly InlineRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** The runs covering characters [start, end) of their joined text, cut where needed. */
export function sliceRuns(runs: readonly InlineRun[], start: number, end: number): InlineRun[] {
  const result: InlineRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const runEnd = offset + run.text.length;
    const from = Math.max(start, offset);
    const to = Math.min(end, runEnd);
    if (from < to) result.push(withText(run, run.text.slice(from - offset, to - offset)));
    offset = runEnd;
    if (offset >= end) break;
  }
  return result;
}

/** Whether two marks are the same formatting or the same link. */
export function isSameMark(a: InlineMark, b: InlineMark): boolean {
  if (a.type !== b.type) return false;
  return a.type !== 'link' || (b.type === 'link' && a.href === b.href);
}

function collectRuns(node: Nodes, marks: InlineMark[], definitions: Definitions, out: InlineRun[]): void {
  switch (node.type) {
    case 'text':
      out.push(withMarks(node.value, marks));
      return;
    case 'inlineCode':
      out.push(withMarks(node.value, [...marks, { type: 'code' }]));
      return;
    case 'break':
      out.push(withMarks(' ', marks));
      return;
    // Images count by their description, as in the text the checks read.
    case 'image':
    case 'imageReference':
      if (node.alt) out.push(withMarks(node.alt, marks));
      return;
    case 'strong':
    case 'emphasis':
    case 'delete':
      for (const child of node.children) collectRuns(child, [...marks, { type: node.type }], definitions, out);
      return;
    case 'link':
    case 'linkReference': {
      const url = node.type === 'link' ? node.url : definitions.get(node.identifier.toUpperCase());
      const link = url === undefined ? undefined : toLinkMark(url);
      const inner = link ? [...marks, link] : marks;
      for (const child of node.children) collectRuns(child, inner, definitions, out);
      return;
    }
    case 'definition':
      return;
    default:
      // Block containers and allowed components: their text, separated like blocks.
      if ('children' in node) {
        node.children.forEach((child, index) => {
          if (index > 0 && !isInline(child)) out.push({ text: ' ' });
          collectRuns(child as Nodes, marks, definitions, out);
        });
      } else if ('value' in node && typeof node.value === 'string') {
        out.push(withMarks(node.value, marks));
      }
  }
}

function isInline(node: { type: string }): boolean {
  return !['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'tableCell', 'code', 'mdxJsxFlowElement'].includes(node.type);
}

// An address the allow-list refuses never becomes a link, even in a text that fails the check.
function toLinkMark(url: string): InlineMark | undefined {
  const target = readLink(url);
  switch (target.kind) {
    case 'refused':
      return undefined;
    case 'site':
      return { type: 'link', href: target.href, kind: 'site' };
    case 'fragment':
      return { type: 'link', href: target.href, kind: 'fragment' };
    default:
      return { type: 'link', href: target.href, kind: 'other' };
  }
}

function withMarks(text: string, marks: InlineMark[]): InlineRun {
  return marks.length ? { text, marks } : { text };
}

function withText(run: InlineRun, text: string): InlineRun {
  return run.marks ? { text, marks: run.marks } : { text };
}

function normaliseRuns(raw: InlineRun[]): InlineRun[] {
  const runs: InlineRun[] = [];
  let endsWithSpace = true;
  for (const run of raw) {
    let text = run.text.normalize('NFC').replace(/\s+/g, ' ');
    if (endsWithSpace && text.startsWith(' ')) text = text.slice(1);
    if (!text) continue;
    endsWithSpace = text.endsWith(' ');
    const last = runs.at(-1);
    if (last && sameMarks(last.marks, run.marks)) last.text += text;
    else runs.push(withText(run, text));
  }
  // Trailing spaces may span several runs once empty ones are gone.
  while (runs.length) {
    const last = runs[runs.length - 1];
    last.text = last.text.replace(/ $/, '');
    if (last.text) break;
    runs.pop();
  }
  return runs;
}

function sameMarks(a: readonly InlineMark[] | undefined, b: readonly InlineMark[] | undefined): boolean {
  const left = a ?? [];
  const right = b ?? [];
  return left.length === right.length && left.every((mark, index) => isSameMark(mark, right[index]));
}
