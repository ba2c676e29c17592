// Writes and reads XLIFF 2.0 files, the format translation tools (memoQ, Trados, Phrase, Crowdin,
// Weblate) exchange, through the `xliff` package. A file that comes back is untrusted: it is read
// without a DTD and without entities, within size and depth limits, and only the parts Paragraf asks for.

import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import { js2xml, xml2js, type Element } from 'xml-js';
import type { Problem } from '../errors.ts';
import { getCode, type CodeInfo, type InlineContent, type PlaceholderRole, type SpanRole } from './units.ts';

export interface XliffUnitOut {
  id: string;
  note: string;
  source: InlineContent;
  /** The translation there is already, if any: a translation tool shows it for review. */
  target?: InlineContent;
  codes: ReadonlyMap<string, CodeInfo>;
}

export interface XliffFileOut {
  id: string;
  units: XliffUnitOut[];
}

export interface XliffDocumentOut {
  sourceLanguage: string;
  targetLanguage: string;
  files: XliffFileOut[];
}

/** A code as a translation gives it back: its id and, for a span, what is inside. */
export type RawItem = string | { kind: 'pc'; id: string; children: RawItem[] } | { kind: 'ph'; id: string };

export interface XliffUnitIn {
  id: string;
  /** The translation; undefined when the unit has no target or an empty one. */
  target?: RawItem[];
}

export interface XliffFileIn {
  id: string;
  units: Map<string, XliffUnitIn>;
}

export interface XliffDocumentIn {
  version: string;
  sourceLanguage?: string;
  targetLanguage?: string;
  files: XliffFileIn[];
}

/** Larger files are refused before they are read: no set of notices comes near this. */
export const MAX_XLIFF_BYTES = 20 * 1024 * 1024;
/** Deeper nesting of elements is refused: an XLIFF file needs about ten levels. */
export const MAX_XLIFF_DEPTH = 64;

const SPAN_TYPES: Record<SpanRole, { type: string; subType?: string }> = {
  strong: { type: 'fmt', subType: 'xlf:b' },
  emphasis: { type: 'fmt', subType: 'xlf:i' },
  delete: { type: 'fmt' },
  link: { type: 'link' },
  lang: { type: 'other' },
};

const PLACEHOLDER_TYPES: Record<PlaceholderRole, { type: string; subType?: string }> = {
  code: { type: 'other' },
  break: { type: 'fmt', subType: 'xlf:lb' },
  image: { type: 'image' },
  anchor: { type: 'other' },
  autolink: { type: 'link' },
  variable: { type: 'other' },
  other: { type: 'other' },
};

// Tags of the file's outline, each put on a line of its own at its depth, so a person can read the file.
const LAYOUT_DEPTH: Record<string, number> = { file: 1, unit: 2, notes: 3, segment: 3, note: 4, source: 4, target: 4 };

