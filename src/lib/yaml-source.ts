// Parses YAML while keeping positions, so schema problems can point at a line.

import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './errors.ts';

export interface YamlSource {
  data: unknown;
  /** Line and column of the value at a path (or of its nearest existing parent). */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** Line and column of the key `key` in the mapping at `path`. */
  locateKey(path: readonly PropertyKey[], key: string): { line: number; column: number };
  /** Syntax problems, already positioned. */
  problems: Problem[];
}

/** Parses `text`; `lineOffset` shifts lines when the YAML sits inside another file (frontmatter). */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  // Plain data only: no custom tags, no merge keys, aliases never expanded (a few bytes of aliases can
  // stand for gigabytes of data).
  const doc: Document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    merge: false,
    schema: 'core',
    customTags: [],
  });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    ...position(error.pos[0]),
    severity: 'error',
    ...describeYamlError(error.code, error.message),
  }));
  if (problems.length === 0) problems.push(...findYamlFeatures(doc, text, file, position));
  const result: YamlSource = {
    data: problems.length ? undefined : doc.toJS(),
    problems,
    locateKey(path, key) {
      const parent = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (pair && isNode(pair.key) && pair.key.range) return position(pair.key.range[0]);
      }
      return result.locate(path);
    },
    locate(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return position(node.range[0]);
        if (depth === 0 && doc.contents?.range) return position(doc.contents.range[0]);
      }
      return { line: 1 + lineOffset, column: 1 };
    },
  };
  return result;
}

function describeYamlError(code: string, message: string): { message: string; fix: string } {
  switch (code) {
    case 'MULTIPLE_DOCS':
      return {
        message: 'a "---" or "..." line inside the YAML starts a second document',
        fix: 'remove the line; in a notice, the frontmatter ends at the first "---" line',
      };
    case 'DUPLICATE_KEY':
      return { message: `a key is given twice (${message.split('\n')[0]})`, fix: 'keep one of them' };
    case 'RESOURCE_EXHAUSTION':
      return { message: 'the YAML is nested too deeply to read', fix: 'write plain values, at most a few levels deep' };
    default:
      return {
        message: `the YAML cannot be read (${message.split('\n')[0]})`,
        fix: 'check indentation, and quote values that contain a colon followed by a space',
      };
  }
}

/**
 * Anchors, aliases and tags: YAML features that plain settings never need and that can hide or
 * multiply data. The first of each kind is reported, with how many more there are.
 */
function findYamlFeatures(
  doc: Document,
  text: string,
  file: string,
  position: (offset: number) => { line: number; column: number },
): Problem[] {
  const found: Record<'alias' | 'anchor' | 'tag', { offset: number; name: string }[]> = { alias: [], anchor: [], tag: [] };
  visit(doc, {
    Alias(_, node) {
      found.alias.push({ offset: node.range?.[0] ?? 0, name: `*${node.source}` });
    },
    Node(_, node) {
      // A node's range starts at its value; the anchor or tag written before it is found from there.
      const offset = node.range?.[0] ?? 0;
      if (node.anchor) found.anchor.push({ offset: Math.max(0, text.lastIndexOf(`&${node.anchor}`, offset)), name: `&${node.anchor}` });
      if (node.tag) found.tag.push({ offset: Math.max(0, text.lastIndexOf('!', offset)), name: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') });
    },
  });
  const more = (list: unknown[]) => (list.length > 1 ? ` (and ${list.length - 1} more)` : '');
  const problems: Problem[] = [];
  const first = (kind: keyof typeof found) => found[kind][0];
  if (first('anchor') || first('alias')) {
    const at = first('anchor') ?? first('alias');
    const names = [...found.anchor, ...found.alias];
    problems.push({
      file,
      ...position(at.offset),
      severity: 'error',
      message: `"${at.name}" is a YAML ${at.name.startsWith('&') ? 'anchor' : 'alias'}${more(names)}; Paragraf's files do not use anchors and aliases, which repeat values and can multiply them`,
      fix: 'write each value out in full where it is needed, and remove the &names and *names',
    });
  }
  if (first('tag')) {
    const tag = first('tag');
    problems.push({
      file,
      ...position(tag.offset),
      severity: 'error',
      message: `the YAML tag "${tag.name}" is not allowed${more(found.tag)}; values are plain text, numbers, true/false, lists and mappings`,
      fix: `remove "${tag.name}"; put the value in quotes if it is text`,
    });
  }
  return problems;
}

/** Validates parsed YAML against a schema and turns each zod issue into a positioned problem. */
export function validateYaml<T>(
  source: YamlSource,
  schema: z.ZodType<T>,
  file: string,
  describe: (issue: z.core.$ZodIssue) => { message: string; fix: string },
): { value?: T; problems: Problem[] } {
  if (source.problems.length) return { problems: source.problems };
  const result = schema.safeParse(source.data ?? {}, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const where =
      issue.code === 'unrecognized_keys' ? source.locateKey(issue.path, issue.keys[0]) : source.locate(issue.path);
    return { file, ...where, severity: 'error', ...describe(issue) };
  });
  return { problems };
}

/** Names a path the way editors read YAML: `sidebar[0].items[1].notice`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** A generic message for a zod issue in a YAML file. */
export function describeIssue(issue: z.core.$ZodIssue): { message: string; fix: string } {
  const field = formatPath(issue.path) || 'the file';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return {
          message: `"${field}" is missing`,
          fix: `add "${field}" (${issue.expected})`,
        };
      }
      return {
        message: `"${field}" should be ${issue.expected}, not ${typeof issue.input}`,
        fix: `give "${field}" a ${issue.expected} value`,
      };
    case 'unrecognized_keys':
      return {
        message: `unknown field "${issue.keys.join('", "')}"${issue.path.length ? ` in "${field}"` : ''}`,
        fix: 'remove it or check its spelling',
      };
    case 'too_small':
      return {
        message: `"${field}" is empty`,
        fix: `give "${field}" a value`,
      };
    default:
      return { message: `"${field}" is not valid: ${issue.message}`, fix: `correct "${field}"` };
  }
}
