// Imports a notice written in Markdown — a page of a Jekyll or Hugo site, a file of a public repository
// of legal texts — re-parsed and re-written, so only plain Markdown survives. Its frontmatter gives the
// title, summary and date; anchors written as HTML (`<a id>`, `<a name>`) or kramdown attributes
// (`{: #id}`) are kept; template tags that only the original site could fill in are reported.

import type { Parents, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isRealDate } from '../dates.ts';
import { splitNoticeSource } from '../notice-file.ts';
import { parseYamlSource } from '../yaml-source.ts';
import { htmlToMarkdownTree } from './html.ts';
import { finishImport, type ImportedNotice, type ImportOptions } from './to-mdx.ts';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Frontmatter keys of other site generators that may hold a version's date. */
const DATE_KEYS = ['effective_date', 'effectiveDate', 'last_modified_at', 'lastmod', 'updated', 'date'];

export function importMarkdown(markdown: string, options: ImportOptions = {}): ImportedNotice {
  const notes: string[] = [];
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const { body, bodyLine, fields } = readForeignFrontmatter(text, notes);
  const prepared = prepareLines(body, bodyLine, notes);
  // Blank lines stand in for the frontmatter, so positions in the tree are lines of the source file.
  const tree = parser.parse(`${'\n'.repeat(bodyLine - 1)}${prepared.text}`);
  convertHtmlBlocks(tree, notes);
  const result = finishImport(tree, options, { date: fields.date ?? prepared.date, notes, title: fields.title });
  return { ...result, summary: fields.summary };
}

interface ForeignFields {
  title?: string;
  summary?: string;
  date?: string;
}

/**
 * Reads a Jekyll/Hugo frontmatter through the notice reader's own split (so its end is found the one
 * way Paragraf knows) and its safe YAML parser; maps what a notice keeps and lists the rest.
 */
function readForeignFrontmatter(text: string, notes: string[]): { body: string; bodyLine: number; fields: ForeignFields } {
  if (!text.startsWith('---\n')) return { body: text, bodyLine: 1, fields: {} };
  const split = splitNoticeSource(text);
  if ('message' in split) {
    notes.push(`Line ${split.line}: the frontmatter could not be read (${split.message}); it was imported as text — remove it from the body.`);
    return { body: text, bodyLine: 1, fields: {} };
  }
  const yaml = parseYamlSource(split.frontmatter, 'frontmatter', 1);
  const data = yaml.data;
  if (yaml.problems.length || !data || typeof data !== 'object' || Array.isArray(data)) {
    notes.push('The frontmatter is not YAML that Paragraf reads safely; it was left out.');
    return { body: split.body, bodyLine: split.bodyLine, fields: {} };
  }
  const values = data as Record<string, unknown>;
  const fields: ForeignFields = {};
  const line = (key: string) => `Line ${yaml.locate([key]).line}`;
  for (const [key, value] of Object.entries(values)) {
    if (key === 'title' && typeof value === 'string' && value.trim()) {
      fields.title = value.trim();
      notes.push(`${line(key)}: the frontmatter's title "${fields.title}" is the title.`);
    } else if ((key === 'description' || key === 'summary') && typeof value === 'string' && value.trim()) {
      fields.summary = value.trim().replace(/\s+/g, ' ');
      notes.push(`${line(key)}: the frontmatter's ${key} is the summary.`);
    } else if (DATE_KEYS.includes(key) && readDate(value)) {
      fields.date ??= readDate(value);
      notes.push(`${line(key)}: the frontmatter's ${key} gives the date ${readDate(value)}.`);
    } else if (key === 'redirect_from' || key === 'aliases') {
      const list = (Array.isArray(value) ? value : [value]).map(String);
      notes.push(
        `${line(key)}: the page was also published at ${list.join(', ')} (${key}). Paragraf does not redirect: set up these redirects on your host if readers use those addresses.`,
      );
    } else {
      notes.push(`${line(key)}: the frontmatter's "${key}" has no place in a notice and was left out.`);
    }
  }
  return { body: split.body, bodyLine: split.bodyLine, fields };
}

function readDate(value: unknown): string | undefined {
  const text = value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : undefined;
  const date = text?.trim().slice(0, 10);
  return date && isRealDate(date) ? date : undefined;
}

