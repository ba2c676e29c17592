// The safe-MDX allow-list: what a notice's syntax tree may contain. Everything not named here is
// refused — code (import/export, expressions), components and attributes not on the list, addresses
// that could run code or reach another site, images other than the site's own. The check calls it for
// friendly messages; the renderer calls it again on the exact tree it is about to turn into HTML.

import { slug } from 'github-slugger';
import type { Problem } from '../errors.ts';
import { describeRefusedLink, readLink, shorten, type LinkTarget } from '../urls.ts';
import type { MdxNode } from './parse.ts';

/** Where a passage may stand: on lines of its own ("flow"), inside a paragraph ("text"), or either. */
type Placement = 'flow' | 'text' | 'any';

/** An attribute whose values cannot be listed: each value is tested, and a finding says what is wrong. */
export interface AttributeTest {
  /** The values it takes, in the words of a message, e.g. `a language tag such as code="en"`. */
  describe: string;
  /** What is wrong with `value` given to the component `tag` (written `<Name>`), if anything. */
  test(value: string, tag: string): { message: string; fix: string } | undefined;
}

export interface ComponentRule {
  placement: Placement;
  /** Each allowed attribute with the values it may take: a list, or a test. */
  attributes: Readonly<Record<string, readonly string[] | AttributeTest>>;
  /** Attributes that must be given. */
  required?: readonly string[];
  /** Whether it opens the text: at most once, at the top level, before the first heading. */
  opening?: boolean;
  /** Whether it holds exactly one list and nothing else. */
  holdsList?: boolean;
  /** Whether the component is written empty, `<Name … />`, with nothing between tags. */
  empty?: boolean;
  /** What the component is for, in the words of a message. */
  purpose: string;
}

/**
 * A language tag the page can put in `lang`: well-formed BCP 47, in its canonical spelling, naming a
 * language the browser knows (so axe's valid-lang rule and screen readers accept it).
 */
export const LANGUAGE_TAG: AttributeTest = {
  describe: 'a language tag such as code="en" or code="fr-CA"',
  test(value) {
    let canonical: string | undefined;
    try {
      canonical = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value) && value.length <= 35 ? Intl.getCanonicalLocales(value)[0] : undefined;
    } catch {
      canonical = undefined;
    }
    if (!canonical) {
      return { message: `code="${shorten(value, 40)}" is not a language tag`, fix: 'write a language tag such as code="en", code="sv" or code="fr-CA"' };
    }
    const language = canonical.split('-')[0];
    if (!getLanguageNames().of(language)) {
      return { message: `code="${shorten(value, 40)}" names no language Paragraf knows ("${language}")`, fix: 'write the two- or three-letter code of the language, e.g. code="en" for English' };
    }
    if (canonical !== value) return { message: `code="${value}" is not written the usual way`, fix: `write code="${canonical}"` };
    return undefined;
  },
};

let languageNames: Intl.DisplayNames | undefined;
function getLanguageNames(): Intl.DisplayNames {
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return languageNames;
}

/** An explicit anchor: lowercase letters, digits and single hyphens. */
export const ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An anchor a component gives: the form of a heading anchor, and not a name the page uses itself. */
export const ANCHOR_ID: AttributeTest = {
  describe: 'an anchor such as id="how-we-use-data"',
  test(value, tag) {
    if (!ANCHOR.test(value)) {
      return { message: `id="${shorten(value, 40)}" in ${tag} may use only lowercase letters a–z, digits and single hyphens`, fix: 'write e.g. id="how-we-use-data"' };
    }
    if (PAGE_IDS.has(value)) return { message: `id="${value}" in ${tag} is a name the page itself uses`, fix: `choose another, e.g. id="${value}-section"` };
    return undefined;
  },
};

/** The components notice texts may use, with the attributes and values each may take. */
export const ALLOWED_COMPONENTS: Readonly<Record<string, ComponentRule>> = {
  Callout: { placement: 'flow', attributes: { type: ['note', 'important'] }, purpose: 'a note that stands out' },
  KeyPoints: { placement: 'flow', attributes: {}, opening: true, holdsList: true, purpose: 'the first layer: a short list of key points at the top' },
  Lang: { placement: 'any', attributes: { code: LANGUAGE_TAG }, required: ['code'], purpose: 'a passage in another language' },
  // A place links can point to that is not a heading: a table row, a list item, a paragraph.
  Anchor: { placement: 'any', attributes: { id: ANCHOR_ID }, required: ['id'], empty: true, purpose: 'a place links can point to' },
};

/** The Markdown constructs a notice may contain; anything else in the tree is refused. */
const ALLOWED_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'break',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'definition',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

