// Step: list a new notice in the first sidebar group of site.yaml without disturbing the rest of the file.

import fs from 'node:fs';
import path from 'node:path';
import { Document, isNode, isSeq, LineCounter, parseDocument, type YAMLSeq } from 'yaml';
import type { PlannedWrite } from './write-files.ts';

export interface SidebarEdit {
  /** The whole new site.yaml. */
  text: string;
  /** The group's label in the source locale, for messages. */
  group: string;
}

/**
 * Appends `- notice: <slug>` to the first sidebar group's items. The YAML Document locates the list
 * and checks the result; the new line is inserted into the original text, because re-serialising the
 * whole document would re-wrap editors' folded paragraphs. Returns undefined if any group already lists it.
 */
export function addNoticeToSidebar(source: string, slug: string, sourceLocale: string): SidebarEdit | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length) throw new Error(`site.yaml cannot be read: ${doc.errors[0].message.split('\n')[0]}`);
  const items = doc.getIn(['sidebar', 0, 'items'], true);
  if (!isSeq(items)) throw new Error('site.yaml has no sidebar group with items');
  const groups = (doc.toJS() as { sidebar?: { items?: { notice?: string }[] }[] }).sidebar ?? [];
  if (groups.some((group) => group.items?.some((item) => item?.notice === slug))) return undefined;

  const label = doc.getIn(['sidebar', 0, 'label', sourceLocale]);
  const group = typeof label === 'string' ? label : 'the first group';
  const expected = doc.toJS() as { sidebar: { items: unknown[] }[] };
  expected.sidebar[0].items.push({ notice: slug });

  const text = insertItem(source, items, lineCounter, slug) ?? appendThroughDocument(doc, slug);
  const check = parseDocument(text);
  if (check.errors.length || JSON.stringify(check.toJS()) !== JSON.stringify(expected)) {
    // The textual insertion met a layout it does not understand; fall back to the Document's own output.
    return { text: appendThroughDocument(parseDocument(source), slug), group };
  }
  return { text, group };
}

/** Inserts a line after the last item, indented like the list; undefined for flow-style lists (`[a, b]`). */
function insertItem(source: string, items: YAMLSeq, lineCounter: LineCounter, slug: string): string | undefined {
  const last = items.items.at(-1);
  if (items.flow || !items.range || !isNode(last) || !last.range) return undefined;
  const indent = ' '.repeat(lineCounter.linePos(items.range[0]).col - 1);
  // range[1] is where the last item's value ends; the new item goes on the line after it.
  const lineEnd = source.indexOf('\n', last.range[1] - 1);
  const insertAt = lineEnd === -1 ? source.length : lineEnd + 1;
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const before = source.slice(0, insertAt);
  const separator = before === '' || before.endsWith('\n') ? '' : newline;
  const item = new Document([{ notice: slug }]).toString().trimEnd();
  return `${before}${separator}${indent}${item}${newline}${source.slice(insertAt)}`;
}

function appendThroughDocument(doc: Document, slug: string): string {
  const items = doc.getIn(['sidebar', 0, 'items'], true);
  if (isSeq(items)) items.add(doc.createNode({ notice: slug }));
  return doc.toString({ lineWidth: 0 });
}

/** The write that lists a new notice in site.yaml's sidebar, or undefined when it is listed already. */
export function planSidebarEntry(contentDir: string, slug: string, sourceLocale: string): PlannedWrite | undefined {
  const siteYaml = path.join(contentDir, 'site.yaml');
  const edit = addNoticeToSidebar(fs.readFileSync(siteYaml, 'utf8'), slug, sourceLocale);
  if (!edit) return undefined;
  return { absolutePath: siteYaml, content: edit.text, change: `added "- notice: ${slug}" to the sidebar group "${edit.group}"` };
}
