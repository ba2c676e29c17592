// Parses a notice body into its syntax tree: the one parse that the guard, the renderer, the outline,
// the checks and the redlines all read. MDX syntax is parsed so that code in it can be found and
// refused, but nothing is ever compiled to JavaScript.

import type { Root, RootContent } from 'mdast';
import { mdxToMdast } from 'satteri';
import type { Problem } from '../errors.ts';
import { getLineColumn } from '../text-file.ts';

/** How many quotes, lists and components a passage may sit inside. */
export const MAX_NESTING = 10;
/** How deep the syntax tree may go, counting inline marks such as emphasis inside links. */
export const MAX_TREE_DEPTH = 64;
/**
 * The most characters one paragraph (or list item, or other run of text between blank lines) may
 * hold. Inline marks are matched across a whole paragraph, so a long paragraph of stray marks costs
 * far more to read than its size suggests; no paragraph a reader should face comes near this.
 */
export const MAX_PARAGRAPH_LENGTH = 10_000;

export type MdxNode = Root | RootContent;

export interface ParsedBody {
  tree?: Root;
  problems: Problem[];
}

const FEATURES = {
  // "{#id}" at the end of a heading sets its anchor.
  headingAttributes: true,
  // The frontmatter was split off by the notice reader; the parser never decides where it ends.
  frontmatter: false,
  gfm: { footnotes: false },
} as const;

/** Parses `body`; positions in the tree and in problems are lines of the whole file, from `bodyLine`. */
export function parseNoticeBody(body: string, bodyLine: number, file: string): ParsedBody {
  const limit = findStructureOverLimit(body);
  if (limit) {
    return { problems: [{ file, line: limit.line + bodyLine - 1, column: 1, severity: 'error', message: limit.message, fix: limit.fix }] };
  }
  let tree: Root;
  try {
    tree = mdxToMdast(body, { features: FEATURES }) as Root;
  } catch (error) {
    return { problems: [describeSyntaxError(String((error as Error).message ?? error), body, bodyLine, file)] };
  }
  const depth = shiftAndMeasure(tree, body, bodyLine - 1);
  if (depth.depth > MAX_TREE_DEPTH) {
    return {
      problems: [
        {
          file,
          line: depth.line,
          column: 1,
          severity: 'error',
          message: `the marks here (emphasis, links, lists, quotes) are nested more than ${MAX_TREE_DEPTH} levels deep`,
          fix: 'simplify the passage: no reader needs marks inside marks this many times',
        },
      ],
    };
  }
  return { tree, problems: [] };
}

interface LimitFinding {
  line: number;
  message: string;
  fix: string;
}

// A line's leading quote markers and list bullets or numbers: each opens one more level of nesting.
const CONTAINER_MARKER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
// Lines that start a new run of text: a list item, a heading or a table row (after any quote markers;
// the lines of one quoted paragraph all start with ">" but are still one paragraph).
const QUOTE_PREFIX = /^(?:[ \t]*>)+/;
const BLOCK_START = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})(?:[ \t]|$)|\|)/;

/**
 * Finds, in one pass over the lines, structures that would make the parser work far harder than the
 * text's size: deeply nested quotes and lists on one line, and overly long runs of text.
 */
export function findStructureOverLimit(body: string): LimitFinding | undefined {
  let run = 0;
  let runLine = 1;
  let line = 0;
  for (const text of body.split('\n')) {
    line += 1;
    let depth = 0;
    let rest = text;
    for (let match = CONTAINER_MARKER.exec(rest); match && match[0].length > 0; match = CONTAINER_MARKER.exec(rest)) {
      depth += 1;
      rest = rest.slice(match[0].length);
      if (depth > MAX_NESTING) {
        return {
          line,
          message: `this line opens more than ${MAX_NESTING} quotes or lists inside each other`,
          fix: 'flatten the structure: a list inside a list is fine, ten levels deep is not',
        };
      }
    }
    const unquoted = text.replace(QUOTE_PREFIX, '');
    if (unquoted.trim() === '') {
      run = 0;
      runLine = line + 1;
    } else if (BLOCK_START.test(unquoted)) {
      run = 0;
      runLine = line;
    }
    run += text.length + 1;
    if (run > MAX_PARAGRAPH_LENGTH) {
      return {
        line: runLine,
        message: `the paragraph starting here is longer than ${MAX_PARAGRAPH_LENGTH.toLocaleString('en')} characters`,
        fix: 'split it into shorter paragraphs, with a blank line between them',
      };
    }
  }
  return undefined;
}