/** The XLIFF 2.0 text of a document. */
export async function writeXliff(document: XliffDocumentOut): Promise<string> {
  const resources: Record<string, Record<string, unknown>> = {};
  for (const file of document.files) {
    const units: Record<string, unknown> = {};
    for (const unit of file.units) {
      units[unit.id] = {
        source: toLibraryValue(unit.source, unit.codes),
        ...(unit.target ? { target: toLibraryValue(unit.target, unit.codes) } : {}),
        note: protectText(unit.note),
      };
    }
    resources[file.id] = units;
  }
  // Indentation would put spaces and line breaks inside the texts (the library indents inline codes
  // too), so the library writes one line and only the outline's tags are placed on lines below.
  const xml = await js2xliff({ sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage, resources }, { indent: false });
  const laidOut = xml.replace(/<(\/?)(file|unit|notes|note|segment|source|target|xliff)\b/g, (tag, closing: string, name: string) => {
    if (name === 'xliff') return closing ? `\n${tag}` : tag;
    if (closing && ['note', 'source', 'target'].includes(name)) return tag;
    return `\n${'  '.repeat(LAYOUT_DEPTH[name])}${tag}`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${laidOut}\n`;
}

function toLibraryValue(content: InlineContent, codes: ReadonlyMap<string, CodeInfo>): unknown[] {
  return content.map((item) => {
    if (typeof item === 'string') return protectText(item);
    const code = getCode(codes, item.id);
    // Every code of the source is protected: a translator moves it, but can neither delete nor copy it.
    // A <Lang> only the translation has may go.
    const locked = { canCopy: 'no', canDelete: codes.has(item.id) ? 'no' : 'yes' };
    if (item.type === 'span') {
      const kind = SPAN_TYPES[item.role];
      return {
        Span: {
          id: item.id,
          ...kind,
          ...locked,
          dispStart: escapeAttribute(code?.open ?? ''),
          dispEnd: escapeAttribute(code?.close ?? ''),
          contents: toLibraryValue(item.children, codes),
        },
      };
    }
    const kind = PLACEHOLDER_TYPES[item.role];
    const markup = code?.markup ?? '';
    const equiv = item.role === 'code' || item.role === 'autolink' || item.role === 'variable' ? markup.replace(/^`+|`+$/g, '') : '';
    return { Standalone: { id: item.id, ...kind, ...locked, disp: escapeAttribute(markup), equiv: escapeAttribute(equiv) } };
  });
}

// The XML writer under the library (xml-js) escapes only the quote in attribute values, so the other
// characters XML reserves are escaped here, once.
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// The same writer turns "&amp;" in a text into "&" before escaping it, so a text that really says
// "&amp;" would lose it; doubled here, it comes out as written.
function protectText(value: string): string {
  return value.replace(/&amp;/g, '&amp;amp;');
}

/** Reads an XLIFF file a translator sends back; problems name `file`. */
export async function readXliff(text: string, file: string): Promise<{ document?: XliffDocumentIn; problems: Problem[] }> {
  const problem = (message: string, fix: string, line?: number): { problems: Problem[] } => ({
    problems: [{ file, ...(line ? { line, column: 1 } : {}), severity: 'error', message, fix }],
  });
  if (Buffer.byteLength(text, 'utf8') > MAX_XLIFF_BYTES) {
    return problem(`the file is larger than ${MAX_XLIFF_BYTES / 1024 / 1024} MB`, 'export fewer notices at a time (--notice)');
  }
  // A DTD can define entities that stand for other files or for gigabytes of text; XLIFF needs none.
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) {
    return problem(
      `the file has a <!${declaration[1].toUpperCase()}> declaration, which Paragraf does not read: an XLIFF file needs no DTD or entities`,
      'save the file again from your translation tool without a DOCTYPE, or remove that declaration',
      text.slice(0, declaration.index).split('\n').length,
    );
  }
  let tree: Element;
  try {
    tree = xml2js(text, { captureSpacesBetweenElements: true }) as Element;
  } catch (error) {
    const reason = String((error as Error).message ?? error).split('\n');
    const line = /Line: (\d+)/.exec(reason.join('\n'));
    return problem(`the file is not well-formed XML (${reason[0]})`, 'save it again from your translation tool, or undo the hand edit', line ? Number(line[1]) + 1 : undefined);
  }
  const depth = measureDepth(tree);
  if (depth > MAX_XLIFF_DEPTH) return problem(`the elements in the file are nested more than ${MAX_XLIFF_DEPTH} levels deep`, 'export the file again; XLIFF needs about ten levels');
  const root = tree.elements?.find((element) => element.type === 'element');
  if (!root || root.name !== 'xliff') {
    return problem(`the file is not XLIFF: its root element is <${root?.name ?? '(none)'}>`, 'import the .xlf file that "npm run i18n -- export" wrote, after translation');
  }
  const version = String(root.attributes?.version ?? '');
  if (!/^2\.\d$/.test(version)) {
    return problem(
      `the file is XLIFF ${version || '(no version)'}; Paragraf reads XLIFF 2.0`,
      'save the file from your translation tool as XLIFF 2.0 (the format it was exported in)',
    );
  }
  prepareForLibrary(root, false);
  let parsed: unknown;
  try {
    parsed = await xliff2js(js2xml(tree, {}), {});
  } catch (error) {
    return problem(`the XLIFF file cannot be read (${String((error as Error).message ?? error).split('\n')[0]})`, 'save it again from your translation tool');
  }
  const result = parsed as { sourceLanguage?: string; targetLanguage?: string; resources?: Record<string, Record<string, unknown>> };
  const files: XliffFileIn[] = [];
  for (const [id, units] of Object.entries(result.resources ?? {})) {
    const read = new Map<string, XliffUnitIn>();
    for (const [unitId, value] of Object.entries(units)) {
      if (unitId.startsWith('_') || !value || typeof value !== 'object') continue;
      const target = (value as { target?: unknown }).target;
      const raw = target === undefined ? undefined : toRawItems(target);
      read.set(unitId, { id: unitId, target: raw && raw.some((item) => typeof item !== 'string' || item.trim() !== '') ? raw : undefined });
    }
    files.push({ id, units: read });
  }
  return { document: { version, sourceLanguage: result.sourceLanguage, targetLanguage: result.targetLanguage, files }, problems: [] };
}

function measureDepth(tree: Element): number {
  let deepest = 0;
  const stack: { element: Element; depth: number }[] = [{ element: tree, depth: 0 }];
  while (stack.length) {
    const { element, depth } = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of element.elements ?? []) stack.push({ element: child, depth: depth + 1 });
  }
  return deepest;
}

/**
 * Makes the tree one the library reads faithfully. Inside <source> and <target>: runs of white space
 * become one space and a space between two codes is kept as CDATA (the library drops white space
 * between elements); annotations (<mrk>) that tools add are replaced by the text they mark, and their
 * markers (<sm/>, <em/>) dropped, because the library would drop the marked text. Outside, white space
 * between elements goes. Values are escaped for the XML writer's two quirks (see escapeAttribute).
 */
function prepareForLibrary(element: Element, inText: boolean): void {
  if (element.attributes) {
    for (const [key, value] of Object.entries(element.attributes)) {
      if (typeof value === 'string') element.attributes[key] = escapeAttribute(value);
    }
  }
  if (!element.elements) return;
  const inside = inText || element.name === 'source' || element.name === 'target';
  const children: Element[] = [];
  for (const child of element.elements) {
    if (child.type === 'text' || child.type === 'cdata') {
      const value = String(child.type === 'text' ? child.text : child.cdata);
      if (!inside) continue;
      const collapsed = value.replace(/[ \t\r\n]+/g, ' ');
      if (collapsed === ' ') children.push({ type: 'cdata', cdata: ' ' });
      else if (collapsed) children.push({ type: 'text', text: protectText(collapsed) });
      continue;
    }
    if (child.type !== 'element') continue;
    if (inside && (child.name === 'sm' || child.name === 'em')) continue;
    prepareForLibrary(child, inside);
    if (inside && child.name === 'mrk') children.push(...(child.elements ?? []));
    else children.push(child);
  }
  element.elements = children;
}

/** The library's value of a <target> as words and codes; sc/ec pairs become spans again. */
function toRawItems(value: unknown): RawItem[] {
  const items = Array.isArray(value) ? value : [value];
  const root: RawItem[] = [];
  const open: { id: string; children: RawItem[] }[] = [];
  const current = () => (open.length ? open[open.length - 1].children : root);
  for (const item of items) {
    if (typeof item === 'string') {
      if (item) current().push(item);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const [kind, raw] = Object.entries(item as Record<string, unknown>)[0] ?? [];
    const data = (raw ?? {}) as { id?: unknown; startRef?: unknown; contents?: unknown };
    const id = String(data.id ?? data.startRef ?? '');
    switch (kind) {
      case 'Span':
        current().push({ kind: 'pc', id, children: data.contents === undefined || data.contents === '' ? [] : toRawItems(data.contents) });
        break;
      case 'Standalone':
        current().push({ kind: 'ph', id });
        break;
      case 'SpanStart':
        open.push({ id, children: [] });
        break;
      case 'SpanEnd': {
        const index = open.findLastIndex((span) => span.id === id);
        if (index === -1) break;
        // Spans still open inside this one end with it: sc/ec may overlap, Markdown may not.
        while (open.length > index) {
          const span = open.pop()!;
          current().push({ kind: 'pc', id: span.id, children: span.children });
        }
        break;
      }
      default:
        break;
    }
  }
  while (open.length) {
    const span = open.pop()!;
    current().push({ kind: 'pc', id: span.id, children: span.children });
  }
  return root;
}