/**
 * Ids the page itself uses around a notice's text: a heading anchor with one of these names would
 * clash with the page (two elements with one id, a skip link landing in the wrong place).
 */
export const PAGE_IDS: ReadonlySet<string> = new Set([
  'main',
  'toc-heading',
  'redline-summary-heading',
  'redline-jump-heading',
  'search-query',
  'search-notice',
  'search-all-versions',
  'status-caption',
  'key-points-heading',
  'upcoming-changes-heading',
]);

/** Image files a notice may show, by extension. SVG is left out: it can carry scripts. */
export const IMAGE_EXTENSIONS: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
};

/** The site path images are served under; they live in `<content>/assets/`. */
export const ASSETS_PATH = '/assets/';

export interface GuardOptions {
  /** Path for messages. */
  file: string;
  /**
   * Site paths of the image files in the content folder's assets/, e.g. "/assets/map.png". When not
   * given, images are checked for their form only (the links check then looks for the files).
   */
  assets?: ReadonlySet<string>;
  /** Hosts remote images may come from over https; none unless site.yaml lists some. */
  imageHosts: readonly string[];
}

export interface HeadingAnchor {
  node: Extract<MdxNode, { type: 'heading' }>;
  id: string;
  /** Whether the id was written as `{#id}`. */
  explicit: boolean;
}

/** An `<Anchor id="…" />` placed in the text. */
export interface PlacedAnchor {
  node: Extract<MdxNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
  id: string;
}

export interface GuardResult {
  problems: Problem[];
  /** Every heading with the anchor the page gives it, in order. */
  anchors: HeadingAnchor[];
  /** Every valid `<Anchor id>` in order. */
  placed: PlacedAnchor[];
}

type Report = (node: { position?: MdxNode['position'] } | undefined, message: string, fix: string) => void;

/** Checks every node of a parsed notice body against the allow-list and gives each heading its anchor. */
export function guardTree(tree: MdxNode, options: GuardOptions): GuardResult {
  const problems: Problem[] = [];
  const report: Report = (node, message, fix) =>
    problems.push({
      file: options.file,
      line: node?.position?.start.line ?? 1,
      column: node?.position?.start.column ?? 1,
      severity: 'error',
      message,
      fix,
    });
  const definitions = new Map<string, Extract<MdxNode, { type: 'definition' }>>();
  const imageDefinitions = new Set<string>();
  const walk = (node: MdxNode, parent: MdxNode | undefined): void => {
    if (node.type === 'definition') definitions.set(node.identifier.toUpperCase(), node);
    if (node.type === 'imageReference') imageDefinitions.add(node.identifier.toUpperCase());
    checkNode(node, parent, options, report);
    if ('children' in node) for (const child of node.children as MdxNode[]) walk(child, node);
  };
  walk(tree, undefined);
  checkOpenings(tree, report);
  // A reference takes its address from the definition: check that address as what it is used for.
  for (const [identifier, definition] of definitions) {
    if (imageDefinitions.has(identifier)) checkImageAddress(definition, definition.url, options, report);
  }
  const placed = collectPlacedAnchors(tree);
  return { problems, anchors: assignAnchors(tree, placed, report), placed };
}

/** The `<Anchor>` elements whose id is of the allowed form (the others were reported by checkElement). */
function collectPlacedAnchors(tree: MdxNode): PlacedAnchor[] {
  const placed: PlacedAnchor[] = [];
  const walk = (node: MdxNode): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Anchor') {
      const id = getAttributeValue(node, 'id');
      if (id !== undefined && ANCHOR.test(id) && !PAGE_IDS.has(id)) placed.push({ node, id });
    }
    if ('children' in node) for (const child of node.children as MdxNode[]) walk(child);
  };
  walk(tree);
  return placed;
}

/** The string value of a component's attribute, if it has one. */
export function getAttributeValue(
  node: Extract<MdxNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>,
  name: string,
): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') return attribute.value;
  }
  return undefined;
}

