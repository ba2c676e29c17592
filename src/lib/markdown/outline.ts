// The structure of a notice body that the checks compare and measure: headings, links, lists, tables and visible text.

import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface OutlineHeading {
  depth: number;
  /** The explicit `{#id}` anchor, else the GitHub-style slug the page gives the heading. */
  id: string;
  /** Whether the id was written as `{#id}` at the end of the heading line. */
  explicit: boolean;
  /** The heading's text without its anchor. */
  text: string;
  line: number;
  column: number;
}

export interface OutlineLink {
  /** The destination as written, e.g. `/cookie-notice/#choices` or `mailto:…`. */
  url: string;
  line: number;
  column: number;
}

export interface OutlineList {
  ordered: boolean;
  /** Number of items in this list; a nested list is a list of its own. */
  items: number;
  line: number;
  column: number;
}

export interface OutlineTable {
  /** Number of rows, the header row included. */
  rows: number;
  line: number;
  column: number;
}

/** A piece of text a reader sees: a heading, a paragraph (also inside lists and quotes) or a table row. */
export interface OutlineBlock {
  kind: 'heading' | 'paragraph' | 'table-row';
  /** The visible words: no Markdown syntax, link addresses or anchors; soft line breaks kept as "\n". */
  text: string;
  line: number;
  column: number;
}

export interface Outline {
  headings: OutlineHeading[];
  links: OutlineLink[];
  lists: OutlineList[];
  tables: OutlineTable[];
  blocks: OutlineBlock[];
}

/** What a notice text gives the outline; a loaded NoticeText fits. */
export interface OutlineSource {
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
}

const TRAILING_ANCHOR = /[ \t]*\{#([^\s{}]+)\}[ \t]*$/;
const HEADING_WITH_ANCHOR = /^( {0,3}#{1,6}[ \t].*?)(\{#[^\s{}]+\})([ \t]*)$/;

// Frozen processors serve every call; building them is the expensive part. MDX is what the site
// renders (text inside <Callout> is Markdown there, not raw HTML), so it is read first; a text MDX
// cannot read (the safe-MDX check reports why) is still outlined as plain Markdown.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
const cache = new WeakMap<OutlineSource, Outline>();

/** Replaces each heading's trailing `{#id}` with spaces, so MDX does not read it as an expression and columns stay right. */
export function blankHeadingAnchors(body: string): string {
  return body
    .split('\n')
    .map((line) => {
      const bare = line.endsWith('\r') ? line.slice(0, -1) : line;
      const match = HEADING_WITH_ANCHOR.exec(bare);
      if (!match) return line;
      return `${match[1]}${' '.repeat(match[2].length)}${match[3]}${line.slice(bare.length)}`;
    })
    .join('\n');
}

/** The outline of a notice text, parsed once however many checks ask for it. */
export function getTextOutline(text: OutlineSource): Outline {
  let outline = cache.get(text);
  if (!outline) {
    outline = parseOutline(text.body, text.bodyLine);
    cache.set(text, outline);
  }
  return outline;
}

/** Parses a Markdown body; positions are lines of the whole file, counting from `bodyLine`. */
export function parseOutline(body: string, bodyLine = 1): Outline {
  let tree: Root;
  try {
    tree = mdxParser.parse(blankHeadingAnchors(body));
  } catch {
    tree = markdownParser.parse(body);
  }
  const lines = body.split('\n');
  const outline: Outline = { headings: [], links: [], lists: [], tables: [], blocks: [] };
  const slugger = new GithubSlugger();
  const at = (node: Nodes) => ({
    line: (node.position?.start.line ?? 1) + bodyLine - 1,
    column: node.position?.start.column ?? 1,
  });

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'heading': {
        // The anchor is read from the heading's line, where it stands whichever parser read the text.
        const anchor = TRAILING_ANCHOR.exec((lines[(node.position?.start.line ?? 1) - 1] ?? '').replace(/\r$/, ''));
        const text = getVisibleText(node).replace(TRAILING_ANCHOR, '').replace(/\s+/g, ' ').trim();
        const id = anchor ? anchor[1] : slugger.slug(text);
        outline.headings.push({ depth: node.depth, id, explicit: Boolean(anchor), text, ...at(node) });
        outline.blocks.push({ kind: 'heading', text, ...at(node) });
        break;
      }
      case 'paragraph':
        outline.blocks.push({ kind: 'paragraph', text: getVisibleText(node), ...at(node) });
        break;
      case 'list':
        outline.lists.push({ ordered: node.ordered === true, items: node.children.length, ...at(node) });
        break;
      case 'table':
        outline.tables.push({ rows: node.children.length, ...at(node) });
        for (const row of node.children) {
          const cells = row.children.map((cell) => getVisibleText(cell).trim());
          outline.blocks.push({ kind: 'table-row', text: cells.filter(Boolean).join(' '), ...at(row) });
        }
        break;
      case 'link':
      case 'definition':
        outline.links.push({ url: node.url, ...at(node) });
        break;
    }
    // Tables were read row by row above; links inside them still need a visit.
    if ('children' in node) {
      for (const child of node.children) {
        if (node.type === 'table' || node.type === 'tableRow' || node.type === 'tableCell') visitLinksOnly(child);
        else visit(child);
      }
    }
  };
  const visitLinksOnly = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'definition') outline.links.push({ url: node.url, ...at(node) });
    if ('children' in node) for (const child of node.children) visitLinksOnly(child);
  };

  visit(tree);
  return outline;
}

/** The text of inline content as a reader sees it: link text but not addresses, no images, no raw HTML. */
function getVisibleText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? node.children.map((child) => getVisibleText(child)).join('') : '';
  }
}
