// Imports a notice written in Markdown: re-parsed and re-written, so only plain Markdown survives.

import type { Parents, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { htmlToMarkdownTree } from './html.ts';
import { finishImport, type ImportedNotice, type ImportOptions } from './to-mdx.ts';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function importMarkdown(markdown: string, options: ImportOptions = {}): ImportedNotice {
  const notes: string[] = [];
  const tree = parser.parse(stripFrontmatter(markdown));
  convertHtmlBlocks(tree, notes);
  return finishImport(tree, options, { notes });
}

// A Markdown file exported from another site generator may carry its own frontmatter.
function stripFrontmatter(markdown: string): string {
  return markdown.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
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