/**
 * Moves every position from body lines to file lines, places component attributes (the parser gives
 * them no position) and finds the deepest node, without recursion.
 */
function shiftAndMeasure(tree: Root, body: string, shift: number): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  const stack: { node: MdxNode; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (node.position) {
      node.position.start.line += shift;
      node.position.end.line += shift;
    }
    if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line ?? 1 };
    if ('children' in node) for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.position) {
      let from = node.position.start.offset ?? 0;
      for (const attribute of node.attributes) {
        const name = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{';
        const offset = body.indexOf(name, from);
        if (offset === -1) continue;
        from = offset + name.length;
        const { line, column } = getLineColumn(body, offset);
        const point = { line: line + shift, column, offset };
        attribute.position = { start: point, end: point };
      }
    }
  }
  return deepest;
}

/** Turns the parser's message into one an editor can act on, pointing at the `<` or `{` that started it. */
function describeSyntaxError(raw: string, body: string, bodyLine: number, file: string): Problem {
  const parsed = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w-]+):([\w-]+)\))?$/.exec(raw.trim());
  const line = parsed ? Number(parsed[1]) : 1;
  const column = parsed ? Number(parsed[2]) : 1;
  const reason = parsed ? parsed[3] : raw;
  const lines = body.split('\n');
  const lineText = lines[line - 1] ?? '';
  const at = (col: number) => ({ file, line: line + bodyLine - 1, column: Math.max(1, col), severity: 'error' as const });
  const before = lineText.slice(0, Math.max(0, column - 1));

  if (/^ {0,3}#{1,6}[ \t]/.test(lineText) && lineText.includes('{')) {
    return {
      ...at(lineText.indexOf('{') + 1),
      message: 'the "{" in this heading cannot be read: only an anchor such as {#your-rights} may follow a heading',
      fix: 'end the heading with {#lowercase-words-and-digits} and nothing after it, or write \\{ for a brace',
    };
  }
  const comment = lineText.lastIndexOf('<!--', column) >= 0 ? lineText.lastIndexOf('<!--', column) : lineText.indexOf('<!--');
  if (comment >= 0 || /before name.*comment/.test(reason)) {
    return {
      ...at(comment + 1),
      message: 'an HTML comment ("<!-- … -->") cannot be read: notices cannot hold comments',
      fix: 'delete the comment; notes for editors belong in the pull request, not in the published text',
    };
  }
  const brace = before.lastIndexOf('{');
  if (/expression|brace/i.test(reason) || (brace >= 0 && !before.includes('<', brace))) {
    return {
      ...at((brace >= 0 ? brace : column - 1) + 1),
      message: 'this "{" cannot be read: MDX takes it for the start of a JavaScript expression',
      fix: 'write \\{ for a brace, or use words; a heading anchor {#id} goes at the very end of the heading line',
    };
  }
  const less = before.lastIndexOf('<');
  const opener = less >= 0 ? less : lineText.indexOf('<');
  if (/closing tag/i.test(reason)) {
    return {
      ...at(opener + 1),
      message: `a tag is not closed properly (${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')})`,
      fix: 'close every <Callout> with </Callout> on a line of its own, with blank lines around',
    };
  }
  if (opener >= 0 && /^<\/?[A-Za-z]/.test(lineText.slice(opener, opener + 3))) {
    return {
      ...at(opener + 1),
      message: 'the tag starting here cannot be read: a component is written <Callout type="note">, with quoted values',
      fix: 'write attribute values in quotes, e.g. <Callout type="note">; to show a less-than sign, write \\<',
    };
  }
  if (opener >= 0) {
    return {
      ...at(opener + 1),
      message: 'this "<" cannot be read: MDX takes it for the start of a component or HTML tag',
      fix: 'write \\< for a less-than sign, or use words ("less than"); write links as [text](https://…)',
    };
  }
  if (/^\s*(import|export)\b/.test(lineText)) {
    return {
      ...at(1),
      message: 'a line starting with "import" or "export" is read as code, which notices may not contain',
      fix: 'reword the line so it does not start with "import" or "export"',
    };
  }
  return {
    ...at(column),
    message: `the text cannot be read as MDX (${reason})`,
    fix: 'look for a stray "<" or "{" on this line and write it as \\< or \\{',
  };
}