function checkNode(node: MdxNode, parent: MdxNode | undefined, options: GuardOptions, report: Report): void {
  switch (node.type) {
    case 'mdxjsEsm': {
      const keyword = String(node.value).trimStart().startsWith('import') ? 'import' : 'export';
      report(
        node,
        `an "${keyword}" line is not allowed in a notice: notice texts may not contain code`,
        'remove the line; to start a line with that word, write it differently (e.g. put it after other words)',
      );
      return;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      report(
        node,
        `"{${shorten(String(node.value), 40)}}" is a JavaScript expression, which notices may not contain`,
        'remove the braces; to show a brace in the text, write \\{ — a heading anchor {#id} goes at the very end of the heading line',
      );
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, parent, report);
      return;
    case 'link':
    case 'definition':
      checkLinkAddress(node, node.url, report);
      break;
    case 'image':
      checkImageAddress(node, node.url, options, report);
      break;
    case 'imageReference':
      break;
    case 'heading':
      checkHeadingData(node, report);
      return;
    default:
      if (!ALLOWED_NODES.has(node.type)) {
        report(node, `${describeNodeType(node.type)} is not supported in a notice`, 'write it as plain Markdown text');
        return;
      }
  }
  if (node.type === 'image' || node.type === 'imageReference') {
    if (!node.alt || node.alt.trim() === '') {
      report(
        node,
        'the image has no description, so screen-reader users do not know what it shows',
        'describe the image between the square brackets, e.g. ![Map of our offices](/assets/offices.png)',
      );
    }
  }
  if (node.data && Object.keys(node.data).length > 0) {
    report(node, 'this passage carries attributes that notices do not allow', 'remove the {…} after it');
  }
}

function checkElement(
  node: Extract<MdxNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>,
  parent: MdxNode | undefined,
  report: Report,
): void {
  const name = node.name ?? '';
  const tag = name ? `<${name}>` : '<>';
  const rule = Object.hasOwn(ALLOWED_COMPONENTS, name) ? ALLOWED_COMPONENTS[name] : undefined;
  const lower = name.toLowerCase();
  if (!rule) {
    if (lower === 'script') report(node, 'a <script> element is not allowed: notices may not run code', 'remove it');
    else if (lower === 'style') {
      report(node, 'a <style> element is not allowed: the site’s own stylesheet styles every notice', 'remove it; to make a passage stand out, put it in a <Callout>');
    } else if (['iframe', 'object', 'embed', 'frame', 'frameset'].includes(lower)) {
      report(node, `an ${tag} element is not allowed: notices may not embed other pages or files`, 'remove it and link to the content instead, e.g. [text](https://…)');
    } else {
      report(
        node,
        `${tag} is not allowed in a notice: the only ${componentCount()} ${listComponents()}`,
        'use Markdown instead (## headings, **bold**, lists, tables, [links](https://…)), or <Callout> for a note that stands out',
      );
    }
    return;
  }
  const placement: Placement = node.type === 'mdxJsxFlowElement' ? 'flow' : 'text';
  const misplaced = rule.placement !== 'any' && placement !== rule.placement;
  if (misplaced) {
    report(
      node,
      `${tag} must stand on lines of its own, not inside a paragraph`,
      `put ${tag} on one line, the text on the lines after it, and </${name}> on a line of its own, with blank lines around`,
    );
  }
  if (parent?.type === 'mdxJsxFlowElement' || parent?.type === 'mdxJsxTextElement') {
    report(node, `${tag} cannot stand inside another component`, `close the outer component before opening ${tag}`);
  } else if (rule.opening && !misplaced && parent?.type !== 'root') {
    report(node, `${tag} must stand at the top of the text, not inside a list or quote`, `move ${tag} above the first heading, on lines of its own`);
  }
  if (rule.holdsList && !misplaced) {
    const children = node.children as MdxNode[];
    const stray = children.length === 1 && children[0].type === 'list' ? undefined : (children.find((child) => child.type !== 'list') ?? children[1] ?? node);
    if (stray) {
      report(stray, `${tag} holds one list and nothing else`, `write the points as one list ("- …" on each line) between ${tag} and </${name}>, with blank lines around`);
    }
  }
  for (const required of rule.required ?? []) {
    if (!node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === required)) {
      const wanted = rule.attributes[required];
      report(node, `${tag} needs ${/^[aeiou]/.test(required) ? 'an' : 'a'} "${required}" attribute`, `write ${Array.isArray(wanted) ? `${required}="${wanted[0]}"` : (wanted as AttributeTest).describe}`);
    }
  }
  if (rule.empty && node.children.length > 0) {
    report(node, `${tag} holds text, but it only marks a place`, `write it empty, <${name} ${Object.entries(rule.attributes).map(([attribute]) => `${attribute}="…"`).join(' ')} />, next to the text`);
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(attribute, `"{${shorten(String(attribute.value), 40)}}" in ${tag} is a JavaScript expression, which notices may not contain`, 'remove it');
      continue;
    }
    const attributeName = attribute.name;
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value === 'object') {
      report(
        attribute,
        `${attributeName}={${shorten(String(value.value), 40)}} is a JavaScript expression, which notices may not contain`,
        `write the value in quotes instead, e.g. ${attributeName}="…"`,
      );
      continue;
    }
    if (/^on/i.test(attributeName)) {
      report(attribute, `the "${attributeName}" attribute would run code when the reader uses the page`, 'remove it: notices may not run code');
      continue;
    }
    const values = Object.hasOwn(rule.attributes, attributeName) ? rule.attributes[attributeName] : undefined;
    if (!values) {
      report(attribute, `${tag} has no "${attributeName}" attribute`, Object.keys(rule.attributes).length ? `remove it; ${tag} takes only ${describeAttributes(rule)}` : `remove it; ${tag} takes no attributes`);
    } else if (!Array.isArray(values)) {
      const finding = typeof value === 'string' ? (values as AttributeTest).test(value, tag) : { message: `${attributeName} in ${tag} has no value`, fix: `write ${(values as AttributeTest).describe}` };
      if (finding) report(attribute, finding.message, finding.fix);
    } else if (typeof value !== 'string' || !values.includes(value)) {
      report(
        attribute,
        `${attributeName}=${typeof value === 'string' ? `"${shorten(value, 40)}"` : '(no value)'} is not a kind of ${tag}`,
        `use ${values.map((v) => `${attributeName}="${v}"`).join(' or ')}`,
      );
    }
  }
}

