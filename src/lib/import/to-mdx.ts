// Turns an imported Markdown tree into a notice body that is safe MDX: anchored headings, anchors kept
// where links point, links that lead somewhere on this site or absolute, no HTML, no code — and then
// proves that every word of the source reached the text, in order.

import { diffArrays } from 'diff';
import { slug as githubSlug } from 'github-slugger';
import type { Heading, Link, Nodes, Parents, PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import { defaultHandlers, type Handle, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { slugifyAnchor } from '../markdown/anchors.ts';
import { ANCHOR } from '../markdown/guard.ts';
import { parseNoticeBody, type MdxNode } from '../markdown/parse.ts';
import { parseLastUpdated } from './last-updated.ts';

export { slugifyAnchor };

/** How links to other documents of the source are rewritten. */
export interface LinkOptions {
  /** The notices of the site (and the one being imported): a link to a document of that name leads to it. */
  notices: ReadonlySet<string>;
  /** Where the source document was published, e.g. https://example.com/legal/privacy/: other relative links become absolute. */
  baseUrl?: string;
}

export interface ImportOptions {
  /**
   * Anchors for the body's headings in order, taken from the source-locale text so a translation
   * links the same way; headings beyond the list get a slug of their own text.
   */
  anchors?: string[];
  /** The language the text is imported as: lines in other languages are left out (plain text). */
  locale?: string;
  /** Keep the lines the importer would leave out (page chrome, other languages). */
  keep?: boolean;
  links?: LinkOptions;
}

/** A paragraph, list item, table cell or heading of the source, as read: what the text must still say. */
export interface SourceUnit {
  line?: number;
  text: string;
  kind?: 'heading' | 'paragraph' | 'item' | 'cell';
}

export interface FidelityReport {
  /** Units of the source by kind, e.g. { paragraph: 12, item: 9, cell: 4, heading: 6 }. */
  counts: Record<NonNullable<SourceUnit['kind']>, number>;
  /** Runs of source words that are not in the text, with the source line they came from. */
  lost: { line?: number; words: string }[];
  /** Runs of words in the text that the source does not have. */
  added: string[];
}

export interface ImportedNotice {
  /** The title the text gives: its frontmatter's, its opening level-1 heading, or its title line. */
  title?: string;
  /** The summary its frontmatter gives (`description`), if any. */
  summary?: string;
  /** YYYY-MM-DD from a "last updated" or "effective date" line, which is removed from the body. */
  date?: string;
  /** The MDX body, ending with one newline. */
  body: string;
  /** What the import dropped, changed or guessed, for the editor to review. */
  notes: string[];
  /** The comparison of the text with the source. */
  fidelity: FidelityReport;
}

/** A place to link to that is not a heading; written as `<Anchor id="…" />`. */
interface AnchorNode {
  type: 'anchor';
  id: string;
}

/** An anchor node, typed as the content it stands among (the mdast types know no anchors). */
export function makeAnchor(id: string): PhrasingContent {
  return { type: 'anchor', id } as unknown as PhrasingContent;
}

function isAnchor(node: { type: string }): boolean {
  return node.type === 'anchor';
}

function anchorId(node: unknown): string {
  return (node as AnchorNode).id;
}

const EXPLICIT_ANCHOR = /\s*\{#([^\s{}]+)\}\s*$/;
const UNSAFE_PROTOCOL = /^\s*(?:javascript|vbscript|data):/i;
/** `<a id="x">`, `<a name="x">` (with or without its `</a>`), as HTML in Markdown writes an anchor. */
const HTML_ANCHOR = /^<a\s+(?:[^>]*?\s)?(?:id|name)\s*=\s*["']([^"']+)["'][^>]*>(?:\s*<\/a\s*>)?$/i;

/** The common last stage of every importer. `date` is one already found by the importer itself. */
export function finishImport(
  tree: Root,
  options: ImportOptions,
  found: { date?: string; notes: string[]; units?: SourceUnit[]; title?: string },
): ImportedNotice {
  const notes = [...found.notes];
  const units = found.units ?? readUnits(tree);
  let date = found.date;
  removeUnsafeNodes(tree, notes);

  // Passages left out on purpose (the date line, a title replaced by the given one), each counted once.
  const skipped: string[] = [];
  // A heading right above the date line is the document's title, whatever its level.
  const [opening, second] = tree.children;
  let titleAboveDate: Heading | undefined;
  if (opening?.type === 'heading' && second?.type === 'paragraph' && parseLastUpdated(toString(second, { includeImageAlt: false }))) {
    titleAboveDate = opening;
  }
  tree.children = tree.children.filter((node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return true;
    const lineDate = parseLastUpdated(toString(node, { includeImageAlt: false }));
    if (!lineDate || (date && lineDate !== date && found.date)) return true;
    date ??= lineDate;
    skipped.push(normalizeWords(toString(node, { includeImageAlt: false })).join(' '));
    return false;
  });

  let title = found.title;
  // The title is a level-1 heading that opens the document, or the document's only level-1 heading.
  const topHeadings = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 1);
  const first = tree.children[0];
  const titleNode =
    first?.type === 'heading' && (first.depth === 1 || first === titleAboveDate) ? first : topHeadings.length === 1 ? topHeadings[0] : undefined;
  if (titleNode) {
    const text = toString(titleNode).replace(EXPLICIT_ANCHOR, '').trim();
    if (title && title !== text) notes.push(`The frontmatter's title "${title}" was used; the text's own "${text}" was left out.`);
    // A given title stands for the heading in the comparison with the source.
    if (title && !found.units) skipped.push(normalizeWords(text).join(' '));
    title ??= text;
    tree.children.splice(tree.children.indexOf(titleNode), 1);
  }

  placeAnchors(tree);
  const renamed = new Map<string, string>();
  const ids = anchorHeadings(tree, options.anchors ?? [], notes, renamed);
  normalizeAnchorIds(tree, ids, renamed, notes);
  const existing = new Set([...ids.values(), ...collectAnchorIds(tree)]);
  const titleIds = new Set(title ? [githubSlug(title), slugifyAnchor(title), slugifyWithNumbers(title)].filter((id) => !existing.has(id)) : []);
  rewriteLinks(tree, { renamed, titleIds }, options.links, notes);
  flattenTableCells(tree, notes);
  const body = stringify(tree, ids);
  // A title the importer was given (a frontmatter's) is part of the source too.
  const given = found.title && !found.units ? [{ text: found.title, kind: 'heading' as const }] : [];
  const fidelity = compareWithSource(
    [
      ...given,
      ...units.filter((unit) => {
        const at = skipped.indexOf(normalizeWords(unit.text).join(' '));
        if (at >= 0) skipped.splice(at, 1);
        return at < 0;
      }),
    ],
    [title ?? '', ...readVisibleText(body)],
  );
  return { title, date, body, notes, fidelity };
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

/** The words a node shows a reader: no markup, addresses or images; blocks inside it kept apart. */
function readText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value;
  // A line break keeps words apart, also when written as HTML (`<br>`).
  if (node.type === 'break' || (node.type === 'html' && /^<br\b/i.test(node.value))) return ' ';
  if (!('children' in node)) return '';
  return (node.children as Nodes[]).map((child) => (isPhrasing(child as RootContent) ? readText(child) : ` ${readText(child)} `)).join('');
}

/** What each block of the tree says, before anything is changed. */
function readUnits(tree: Root): SourceUnit[] {
  const units: SourceUnit[] = [];
  const visit = (node: Nodes): void => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'heading':
        units.push({ line, text: readText(node).replace(EXPLICIT_ANCHOR, ''), kind: 'heading' });
        return;
      case 'paragraph':
        units.push({ line, text: readText(node), kind: 'paragraph' });
        return;
      case 'tableCell':
        units.push({ line, text: readText(node), kind: 'cell' });
        return;
      case 'listItem': {
        const [head, ...rest] = node.children;
        if (head?.type === 'paragraph') units.push({ line, text: readText(head), kind: 'item' });
        else if (head) visit(head);
        for (const child of rest) visit(child);
        return;
      }
      case 'code':
        units.push({ line, text: node.value, kind: 'paragraph' });
        return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return units;
}

/** Removes raw HTML, images and script links; keeps the readable text inside them, and anchors. */
function removeUnsafeNodes(tree: Root, notes: string[]): void {
  const visit = (parent: Parents) => {
    const children: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'html') {
        const anchor = HTML_ANCHOR.exec(child.value.trim());
        if (anchor) {
          children.push(makeAnchor(anchor[1]));
          continue;
        }
        if (/^<br\s*\/?>$/i.test(child.value.trim())) {
          // A line break inside a table cell cannot be written in Markdown; a space keeps the words apart.
          children.push(parent.type === 'tableCell' ? { type: 'text', value: ' ' } : { type: 'break' });
          continue;
        }
        const tag = /^<\s*(\/)?\s*([a-z][\w-]*)/i.exec(child.value);
        // `<angle>` that is no HTML element is text a writer meant literally.
        if (tag && !HTML_ELEMENTS.has(tag[2].toLowerCase())) {
          children.push({ type: 'text', value: child.value });
          continue;
        }
        if (!tag && /^<!--/.test(child.value.trim())) {
          addNote(notes, 'Removed an HTML comment: notices cannot hold comments.');
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
      if (child.type === 'link' && toString(child).trim() === '' && !child.children.some((c) => isAnchor(c) || c.type === 'html')) {
        // An empty link shows nothing; one at the start of a heading is a permalink icon, whose fragment is the heading's id.
        if (parent.type === 'heading' && child.url.startsWith('#') && child.url.length > 1) {
          children.push(makeAnchor(decodeFragment(child.url.slice(1))));
        } else {
          addNote(notes, `Removed ${child.url.startsWith('#') ? 'empty links (permalink icons)' : 'links without text'}, which readers could not see.`);
        }
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

/**
 * Puts every anchor where it belongs: one in a heading, or in a paragraph of its own right before a
 * heading, becomes the heading's id; one alone before another block moves to that block's start.
 */
function placeAnchors(tree: Root): void {
  const visit = (parent: Parents): void => {
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (child.type === 'heading') {
        const own = child.children.filter(isAnchor);
        if (own.length) {
          child.children = child.children.filter((c) => !isAnchor(c));
          trimStart(child.children);
                    (child.data ??= {}).hProperties = { ...(child.data.hProperties ?? {}), importedId: anchorId(own[0]) };
        }
        continue;
      }
      const alone = child.type === 'paragraph' && child.children.length > 0 && child.children.every((c) => isAnchor(c) || (c.type === 'text' && c.value.trim() === ''));
      if (alone) {
        const anchors = child.children.filter(isAnchor) as unknown as PhrasingContent[];
        const next = children[index + 1];
        if (next?.type === 'heading' && !getImportedId(next) && !EXPLICIT_ANCHOR.test(toString(next))) {
          (next.data ??= {}).hProperties = { ...(next.data?.hProperties ?? {}), importedId: (anchors[0] as unknown as AnchorNode).id };
          children.splice(index, 1, ...anchorParagraphs(anchors.slice(1)));
          index -= 1;
          continue;
        }
        const target = next && findFirstParagraph(next);
        if (target) {
          target.children.unshift(...anchors);
          children.splice(index, 1);
          index -= 1;
          continue;
        }
      }
      if ('children' in child) visit(child);
    }
  };
  visit(tree);
}

function anchorParagraphs(anchors: PhrasingContent[]): RootContent[] {
  return anchors.length ? [{ type: 'paragraph', children: anchors }] : [];
}

function findFirstParagraph(node: RootContent): { children: PhrasingContent[] } | undefined {
  if (node.type === 'paragraph' || node.type === 'tableCell') return node;
  if (node.type === 'list') return node.children[0] && findFirstParagraph(node.children[0]);
  if (node.type === 'listItem' || node.type === 'blockquote') return node.children[0] && findFirstParagraph(node.children[0]);
  if (node.type === 'table') return node.children[0]?.children[0] && findFirstParagraph(node.children[0].children[0]);
  return undefined;
}

function trimStart(children: PhrasingContent[]): void {
  const head = children[0];
  if (head?.type === 'text') head.value = head.value.replace(/^\s+/, '');
}

function getImportedId(heading: Heading): string | undefined {
  const id = (heading.data?.hProperties as { importedId?: unknown } | undefined)?.importedId;
  return typeof id === 'string' ? id : undefined;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Every `#fragment` the document links to, so headings can keep the ids its links expect. */
function collectFragments(tree: Root): Set<string> {
  const fragments = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'link' && node.url.startsWith('#')) fragments.add(decodeFragment(node.url.slice(1)));
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return fragments;
}

/**
 * Shifts headings so the top level is H2, and chooses each one's `{#id}`: the source text's anchor (for
 * a translation), an id written in the source (`{#id}`, `<a id>`, a permalink), the id the document's
 * own links expect (GitHub's or the site's slug), or a slug of the heading's words.
 */
function anchorHeadings(tree: Root, anchors: string[], notes: string[], renamed: Map<string, string>): Map<Heading, string> {
  const ids = new Map<Heading, string>();
  const headings: Heading[] = [];
  const collect = (node: Nodes): void => {
    if (node.type === 'heading') headings.push(node);
    else if ('children' in node && node.type !== 'table') for (const child of node.children) collect(child as Nodes);
  };
  collect(tree);
  if (headings.length === 0) return ids;
  const fragments = collectFragments(tree);
  const shift = 2 - Math.min(...headings.map((h) => h.depth));
  const used = new Set<string>(collectAnchorIds(tree));
  headings.forEach((heading, index) => {
    heading.depth = Math.min(6, heading.depth + shift) as Heading['depth'];
    const last = heading.children.at(-1);
    let own = getImportedId(heading);
    if (last?.type === 'text') {
      const explicit = EXPLICIT_ANCHOR.exec(last.value);
      if (explicit) {
        own ??= explicit[1];
        last.value = last.value.slice(0, explicit.index);
      }
    }
    if (heading.data?.hProperties) delete (heading.data.hProperties as { importedId?: unknown }).importedId;
    const words = toString(heading);
    const expected = [githubSlug(words), slugifyAnchor(words), slugifyWithNumbers(words)].find((candidate) => fragments.has(candidate));
    const wanted = anchors[index] ?? own ?? expected ?? slugifyAnchor(words);
    let id = ANCHOR.test(wanted) ? wanted : slugifyAnchor(wanted);
    if (used.has(id)) {
      let n = 2;
      while (used.has(`${id}-${n}`)) n += 1;
      id = `${id}-${n}`;
    }
    if (id !== wanted) renamed.set(wanted, id);
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

/** Like slugifyAnchor, but keeping a leading section number: "1.1 Datenschutz" → "1-1-datenschutz". */
function slugifyWithNumbers(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function collectAnchorIds(tree: Root): string[] {
  const found: string[] = [];
  const visit = (node: Nodes): void => {
    if (isAnchor(node)) found.push(anchorId(node));
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return found;
}

/** Gives every `<Anchor>` an id of the allowed form, unique beside the headings', and records renamings. */
function normalizeAnchorIds(tree: Root, headings: Map<Heading, string>, renamed: Map<string, string>, notes: string[]): void {
  const used = new Set(headings.values());
  const visit = (node: Nodes): void => {
    if (isAnchor(node)) {
      const anchor = node as unknown as AnchorNode;
      let id = ANCHOR.test(anchor.id) ? anchor.id : slugifyAnchor(anchor.id);
      if (used.has(id)) {
        let n = 2;
        while (used.has(`${id}-${n}`)) n += 1;
        id = `${id}-${n}`;
      }
      if (id !== anchor.id) {
        renamed.set(anchor.id, id);
        addNote(notes, `Renamed the anchor "${anchor.id}" to "${id}" (anchors use lowercase letters, digits and hyphens), and the links to it.`);
      }
      used.add(id);
      anchor.id = id;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
}

/**
 * Rewrites the document's links: fragments to renamed anchors follow them; a relative or site path
 * that names one of the site's notices leads to it; other relative paths become absolute addresses on
 * the original site with `baseUrl`, or are removed (keeping their words) without one.
 */
function rewriteLinks(tree: Root, targets: Targets, links: LinkOptions | undefined, notes: string[]): void {
  const visit = (parent: Parents): void => {
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (child.type === 'link') {
        const rewritten = rewriteLink(child, targets, links, notes);
        if (rewritten === undefined) {
          children.splice(index, 1, ...(child.children as RootContent[]));
          index -= 1;
          continue;
        }
        child.url = rewritten;
      }
      if ('children' in child) visit(child);
    }
  };
  visit(tree);
}

interface Targets {
  /** Ids the importer changed, old → new. */
  renamed: Map<string, string>;
  /** Ids the title had as a heading, which the page's title no longer carries. */
  titleIds: Set<string>;
}

function rewriteLink(link: Link, { renamed, titleIds }: Targets, links: LinkOptions | undefined, notes: string[]): string | undefined {
  const url = link.url.trim();
  const line = link.position ? `Line ${link.position.start.line}: ` : '';
  if (url.startsWith('#')) {
    const target = decodeFragment(url.slice(1));
    if (titleIds.has(target)) {
      addNote(notes, `${line}removed the link to ${url} around "${toString(link)}": it pointed at the title, which is now the page's own heading.`);
      return undefined;
    }
    return renamed.has(target) ? `#${renamed.get(target)}` : url;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
  // Without a site to link into (a bare conversion), other addresses stay as written.
  if (!links) return url;
  const hashAt = url.indexOf('#');
  const pathPart = (hashAt >= 0 ? url.slice(0, hashAt) : url).split('?')[0];
  const fragment = hashAt >= 0 ? url.slice(hashAt) : '';
  const name = pathPart
    .replace(/\/(?:index|readme)\.(?:md|markdown|html?)$/i, '/')
    .replace(/\.(?:md|markdown|html?)$/i, '')
    .split('/')
    .filter((segment) => segment && segment !== '.' && segment !== '..')
    .at(-1);
  const notice = name ? slugifyAnchor(name) : undefined;
  if (notice && links?.notices.has(notice)) {
    const to = `/${notice}/${fragment}`;
    addNote(notes, `${line}the link to ${url} now leads to the notice ${to}.`);
    return to;
  }
  if (links?.baseUrl) {
    try {
      const absolute = new URL(pathPart.replace(/(^|\/)(?:index|readme)\.(?:md|markdown)$/i, '$1').replace(/\.(?:md|markdown)$/i, '.html'), links.baseUrl);
      if (absolute.protocol === 'https:' || absolute.protocol === 'http:') {
        const to = `${absolute.href}${fragment}`;
        addNote(notes, `${line}the link to ${url} now goes to ${to} on the original site.`);
        return to;
      }
    } catch {
      // An address that cannot be resolved is removed below, like any other that leads nowhere here.
    }
  }
  addNote(
    notes,
    `${line}removed the link to ${url} around "${toString(link)}": it leads to a page of the original site that is not a notice here${links?.baseUrl ? '' : ' (--base-url makes such links absolute addresses)'}.`,
  );
  return undefined;
}

/** Table cells hold one line: lists and paragraphs inside them (from HTML tables) are joined into it. */
function flattenTableCells(tree: Root, notes: string[]): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'tableCell') {
      const cell = node as TableCell;
      const blocks = cell.children as unknown as RootContent[];
      if (blocks.some((child) => !isPhrasing(child))) {
        cell.children = flattenBlocks(blocks);
        addNote(notes, 'Table cells held paragraphs or lists, which a table cell cannot hold: each cell was joined into one line ("•" before each former list item). Check the tables.');
      }
      replaceBreaks(cell);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
}

/** A line break cannot be written inside a table row: a space keeps the words apart. */
function replaceBreaks(node: Parents): void {
  node.children = (node.children as RootContent[]).map((child) => {
    if (child.type === 'break') return { type: 'text', value: ' ' };
    if ('children' in child) replaceBreaks(child);
    return child;
  }) as typeof node.children;
}

function isPhrasing(node: RootContent): boolean {
  return !['root', 'tableRow', 'tableCell', 'paragraph', 'list', 'listItem', 'heading', 'blockquote', 'table', 'code', 'thematicBreak'].includes(node.type);
}

function flattenBlocks(nodes: RootContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const push = (parts: PhrasingContent[]) => {
    if (out.length && parts.length) out.push({ type: 'text', value: ' ' });
    out.push(...parts);
  };
  for (const node of nodes) {
    if (isPhrasing(node)) push([node as PhrasingContent]);
    else if (node.type === 'list') {
      for (const item of node.children) push([{ type: 'text', value: '• ' }, ...flattenBlocks(item.children as RootContent[])]);
    } else if ('children' in node) push(flattenBlocks(node.children as RootContent[]));
    else if (node.type === 'code') push([{ type: 'inlineCode', value: node.value }]);
  }
  return out.map((part) => (part.type === 'break' ? { type: 'text', value: ' ' } : part));
}

function stringify(tree: Root, ids: Map<Heading, string>): string {
  const anchor: Handle = (node) => `<Anchor id="${(node as unknown as AnchorNode).id}" />`;
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
      ...({ anchor } as Partial<ToMarkdownOptions['handlers']>),
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

/** The words of the written body as the site will show them: compiled the way a notice is. */
function readVisibleText(body: string): string[] {
  const { tree } = parseNoticeBody(body, 1, 'imported.mdx');
  if (!tree) return [body];
  const texts: string[] = [];
  const visit = (node: MdxNode): void => {
    if (node.type === 'text' || node.type === 'inlineCode') texts.push(node.value);
    else if (node.type === 'break') texts.push(' ');
    if ('children' in node) {
      for (const child of node.children as MdxNode[]) visit(child);
      texts.push(' ');
    }
  };
  visit(tree);
  return [texts.join('')];
}

function normalizeWords(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Compares the words of the source's units with the words of the text, in order. */
export function compareWithSource(units: SourceUnit[], output: string[]): FidelityReport {
  const counts: FidelityReport['counts'] = { heading: 0, paragraph: 0, item: 0, cell: 0 };
  const sourceWords: { word: string; line?: number }[] = [];
  for (const unit of units) {
    counts[unit.kind ?? 'paragraph'] += 1;
    for (const word of normalizeWords(unit.text)) sourceWords.push({ word, line: unit.line });
  }
  const outputWords = output.flatMap(normalizeWords);
  const changes = diffArrays(sourceWords.map((w) => w.word), outputWords);
  const lost: FidelityReport['lost'] = [];
  const added: string[] = [];
  let at = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) lost.push({ line: sourceWords[at]?.line, words: change.value.join(' ') });
    else if (change.added) added.push(change.value.join(' '));
    if (!change.added) at += count;
  }
  return { counts, lost, added };
}
