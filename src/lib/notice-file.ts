// The one reader of a notice file: where the frontmatter ends, what it says, where the body starts,
// and the hash that records a published text. Every part of Paragraf that reads a notice — the site,
// the checks, the lock, redlines, translation status, the CLI and the importer — reads it here.

import { createHash } from 'node:crypto';
import { Document, parseDocument } from 'yaml';
import type { Problem } from './errors.ts';
import { findClosest } from './checks/suggest.ts';
import { FRONTMATTER_FIELDS, frontmatterSchema, RECORD_KEEPING_FIELDS, type Frontmatter } from './schemas.ts';
import { decodeText, findDirectionOverride, readFileBytes } from './text-file.ts';
import { describeIssue, formatPath, parseYamlSource, validateYaml } from './yaml-source.ts';

/** The fence that opens and closes the frontmatter: a line of exactly three hyphens. */
export const FENCE = '---';

export interface NoticeSource {
  /** The YAML between the fences, without the fences; "" for an empty frontmatter. */
  frontmatter: string;
  /** Everything after the closing fence's line. */
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
}

export interface SplitFailure {
  line: number;
  message: string;
  fix: string;
}

/** A notice file as read: its normalised text, its validated frontmatter and its body. */
export interface NoticeFile extends NoticeSource {
  /** Path for messages. */
  file: string;
  /** The whole text as read: no byte-order mark, "\n" line endings. */
  source: string;
  /** The frontmatter as validated. */
  data: Frontmatter;
  /** The line of the file each frontmatter field is on. */
  fieldLines: Partial<Record<keyof Frontmatter, number>>;
  /** Whether the file on disk uses "\r\n" line endings, which a tool that rewrites it keeps. */
  crlf?: boolean;
}

/**
 * Splits a notice's text (already decoded, with "\n" line endings) into frontmatter and body. The
 * rule is strict on purpose: the first line is exactly "---", and the frontmatter ends at the next
 * line that is exactly "---". A line inside the frontmatter that starts like a fence ("--- ",
 * "----", "+++", "...") is refused rather than guessed at, because other tools (Astro, GitHub's file view,
 * editors' previews) would each end the frontmatter somewhere else and show a different text.
 */
export function splitNoticeSource(source: string): NoticeSource | SplitFailure {
  const firstEnd = source.indexOf('\n');
  const first = firstEnd === -1 ? source : source.slice(0, firstEnd);
  if (first !== FENCE) {
    if (first.startsWith('+++')) {
      return {
        line: 1,
        message: 'the frontmatter is written as TOML ("+++"); notices use YAML between "---" lines',
        fix: 'replace both "+++" lines with "---" and write the fields as "title: …"',
      };
    }
    if (first.startsWith(FENCE)) {
      return {
        line: 1,
        message: `the first line is "${visible(first)}", not exactly "---"`,
        fix: 'make the first line three hyphens and nothing else (no spaces after them)',
      };
    }
    return {
      line: 1,
      message: 'the file has no frontmatter: it must start with a "---" line',
      fix: 'start the file with a "---" line, then "title: …" and "summary: …", then another "---" line',
    };
  }
  let lineStart = firstEnd + 1;
  let line = 2;
  while (firstEnd !== -1 && lineStart <= source.length) {
    const end = source.indexOf('\n', lineStart);
    const text = source.slice(lineStart, end === -1 ? source.length : end);
    if (text === FENCE) {
      return {
        frontmatter: source.slice(firstEnd + 1, lineStart),
        body: end === -1 ? '' : source.slice(end + 1),
        bodyLine: line + 1,
      };
    }
    // Other readers end the frontmatter at any line starting with "---" or "+++", and YAML at "...".
    if (text.startsWith(FENCE) || text.startsWith('+++') || text.startsWith('...')) {
      return {
        line,
        message: `this line starts like the end of the frontmatter but is "${visible(text)}", not exactly "---"`,
        fix: 'make the line that ends the frontmatter three hyphens and nothing else; move other text below it',
      };
    }
    if (end === -1) break;
    lineStart = end + 1;
    line += 1;
  }
  return {
    line: 1,
    message: 'the frontmatter is not closed: no line of exactly "---" follows the first',
    fix: 'add a "---" line after the last field (title, summary, …), before the text',
  };
}

/** Reads, decodes and parses a notice file; problems are added to `problems`. */
export function readNoticeFile(absolutePath: string, file: string, problems: Problem[]): NoticeFile | undefined {
  const bytes = readFileBytes(absolutePath, { file }, problems);
  return bytes ? parseNoticeBytes(bytes, file, problems) : undefined;
}

