// Turns an imported Markdown tree into a notice body that is safe MDX: anchored headings, no HTML, no code.

import type { Heading, Parents, Root, RootContent } from 'mdast';
import { defaultHandlers, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { slugifyAnchor } from '../markdown/anchors.ts';
import { parseLastUpdated } from './last-updated.ts';

export { slugifyAnchor };

export interface ImportOptions {
  /**
   * Anchors for the body's headings in order, taken from the source-locale text so a translation
   * links the same way; headings beyond the list get a slug of their own text.
   */
  anchors?: string[];
}

export interface ImportedNotice {
  /** The level-1 heading that opens the document. */
  title?: string;
  /** YYYY-MM-DD from a "last updated" or "effective date" line, which is removed from the body. */
  date?: string;
  /** The MDX body, ending with one newline. */
  body: string;
  /** What the import dropped or guessed, for the editor to review. */
  notes: string[];
}

const EXPLICIT_ANCHOR = /\s*\{#([^\s{}]+)\}\s*$/;
const UNSAFE_PROTOCOL = /^\s*(?:javascript|vbscript|data):/i;

/** The common last stage of every importer. `date` is one already found by the importer itself. */
export function finishImport(tree: Root, options: ImportOptions, found: { date?: string; notes: string[] }): ImportedNotice {
  const notes = [...found.notes];
  let date = found.date;
  removeUnsafeNodes(tree, notes);

  tree.children = tree.children.filter((node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return true;
    const lineDate = parseLastUpdated(toString(node));
    if (!lineDate) return true;
    date ??= lineDate;
    return false;
  });

  let title: string | undefined;
  // The title is a level-1 heading that opens the document, or the document's only level-1 heading.
  const topHeadings = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const first = tree.children[0];
  const titleNode = first?.type === 'heading' && first.depth === 1 ? first : topHeadings.length === 1 ? topHeadings[0] : undefined;
  if (titleNode) {
    title = toString(titleNode).replace(EXPLICIT_ANCHOR, '').trim();
    tree.children.splice(tree.children.indexOf(titleNode), 1);
  }

  const ids = anchorHeadings(tree, options.anchors ?? [], notes);
  return { title, date, body: stringify(tree, ids), notes };
}

// The element names a writer of HTML might use inside Markdown; anything else in angle brackets is text.
const HTML_ELEMENTS = new Set(
  (
    'a abbr address article aside audio b bdi bdo blockquote body br button canvas caption center cite code col ' +
    'colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 ' +
    'h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main mark meta nav noscript ' +
    'object ol optgroup option p picture pre q s samp script section select small source span strike strong style ' +
    'sub summary sup svg table tbody td template textarea tfoot th thead time title tr u ul var video wbr'
  ).split(' '),
);

function addNote(notes: string[], note: string): void {
  if (!notes.includes(note)) notes.push(note);
}

/** Removes raw HTML, images and script links; keeps the readable text inside them. */
function removeUnsafeNodes(tree: Root, notes: string[]): void {
  const visit = (parent: Parents) => {
    const children: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'html') {
        const tag = /^<\s*(\/)?\s*([a-z][\w-]*)/i.exec(child.value);
        // `<angle>` that is no HTML element is text a writer meant literally.
        if (tag && !HTML_ELEMENTS.has(tag[2].toLowerCase())) {
          children.push({ type: 'text', value: child.value });
          continue;
        }
        if (!tag?.[1]) addNote(notes, `Removed raw HTML${tag ? ` <${tag[2]}>` : ''}: notices may not contain HTML.`);
        continue;
      }
      if (child.type === 'image' || child.type === 'imageReference') {
        addNote(notes, `Removed an image${child.alt ? ` ("${child.alt}")` : ''}: notices may not load images.`);
        continue;
      }
      if (child.type === 'link' && UNSAFE_PROTOCOL.test(child.url)) {
        addNote(notes, `Removed a script link around "${toString(child)}", keeping its text.`);
        children.push(...(child.children as RootContent[]));
        continue;
      }
      if ('children' in child) {
        visit(child);
        if (child.type === 'paragraph' && child.children.length === 0) continue;
      }
      children.push(child);
    }
    parent.children = children as typeof parent.children;
  };
  visit(tree);
}

/** Shifts headings so the top level is H2, and chooses each one's explicit `{#id}`. */
function anchorHeadings(tree: Root, anchors: string[], notes: string[]): Map<Heading, string> {
  const ids = new Map<Heading, string>();
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  if (headings.length === 0) return ids;
  const shift = 2 - Math.min(...headings.map((h) => h.depth));
  const used = new Set<string>();
  headings.forEach((heading, index) => {
    heading.depth = Math.min(6, heading.depth + shift) as Heading['depth'];
    const last = heading.children.at(-1);
    let own: string | undefined;
    if (last?.type === 'text') {
      const explicit = EXPLICIT_ANCHOR.exec(last.value);
      if (explicit) {
        own = explicit[1];
        last.value = last.value.slice(0, explicit.index);
      }
    }
    let id = anchors[index] ?? own ?? slugifyAnchor(toString(heading));
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id}-${n}`)) n += 1;
      id = `${id}-${n}`;
    }
    used.add(id);
    ids.set(heading, id);
  });
  if (anchors.length && anchors.length !== headings.length) {
    notes.push(
      `The source text has ${anchors.length} headings and this text ${headings.length}: check that every heading's {#anchor} matches the source's.`,
    );
  }
  return ids;
}

function stringify(tree: Root, ids: Map<Heading, string>): string {
  const options: ToMarkdownOptions = {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    incrementListMarker: true,
    // MDX has no `<https://…>` autolinks: `<` would open a component.
    resourceLink: true,
    // MDX reads `{` and `}` as code and `<` as a component, and `import`/`export` at a line start as
    // modules: escape them wherever they appear in text.
    unsafe: [
      { character: '{' },
      { character: '}' },
      { character: '<' },
      { character: 'i', atBreak: true, after: 'mport\\b' },
      { character: 'e', atBreak: true, after: 'xport\\b' },
    ],
    handlers: {
      heading(node: Heading, parent, state, info) {
        const value = defaultHandlers.heading(node, parent, state, info);
        const id = ids.get(node);
        return id ? `${value} {#${id}}` : value;
      },
    },
  };
  const text = unified().use(remarkGfm).use(remarkStringify, options).stringify(tree);
  return text.endsWith('\n') ? text : `${text}\n`;
}
