// Reads any text file an editor controls (notice texts, site.yaml, locale files, the lock) the one way
// Paragraf accepts it: a regular file inside its folder, at most a set size, UTF-8, no control or
// direction-override characters where they do not belong, and "\n" line endings.

import fs from 'node:fs';
import type { Problem } from './errors.ts';

/** The largest text file Paragraf reads; a notice this long should be split into several. */
export const MAX_FILE_BYTES = 1_000_000;
/** The longest line: longer lines are machine output, not an editor's text. */
export const MAX_LINE_LENGTH = 10_000;

export interface TextFile {
  /** The decoded text: no byte-order mark, every line ending turned into "\n". */
  text: string;
  /** Whether the file started with a UTF-8 byte-order mark, which was dropped. */
  hadBom: boolean;
  /** Whether the file used "\r\n" or "\r" line endings, which were turned into "\n". */
  hadCarriageReturns: boolean;
}

export interface ReadTextOptions {
  /** Path for messages. */
  file: string;
  /** The largest size accepted, in bytes. */
  maxBytes?: number;
}

/**
 * Checks that `absolutePath` is a plain file (not a folder, link, pipe or device) and reads it as
 * text. Links are refused rather than followed, so a content folder can never make Paragraf read a
 * file outside it.
 */
export function readTextFile(absolutePath: string, options: ReadTextOptions, problems: Problem[]): TextFile | undefined {
  const bytes = readFileBytes(absolutePath, options, problems);
  return bytes ? decodeText(bytes, options.file, problems) : undefined;
}

/** The bytes of a plain file of at most the accepted size, as readTextFile reads them, before decoding. */
export function readFileBytes(absolutePath: string, options: ReadTextOptions, problems: Problem[]): Buffer | undefined {
  const stat = lstatIfPresent(absolutePath);
  const kind = stat ? kindOf(stat) : 'missing';
  if (kind !== 'file') {
    problems.push(describeWrongKind(options.file, kind));
    return undefined;
  }
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const size = stat!.size;
  if (size > maxBytes) {
    problems.push({
      file: options.file,
      severity: 'error',
      message: `the file is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} Paragraf reads`,
      fix: 'split it into shorter texts, or remove what does not belong in it (embedded data, pasted page source)',
    });
    return undefined;
  }
  return fs.readFileSync(absolutePath);
}

export type FileKind = 'file' | 'folder' | 'link' | 'missing' | 'other';

/** What is at a path, without following links. */
export function describeFileKind(absolutePath: string): FileKind {
  const stat = lstatIfPresent(absolutePath);
  return stat ? kindOf(stat) : 'missing';
}

/** What is at a path, without following links; undefined when nothing is (or it cannot be seen). */
export function lstatIfPresent(absolutePath: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(absolutePath);
  } catch {
    return undefined;
  }
}

function kindOf(stat: fs.Stats): FileKind {
  if (stat.isSymbolicLink()) return 'link';
  if (stat.isFile()) return 'file';
  if (stat.isDirectory()) return 'folder';
  return 'other';
}

/** The message for a path that is not a plain file where one is expected. */
export function describeWrongKind(file: string, kind: FileKind): Problem {
  const what: Record<Exclude<FileKind, 'file'>, { message: string; fix: string }> = {
    folder: { message: 'this is a folder where a file is expected', fix: 'move the folder out of the way and put the file here' },
    link: {
      message: 'this is a symbolic link; Paragraf does not follow links, so nothing outside the content folder can be read',
      fix: 'replace the link with a copy of the file it points to',
    },
    missing: { message: 'the file does not exist', fix: 'create it, or correct the name that refers to it' },
    other: {
      message: 'this is not a regular file (a pipe, socket or device)',
      fix: 'remove it; the content folder holds only text files and folders',
    },
  };
  return { file, severity: 'error', ...what[kind as Exclude<FileKind, 'file'>] };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as UTF-8 text and checks every character; problems name `file` with line and column. */
export function decodeText(bytes: Uint8Array, file: string, problems: Problem[]): TextFile | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      message: 'the file is saved as UTF-16; Paragraf reads UTF-8 only',
      fix: 'save it again as "UTF-8" in your editor (in VS Code: the encoding in the status bar → Save with Encoding → UTF-8)',
    });
    return undefined;
  }
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    const at = findInvalidUtf8(bytes);
    problems.push({
      file,
      ...at,
      severity: 'error',
      message: 'the file is not valid UTF-8 text (it looks like another encoding, such as Windows-1252, or binary data)',
      fix: 'save it again as "UTF-8" in your editor, then check the accented letters',
    });
    return undefined;
  }
  const hadBom = raw.charCodeAt(0) === 0xfeff;
  const withoutBom = hadBom ? raw.slice(1) : raw;
  const hadCarriageReturns = withoutBom.includes('\r');
  const text = hadCarriageReturns ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
  const found = findForbiddenCharacters(text, file);
  if (found.length) {
    problems.push(...found);
    return undefined;
  }
  return { text, hadBom, hadCarriageReturns };
}

// C0 controls but tab and line feed, DEL, C1 controls, and the invisible characters that change what a
// reader or reviewer sees (zero-width no-break space inside text, line and paragraph separators).
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufff9-\ufffb]/g;

/** The characters no text file may hold, each reported at its line and column (at most 5 per file). */
export function findForbiddenCharacters(text: string, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const match of text.matchAll(FORBIDDEN)) {
    if (problems.length === 5) break;
    problems.push({
      file,
      ...getLineColumn(text, match.index),
      severity: 'error',
      message: `the text holds an invisible control character (${describeCodePoint(match[0])})`,
      fix: 'delete it: retype the words around it, or paste them as plain text',
    });
  }
  const long = findLongLine(text);
  if (long) {
    problems.push({
      file,
      line: long.line,
      column: MAX_LINE_LENGTH + 1,
      severity: 'error',
      message: `line ${long.line} is ${long.length.toLocaleString('en')} characters long, more than the ${MAX_LINE_LENGTH.toLocaleString('en')} Paragraf reads`,
      fix: 'break it into shorter lines or paragraphs',
    });
  }
  return problems;
}

// Characters that reorder the text around them: a title or a file name holding one can show readers
// and reviewers something other than what it says.
const DIRECTION_OVERRIDE = /[\u202a-\u202e\u2066-\u2069]/;

/** The first direction-override character in `value`, described, or undefined. */
export function findDirectionOverride(value: string): string | undefined {
  const match = DIRECTION_OVERRIDE.exec(value);
  return match ? describeCodePoint(match[0]) : undefined;
}

export function describeCodePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** 1-based line and column of a string offset. */
export function getLineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function findLongLine(text: string): { line: number; length: number } | undefined {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_LINE_LENGTH) return { line, length: stop - start };
    if (end === -1) return undefined;
    start = end + 1;
    line += 1;
  }
  return undefined;
}

function findInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  // Decode growing prefixes line by line; the first line that fails holds the bad byte.
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(lineStart, index));
      } catch {
        return { line, column: 1 };
      }
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line: 1, column: 1 };
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`;
}
