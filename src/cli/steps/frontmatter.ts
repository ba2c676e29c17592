// Step helpers: read and change a notice file's frontmatter while keeping the rest of the file as it was.

import { Document, parseDocument } from 'yaml';

const FRONTMATTER = /^(---\r?\n)([\s\S]*?\r?\n)?(---[ \t]*(?:\r?\n|$))/;

export interface FrontmatterParts {
  /** The YAML between the fences, with its final newline. */
  yaml: string;
  /** Everything after the closing fence. */
  body: string;
  open: string;
  close: string;
}

export function splitFrontmatter(source: string): FrontmatterParts | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  return { open: match[1], yaml: match[2] ?? '', close: match[3], body: source.slice(match[0].length) };
}

/**
 * Sets fields through the YAML Document, so quoting stays valid and existing fields keep their style;
 * `undefined` removes a field. Lines are never re-wrapped.
 */
export function setFrontmatterFields(source: string, fields: Record<string, unknown>): string {
  const parts = splitFrontmatter(source);
  if (!parts) throw new Error('the file has no frontmatter');
  const doc = parseDocument(parts.yaml);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) doc.delete(key);
    else doc.set(key, value);
  }
  const newline = parts.open.endsWith('\r\n') ? '\r\n' : '\n';
  const yaml = doc.toString({ lineWidth: 0 }).replace(/\r?\n/g, newline);
  return `${parts.open}${yaml}${parts.close}${parts.body}`;
}

/**
 * Sets one single-line `key: value` field, changing no other byte of the file: an existing line for
 * `key` is replaced, otherwise the line goes just before the closing fence.
 */
export function setFrontmatterLine(source: string, key: string, value: string): string {
  const parts = splitFrontmatter(source);
  if (!parts) throw new Error('the file has no frontmatter');
  const newline = parts.open.endsWith('\r\n') ? '\r\n' : '\n';
  const line = `${key}: ${value}`;
  const pattern = new RegExp(`^${key}:[^\\r\\n]*`, 'm');
  const yaml = pattern.test(parts.yaml) ? parts.yaml.replace(pattern, line) : `${parts.yaml}${line}${newline}`;
  return `${parts.open}${yaml}${parts.close}${parts.body}`;
}

/** The value of a top-level frontmatter field, if it is set. */
export function getFrontmatterField(source: string, key: string): unknown {
  const parts = splitFrontmatter(source);
  if (!parts) return undefined;
  const data = parseDocument(parts.yaml).toJS() as Record<string, unknown> | null;
  return data?.[key];
}

/** Renders a frontmatter block from fields in the given order. */
export function formatFrontmatter(fields: Record<string, unknown>): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `---\n${new Document(defined).toString({ lineWidth: 0 })}---\n`;
}
