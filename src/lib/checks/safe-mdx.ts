// Notice MDX is content, not code: this finds everything in a text that could run code or escape the allow-list.

import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import { blankHeadingAnchors } from '../markdown/outline.ts';

/** A text to check; a loaded NoticeText fits. */
export interface MdxSource {
  file: string;
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
}

/** The components notice texts may use, with the values each attribute may take. */
export const ALLOWED_COMPONENTS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Callout: { type: ['note', 'important'] },
};

/** The MDX syntax tree as far as this check reads it; mdast plus the MDX node types. */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: MdxNode[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

interface MdxParseError {
  reason?: string;
  line?: number;
  column?: number;
  source?: string;
  ruleId?: string;
  place?: { offset?: number; line?: number; column?: number } | { start: { offset?: number; line: number; column: number } };
}

const UNSAFE_SCHEME = /^(javascript|data|vbscript):/;

const EMBEDDING = new Set(['iframe', 'object', 'embed', 'frame', 'frameset']);

// One frozen processor serves every call; building it is the expensive part.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** Checks every text of every version. */
export function checkSafeMdx(site: Site): Problem[] {
  return site.notices.flatMap((notice) =>
    notice.versions.flatMap((version) => Object.values(version.texts).flatMap((text) => checkTextSafety(text))),
  );
}

/** Checks one text: its MDX syntax, then every node that could run code or is not on the allow-list. */
export function checkTextSafety(text: MdxSource): Problem[] {
  const body = blankHeadingAnchors(text.body);
  const shift = text.bodyLine - 1;
  let tree: MdxNode;
  try {
    tree = parser.parse(body) as MdxNode;
  } catch (error) {
    return [describeSyntaxError(error as MdxParseError, text, body)];
  }
  const problems: Problem[] = [];
  const report = (node: MdxNode | undefined, message: string, fix: string) =>
    problems.push({
      file: text.file,
      line: (node?.position?.start.line ?? 1) + shift,
      column: node?.position?.start.column ?? 1,
      severity: 'error',
      message,
      fix,
    });
  walk(tree, report);
  return problems;
}

/** Whether a URL would run code or embed content when followed: javascript:, data: and vbscript:. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
  return UNSAFE_SCHEME.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase());
}

type Report = (node: MdxNode | undefined, message: string, fix: string) => void;

function walk(node: MdxNode, report: Report): void {
  switch (node.type) {
    case 'mdxjsEsm': {
      const keyword = String(node.value).trimStart().startsWith('import') ? 'import' : 'export';
      report(
        node,
        `an "${keyword}" line is not allowed in a notice: notice texts may not contain code`,
        'remove the line; to start a line with that word, write it differently (e.g. put it after other words)',
      );
      break;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      report(
        node,
        `"{${shorten(String(node.value))}}" is a JavaScript expression, which notices may not contain`,
        'remove the braces; to show a brace in the text, write \\{ — a heading anchor {#id} goes at the very end of the heading line',
      );
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, report);
      break;
    case 'link':
    case 'image':
    case 'definition':
      if (node.url && isUnsafeUrl(node.url)) reportUnsafeUrl(node, node.url, report);
      break;
  }
  for (const child of node.children ?? []) walk(child, report);
}

function checkElement(node: MdxNode, report: Report): void {
  const name = node.name ?? '';
  const tag = name ? `<${name}>` : '<>';
  const allowed = name ? ALLOWED_COMPONENTS[name] : undefined;
  const lower = name.toLowerCase();
  if (lower === 'script') {
    report(node, 'a <script> element is not allowed: notices may not run code', 'remove it');
  } else if (lower === 'style') {
    report(
      node,
      'a <style> element is not allowed: the site’s own stylesheet styles every notice',
      'remove it; to make a passage stand out, put it in a <Callout>',
    );
  } else if (EMBEDDING.has(lower)) {
    report(
      node,
      `an ${tag} element is not allowed: notices may not embed other pages or files`,
      'remove it and link to the content instead, e.g. [text](https://…)',
    );
  } else if (!allowed) {
    report(
      node,
      `${tag} is not allowed in a notice: the only component is <Callout>`,
      'use Markdown instead (## headings, **bold**, lists, tables, [links](https://…)), or <Callout> for a note that stands out',
    );
  } else if (node.type === 'mdxJsxTextElement') {
    report(
      node,
      `${tag} must stand on lines of its own, not inside a paragraph`,
      `put ${tag} on one line, the text on the lines after it, and </${name}> on a line of its own, with blank lines around`,
    );
  }

  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(
        attribute,
        `"{${shorten(String(attribute.value))}}" in ${tag} is a JavaScript expression, which notices may not contain`,
        'remove it',
      );
      continue;
    }
    const attributeName = attribute.name ?? '';
    const value = attribute.value;
    if (/^on/i.test(attributeName)) {
      report(
        attribute,
        `the "${attributeName}" attribute would run code when the reader uses the page`,
        'remove it: notices may not run code',
      );
      continue;
    }
    if (value && typeof value === 'object') {
      report(
        attribute,
        `${attributeName}={${shorten(String((value as MdxNode).value))}} is a JavaScript expression, which notices may not contain`,
        `write the value in quotes instead, e.g. ${attributeName}="…"`,
      );
      continue;
    }
    if (typeof value === 'string' && isUnsafeUrl(value)) {
      reportUnsafeUrl(attribute, value, report);
      continue;
    }
    if (!allowed) continue;
    const values = allowed[attributeName];
    if (!values) {
      report(
        attribute,
        `${tag} has no "${attributeName}" attribute`,
        `remove it; ${tag} takes only ${describeAttributes(allowed)}`,
      );
    } else if (typeof value !== 'string' || !values.includes(value)) {
      report(
        attribute,
        `${attributeName}=${typeof value === 'string' ? `"${value}"` : '(no value)'} is not a kind of ${tag}`,
        `use ${values.map((v) => `${attributeName}="${v}"`).join(' or ')}`,
      );
    }
  }
}

function reportUnsafeUrl(node: MdxNode, url: string, report: Report): void {
  const scheme = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase().split(':')[0];
  report(
    node,
    `the address "${shorten(url)}" is not allowed: ${scheme}: addresses can run code in the reader’s browser`,
    'link to an https:// page or a page of this site instead, or remove the link',
  );
}

function describeAttributes(allowed: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(allowed)
    .map(([name, values]) => values.map((v) => `${name}="${v}"`).join(' or '))
    .join(', ');
}

/** Turns the MDX parser's message into one an editor can act on, pointing at the `<` or `{` that started it. */
function describeSyntaxError(error: MdxParseError, text: MdxSource, body: string): Problem {
  const point = getErrorPoint(error, body);
  const reason = error.reason ?? String(error);
  let message: string;
  let fix: string;
  let opener: string | undefined;
  if (error.source === 'micromark-extension-mdx-jsx') {
    opener = '<';
    message = 'this "<" cannot be read: MDX takes it for the start of a component or HTML tag';
    fix = 'write \\< for a less-than sign, or use words ("less than"); write links as [text](https://…)';
  } else if (error.source === 'micromark-extension-mdx-expression') {
    opener = '{';
    message = 'this "{" cannot be read: MDX takes it for the start of a JavaScript expression';
    fix = 'write \\{ for a brace, or use words; a heading anchor {#id} goes at the very end of the heading line';
  } else if (error.source === 'micromark-extension-mdxjs-esm') {
    message = 'a line starting with "import" or "export" is read as code, which notices may not contain';
    fix = 'reword the line so it does not start with "import" or "export"';
  } else if (error.ruleId === 'end-tag-mismatch') {
    message = `a tag is not closed properly (${reason.replace(/\s*\(\d+:\d+-\d+:\d+\)$/, '')})`;
    fix = 'close every <Callout> with </Callout> on a line of its own';
  } else {
    message = `the text cannot be read as MDX (${reason})`;
    fix = 'look for a stray "<" or "{" on this line and write it as \\< or \\{';
  }
  let offset = point.offset;
  if (opener && offset !== undefined) {
    const start = body.lastIndexOf(opener, Math.min(offset, body.length - 1));
    if (start >= 0) offset = start;
    // A "<" followed by a name is a real tag with a mistake inside, not a stray less-than sign.
    if (opener === '<' && start >= 0 && /^<\/?[A-Za-z]/.test(body.slice(start, start + 3))) {
      message = `the tag starting here cannot be read (${reason.replace(/\s*\(note:.*\)$/, '')})`;
      fix = 'write attribute values in quotes, e.g. <Callout type="note">; to show a less-than sign, write \\<';
    }
  }
  const position = offset !== undefined ? getLineColumn(body, offset) : point;
  return {
    file: text.file,
    line: position.line + text.bodyLine - 1,
    column: position.column,
    severity: 'error',
    message,
    fix,
  };
}

function getErrorPoint(error: MdxParseError, body: string): { line: number; column: number; offset?: number } {
  const place = error.place && 'start' in error.place ? error.place.start : error.place;
  if (place?.line !== undefined && place.column !== undefined) {
    return { line: place.line, column: place.column, offset: place.offset ?? getOffset(body, place.line, place.column) };
  }
  if (error.line !== undefined && error.column !== undefined) {
    return { line: error.line, column: error.column, offset: getOffset(body, error.line, error.column) };
  }
  // Some messages carry their place only in the text, e.g. "Expected a closing tag for `<Callout>` (3:1-3:10)".
  const inReason = /\((\d+):(\d+)-\d+:\d+\)$/.exec(error.reason ?? '');
  if (inReason) return { line: Number(inReason[1]), column: Number(inReason[2]) };
  return { line: 1, column: 1 };
}

function getOffset(body: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = body.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return offset + column - 1;
}

function getLineColumn(body: string, offset: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