// kramdown's attribute lists: `{: #id }`, `{: .class }`, `{: datetime="2026-05-04" }`.
const ATTRIBUTE_LIST = /[ \t]*\{:\s*([^{}]*?)\s*\}[ \t]*$/;
const LIST_ITEM = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+)/;
// Liquid, the template language of Jekyll: only the original site could fill these in.
const LIQUID_LINK = /\[([^\]]*)\]\(\s*\{\{[^}]*\}\}\s*\)/g;
const LIQUID = /\{\{[^}]*\}\}|\{%[^%]*%\}/g;

/**
 * Rewrites what Markdown parsers other than kramdown and Liquid would show as text: an id in a
 * kramdown attribute list becomes a heading's `{#id}` or an anchor at the start of its paragraph or
 * list item; a `datetime` gives the date; template tags are removed and listed.
 */
function prepareLines(body: string, bodyLine: number, notes: string[]): { text: string; date?: string } {
  const lines = body.split('\n');
  let date: string | undefined;
  let fence = false;
  const anchorAt = (index: number, id: string) => {
    const match = LIST_ITEM.exec(lines[index]);
    const at = match ? match[1].length : /^\s*/.exec(lines[index])![0].length;
    lines[index] = `${lines[index].slice(0, at)}<a id="${id}"></a>${lines[index].slice(at)}`;
  };
  /** The first line of the paragraph or list item that ends at `index`. */
  const blockStart = (index: number) => {
    let start = index;
    while (start > 0 && lines[start - 1].trim() !== '' && !LIST_ITEM.test(lines[start]) && !/^\s*#/.test(lines[start - 1])) start -= 1;
    return start;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const where = `Line ${index + bodyLine}`;
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    if (LIQUID.test(line)) {
      LIQUID.lastIndex = 0;
      const tags = line.match(LIQUID) ?? [];
      lines[index] = line.replace(LIQUID_LINK, '$1').replace(LIQUID, '');
      notes.push(`${where}: removed the template tag ${tags.join(', ')}, which only the original site could fill in: write what it stood for.`);
    }
    const attributes = ATTRIBUTE_LIST.exec(lines[index]);
    if (!attributes) continue;
    const id = /(?:^|\s)#([^\s#.]+)/.exec(attributes[1])?.[1];
    const datetime = /datetime\s*=\s*["']?(\d{4}-\d{2}-\d{2})/.exec(attributes[1])?.[1];
    if (datetime && isRealDate(datetime)) date ??= datetime;
    const others = attributes[1].replace(/(?:^|\s)#[^\s#.]+/, '').replace(/datetime\s*=\s*["']?[\d-]+["']?/, '').trim();
    if (others) notes.push(`${where}: removed the attributes {: ${others} }, which notices do not carry.`);
    const rest = lines[index].slice(0, attributes.index);
    if (rest.trim() === '') {
      // On a line of its own, the list belongs to the paragraph or list item just above.
      lines[index] = '';
      if (id && index > 0 && lines[index - 1].trim() !== '') anchorAt(blockStart(index - 1), id);
    } else if (/^\s*#{1,6}\s/.test(rest)) {
      lines[index] = id ? `${rest} {#${id}}` : rest;
    } else {
      lines[index] = rest;
      if (id) anchorAt(blockStart(index), id);
    }
  }
  return { text: lines.join('\n'), date };
}

/**
 * Block-level HTML often holds real text (a `<div>` around paragraphs, a `<table>`): it goes through
 * the HTML importer so the text stays and anything active is dropped. Inline HTML is left for the
 * final stage, which drops the tags and keeps the words between them.
 */
function convertHtmlBlocks(parent: Parents, notes: string[]): void {
  const children: RootContent[] = [];
  for (const child of parent.children as RootContent[]) {
    if (child.type === 'html' && parent.type !== 'paragraph' && !isInlineParent(parent)) {
      if (/^<!--/.test(child.value.trim())) {
        if (!notes.includes('Removed an HTML comment: notices cannot hold comments.')) notes.push('Removed an HTML comment: notices cannot hold comments.');
        continue;
      }
      const converted = htmlToMarkdownTree(child.value, notes).tree.children;
      if (converted.length === 0) notes.push(`Removed raw HTML: ${firstTag(child.value)}.`);
      children.push(...converted);
      continue;
    }
    if ('children' in child) convertHtmlBlocks(child, notes);
    children.push(child);
  }
  parent.children = children as typeof parent.children;
}

function isInlineParent(parent: Parents): boolean {
  return ['heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell'].includes(parent.type);
}

function firstTag(html: string): string {
  return /<\s*[a-z][\w-]*/i.exec(html)?.[0].concat('>') ?? 'an HTML comment';
}