/** A component that opens the text (the first layer) comes once, before the first heading. */
function checkOpenings(tree: MdxNode, report: Report): void {
  if (tree.type !== 'root') return;
  const seen = new Map<string, number>();
  let headingLine: number | undefined;
  for (const node of tree.children as MdxNode[]) {
    if (node.type === 'heading') headingLine ??= node.position?.start.line ?? 1;
    if (node.type !== 'mdxJsxFlowElement' || !node.name || !Object.hasOwn(ALLOWED_COMPONENTS, node.name)) continue;
    if (!ALLOWED_COMPONENTS[node.name].opening) continue;
    const tag = `<${node.name}>`;
    const line = node.position?.start.line ?? 1;
    if (seen.has(node.name)) {
      report(node, `a text has one ${tag}, and this is another (the first is on line ${seen.get(node.name)})`, `put every key point in the first ${tag} and remove this one`);
      continue;
    }
    seen.set(node.name, line);
    if (headingLine !== undefined) {
      report(node, `${tag} must come before the first heading (line ${headingLine}), where readers see it first`, `move it to the top of the text`);
    }
  }
}

function checkLinkAddress(node: MdxNode, url: string, report: Report): LinkTarget {
  const target = readLink(url);
  if (target.kind === 'refused') report(node, ...toPair(describeRefusedLink(target, url)));
  return target;
}

function checkImageAddress(node: MdxNode, url: string, options: GuardOptions, report: Report): void {
  const target = readLink(url);
  if (target.kind === 'refused') {
    report(node, ...toPair(describeRefusedLink(target, url)));
    return;
  }
  if (target.kind === 'web') {
    if (!target.secure || !options.imageHosts.includes(target.url.hostname)) {
      report(
        node,
        `the image "${shorten(url)}" is on another site: loading it would tell that site who reads this notice`,
        options.imageHosts.length
          ? `put the image in the content folder's assets/ and write ![description](${ASSETS_PATH}name.png), or use https:// from ${options.imageHosts.join(', ')}`
          : `put the image in the content folder's assets/ and write ![description](${ASSETS_PATH}name.png)`,
      );
    }
    return;
  }
  const extension = target.kind === 'site' ? /\.([a-z0-9]+)$/i.exec(target.path)?.[1].toLowerCase() : undefined;
  if (target.kind !== 'site' || !target.path.startsWith(ASSETS_PATH) || target.path.includes('?') || target.anchor !== undefined) {
    report(
      node,
      `the image "${shorten(url)}" is not one of the site's image files`,
      `put the image in the content folder's assets/ and write ![description](${ASSETS_PATH}name.png)`,
    );
  } else if (!extension || !Object.hasOwn(IMAGE_EXTENSIONS, extension)) {
    report(
      node,
      `"${shorten(url)}" is not an image file Paragraf publishes`,
      `use a ${Object.keys(IMAGE_EXTENSIONS).join(', ')} file (SVG can hold scripts, so it is not accepted)`,
    );
  } else if (options.assets && !options.assets.has(target.path)) {
    report(node, `the image "${shorten(url)}" does not exist in the content folder's assets/`, 'add the file there, or correct the name');
  }
}

