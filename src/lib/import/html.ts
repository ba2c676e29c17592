// Imports a notice exported as HTML: parsed, stripped of anything active, converted to Markdown.

import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes, Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { finishImport, makeAnchor, type ImportedNotice, type ImportOptions } from './to-mdx.ts';

// An anchor (`<a id>` or `<a name>` without an address) travels through the conversion to Markdown as
// text between two private-use characters, which no page's text contains, and becomes an anchor after.
const ANCHOR_START = '\uE000';
const ANCHOR_END = '\uE001';
const ANCHOR_TEXT = /\uE000([^\uE001]*)\uE001/g;

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
  restoreAnchors(tree);
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
      if (/^h[1-6]$/.test(child.tagName) && typeof child.properties.id === 'string' && child.properties.id) {
        child.children.unshift({ type: 'text', value: `${ANCHOR_START}${child.properties.id}${ANCHOR_END}` });
      }
      const href = child.properties.href;
      const id = child.tagName === 'a' ? (child.properties.id ?? child.properties.name) : undefined;
      if (typeof id === 'string' && id) {
        kept.push({ type: 'text', value: `${ANCHOR_START}${id}${ANCHOR_END}` });
        if (typeof href !== 'string') {
          kept.push(...child.children);
          continue;
        }
        delete child.properties.id;
        delete child.properties.name;
      }
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

/** Turns the anchors carried as text back into anchor nodes. */
function restoreAnchors(node: Nodes): void {
  if (!('children' in node)) return;
  const children: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    if (child.type === 'text' && child.value.includes(ANCHOR_START)) {
      let last = 0;
      for (const match of child.value.matchAll(ANCHOR_TEXT)) {
        if (match.index > last) children.push({ type: 'text', value: child.value.slice(last, match.index) });
        children.push(makeAnchor(match[1]) as Nodes);
        last = match.index + match[0].length;
      }
      if (last < child.value.length) children.push({ type: 'text', value: child.value.slice(last) });
      continue;
    }
    restoreAnchors(child);
    children.push(child);
  }
  (node as { children: Nodes[] }).children = children;
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