/** A notice's new text as it should be written back: with the line endings the file had. */
export function withFileLineEndings(text: string, file: Pick<NoticeFile, 'crlf'>): string {
  return file.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Parses a notice given as bytes: a file just read, or a file at an earlier Git revision. */
export function parseNoticeBytes(bytes: Uint8Array, file: string, problems: Problem[]): NoticeFile | undefined {
  const decoded = decodeText(bytes, file, problems);
  const parsed = decoded ? parseNoticeSource(decoded.text, file, problems) : undefined;
  return parsed && decoded?.hadCarriageReturns ? { ...parsed, crlf: true } : parsed;
}

/** Parses a notice's decoded text: split, YAML, schema. */
export function parseNoticeSource(source: string, file: string, problems: Problem[]): NoticeFile | undefined {
  const split = splitNoticeSource(source);
  if ('message' in split) {
    problems.push({ file, line: split.line, column: 1, severity: 'error', message: split.message, fix: split.fix });
    return undefined;
  }
  const yaml = parseYamlSource(split.frontmatter, file, 1);
  const { value, problems: schemaProblems } = validateYaml(yaml, frontmatterSchema, file, (issue) => {
    const field = formatPath(issue.path);
    if (issue.code === 'invalid_type' && issue.input === undefined && (field === 'title' || field === 'summary')) {
      return {
        message: `the frontmatter has no "${field}"`,
        fix: `add "${field}: …" between the "---" lines, in this file's language`,
      };
    }
    if (issue.code === 'unrecognized_keys') {
      const closest = findClosest(issue.keys[0], FRONTMATTER_FIELDS);
      return {
        message: `unknown field "${issue.keys[0]}"`,
        fix: closest ? `did you mean "${closest}"?` : `remove it; a notice's frontmatter holds ${FRONTMATTER_FIELDS.join(', ')}`,
      };
    }
    return describeIssue(issue);
  });
  problems.push(...schemaProblems);
  if (!value) return undefined;
  let overrides = false;
  for (const [key, field] of Object.entries(value)) {
    const found = typeof field === 'string' ? findDirectionOverride(field) : undefined;
    if (!found) continue;
    overrides = true;
    problems.push({
      file,
      ...yaml.locate([key]),
      severity: 'error',
      message: `"${key}" holds a direction-override character (${found}), which makes text display in a different order than it is written`,
      fix: 'retype the value without it; right-to-left words display correctly without overrides',
    });
  }
  if (overrides) return undefined;
  const fieldLines = Object.fromEntries(Object.keys(value).map((key) => [key, yaml.locate([key]).line]));
  return { file, source, data: value, fieldLines, ...split };
}

/**
 * The hash that identifies a text as readers get it: its published frontmatter fields and its body.
 * It is what the published-version lock records and what `translatedFrom` points to. Fields that
 * only keep records (see RECORD_KEEPING_FIELDS) are left out, so recording a translation or a review
 * is not an edit; so are YAML formatting and trailing white space at the end of the file.
 */
export function hashNoticeText(text: Pick<NoticeFile, 'data' | 'body'>): string {
  const published = Object.entries(text.data)
    .filter(([key, value]) => value !== undefined && !RECORD_KEEPING_FIELDS.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const canonical = JSON.stringify({ frontmatter: Object.fromEntries(published), body: text.body.replace(/\s+$/, '') });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * Sets frontmatter fields of a notice's text through the YAML document, so quoting stays valid and
 * other fields keep their style; `undefined` removes a field. Returns the whole new text; throws
 * when the text cannot be split (callers read it with parseNoticeSource first).
 */
export function setFrontmatterFields(source: string, fields: Record<string, unknown>): string {
  const split = splitNoticeSource(source);
  if ('message' in split) throw new Error(split.message);
  const doc = parseDocument(split.frontmatter);
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) doc.delete(key);
    else doc.set(key, value);
  }
  const yaml = split.frontmatter.trim() === '' && doc.contents === null ? '' : doc.toString({ lineWidth: 0 });
  return `${FENCE}\n${yaml}${FENCE}\n${split.body}`;
}

/**
 * Sets one single-line `key: value` field and changes no other line: an existing line for `key` is
 * replaced, otherwise the line goes just before the closing fence.
 */
export function setFrontmatterLine(source: string, key: string, value: string): string {
  const split = splitNoticeSource(source);
  if ('message' in split) throw new Error(split.message);
  const line = `${key}: ${value}`;
  const pattern = new RegExp(`^${key}:[^\\n]*`, 'm');
  const yaml = pattern.test(split.frontmatter) ? split.frontmatter.replace(pattern, line) : `${split.frontmatter}${line}\n`;
  return `${FENCE}\n${yaml}${FENCE}\n${split.body}`;
}

/** Renders a new notice file from fields in the given order and a body. */
export function formatNoticeSource(fields: Record<string, unknown>, body: string): string {
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return `${FENCE}\n${new Document(defined).toString({ lineWidth: 0 })}${FENCE}\n${body}`;
}

/** A line as it appears, with trailing spaces and tabs made visible. */
function visible(line: string): string {
  const shown = line.length > 40 ? `${line.slice(0, 39)}…` : line;
  return shown.replace(/[ \t]+$/, (spaces) => spaces.replace(/ /g, '·').replace(/\t/g, '→'));
}