function checkHeadingData(node: Extract<MdxNode, { type: 'heading' }>, report: Report): void {
  const properties = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties ?? {};
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'id') {
      const id = String(value);
      if (!ANCHOR.test(id)) {
        const suggestion = slug(id).replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
        report(
          node,
          `the heading anchor "{#${shorten(id, 40)}}" may use only lowercase letters a–z, digits and single hyphens`,
          suggestion ? `write {#${suggestion}}` : 'write an anchor such as {#your-rights}',
        );
      } else if (PAGE_IDS.has(id)) {
        report(node, `the heading anchor "{#${id}}" is a name the page itself uses`, `choose another, e.g. {#${id}-section}`);
      }
    } else {
      report(
        node,
        `the heading carries "${key === 'className' ? '.class' : key}" after it; only an anchor {#id} may follow a heading`,
        'remove everything in the braces except #id',
      );
    }
  }
}

/**
 * Gives each heading its anchor: `{#id}` when written, else a GitHub-style slug of its text, unique on
 * the page. Written anchors and `<Anchor>` ids share one namespace: each may be used once.
 */
function assignAnchors(tree: MdxNode, placed: readonly PlacedAnchor[], report: Report): HeadingAnchor[] {
  const anchors: HeadingAnchor[] = [];
  const explicitAt = new Map<string, number>();
  const headings: Extract<MdxNode, { type: 'heading' }>[] = [];
  const collect = (node: MdxNode): void => {
    if (node.type === 'heading') headings.push(node);
    if ('children' in node) for (const child of node.children as MdxNode[]) collect(child);
  };
  collect(tree);
  // Written anchors are claimed first, so a generated one never takes a name a link relies on.
  const used = new Set<string>();
  const claims: { node: MdxNode; id: string; kind: 'heading' | 'anchor' }[] = [];
  for (const node of headings) {
    const id = getWrittenAnchor(node);
    if (id !== undefined && ANCHOR.test(id)) claims.push({ node, id, kind: 'heading' });
  }
  for (const anchor of placed) claims.push({ node: anchor.node, id: anchor.id, kind: 'anchor' });
  claims.sort((a, b) => (a.node.position?.start.offset ?? 0) - (b.node.position?.start.offset ?? 0));
  for (const { node, id, kind } of claims) {
    const line = node.position?.start.line ?? 1;
    if (explicitAt.has(id)) {
      const what = kind === 'heading' ? `the heading anchor {#${id}}` : `the anchor id="${id}"`;
      report(node, `${what} is also used on line ${explicitAt.get(id)}`, 'give each heading and <Anchor> its own id');
    } else {
      explicitAt.set(id, line);
      used.add(id);
    }
  }
  for (const node of headings) {
    const written = getWrittenAnchor(node);
    if (written !== undefined) {
      anchors.push({ node, id: written, explicit: true });
      continue;
    }
    const base = slug(getHeadingText(node)) || 'section';
    let id = base;
    for (let n = 1; used.has(id) || PAGE_IDS.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    anchors.push({ node, id, explicit: false });
  }
  return anchors;
}

function getWrittenAnchor(node: Extract<MdxNode, { type: 'heading' }>): string | undefined {
  const id = (node.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id;
  return id === undefined ? undefined : String(id);
}

/** A heading's words as the reader sees them. */
export function getHeadingText(node: MdxNode): string {
  const parts: string[] = [];
  const walk = (inner: MdxNode): void => {
    if (inner.type === 'text' || inner.type === 'inlineCode') parts.push(inner.value);
    else if (inner.type === 'break') parts.push(' ');
    else if ('children' in inner) for (const child of inner.children as MdxNode[]) walk(child);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function describeAttributes(rule: ComponentRule): string {
  return Object.entries(rule.attributes)
    .map(([name, values]) => (Array.isArray(values) ? values.map((v) => `${name}="${v}"`).join(' or ') : (values as AttributeTest).describe))
    .join(', ');
}

function componentCount(): string {
  return Object.keys(ALLOWED_COMPONENTS).length === 1 ? 'component is' : 'components are';
}

function listComponents(): string {
  return Object.entries(ALLOWED_COMPONENTS)
    .map(([name, rule]) => `<${name}> (${rule.purpose})`)
    .join(', ');
}

function describeNodeType(type: string): string {
  const names: Record<string, string> = {
    html: 'raw HTML',
    yaml: 'a second frontmatter block',
    toml: 'a TOML block',
    footnoteReference: 'a footnote',
    footnoteDefinition: 'a footnote',
    math: 'a formula',
    inlineMath: 'a formula',
  };
  return Object.hasOwn(names, type) ? names[type] : `"${type}"`;
}

function toPair(described: { message: string; fix: string }): [string, string] {
  return [described.message, described.fix];
}
