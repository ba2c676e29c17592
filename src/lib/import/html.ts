// Imports a notice exported as HTML: parsed, stripped of anything active, converted to Markdown.

import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { finishImport, type ImportedNotice, type ImportOptions } from './to-mdx.ts';

// Elements whose content is code, a form, embedded media or page chrome rather than the notice's text.
const DROPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template',
  'form', 'input', 'button', 'select', 'textarea', 'canvas', 'svg', 'math', 'video', 'audio', 'img',
  'picture', 'link', 'meta', 'base', 'nav', 'dialog',
]);

/** Converts HTML to the hast-free Markdown tree the other importers also produce. */
export function htmlToMarkdownTree(html: string, notes: string[]): { tree: Root; title?: string } {
  const hast = unified().use(rehypeParse).parse(html);
  const title = findTitle(hast);
  sanitize(hast, notes);
  const tree = unified().use(rehypeRemark).runSync(hast) as unknown as Root;
  return { tree, title };
}

export function importHtml(html: string, options: ImportOptions = {}): ImportedNotice {
  const notes: string[] = [];
  const { tree, title } = htmlToMarkdownTree(html, notes);
  const result = finishImport(tree, options, { notes });
  return { ...result, title: result.title ?? title };
}

function findTitle(node: HastRoot | Element): string | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'title') {
      const text = child.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim();
      return text || undefined;
    }
    const found = findTitle(child);
    if (found) return found;
  }
  return undefined;
}

function sanitize(node: HastRoot | Element, notes: string[]): void {
  const kept: (HastContent | ElementContent)[] = [];
  for (const child of node.children) {
    if (child.type === 'comment') continue;
    if (child.type === 'element') {
      if (DROPPED.has(child.tagName)) {
        if (child.tagName !== 'meta' && child.tagName !== 'link') {
          notes.push(`Removed ${/^[aeiou]/.test(child.tagName) ? 'an' : 'a'} <${child.tagName}> element: notices may not contain ${describe(child.tagName)}.`);
        }
        continue;
      }
      for (const name of Object.keys(child.properties)) {
        // Event handlers and inline styles never reach Markdown, but are dropped here so no later step can keep them.
        if (/^on/i.test(name) || name === 'style') delete child.properties[name];
      }
      sanitize(child, notes);
      const href = child.properties.href;
      if (child.tagName === 'a' && typeof href === 'string' && /^\s*(?:javascript|vbscript|data):/i.test(href)) {
        notes.push('Removed a script link, keeping its text.');
        kept.push(...child.children);
        continue;
      }
    }
    kept.push(child);
  }
  node.children = kept as typeof node.children;
}

function describe(tagName: string): string {
  if (tagName === 'script' || tagName === 'noscript' || tagName === 'template') return 'scripts';
  if (tagName === 'style') return 'styles';
  if (tagName === 'img' || tagName === 'picture' || tagName === 'svg' || tagName === 'canvas') return 'images';
  if (tagName === 'form' || tagName === 'input' || tagName === 'button' || tagName === 'select' || tagName === 'textarea') {
    return 'forms';
  }
  if (tagName === 'nav') return 'navigation';
  return 'embedded content';
}
