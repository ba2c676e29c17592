// Compiles a notice body once into everything the site, the checks and the redlines need from it:
// the problems that stop it, its HTML, its outline and its diff blocks. The syntax tree is read once
// here and dropped; what is kept is plain data.

import { cached, cacheKey } from '../cache.ts';
import type { Block } from '../diff/blocks.ts';
import { getDiffBlocks } from '../diff/blocks.ts';
import type { Problem } from '../errors.ts';
import { guardTree } from './guard.ts';
import { getOutline, type Outline } from './outline.ts';
import { parseNoticeBody } from './parse.ts';
import { renderNoticeHtml } from './render.ts';

export interface BodySource {
  /** Path for messages. */
  file: string;
  body: string;
  /** 1-based line of the file where `body` starts. */
  bodyLine: number;
}

export interface CompileOptions {
  /** Hosts remote images may come from over https (site.yaml `images.remoteHosts`). */
  imageHosts: readonly string[];
}

export interface CompiledBody {
  /** Why the body cannot be published: syntax, limits and everything the safe-MDX allow-list refuses. */
  problems: Problem[];
  /** The HTML, with links to this site marked for each reader's language (see localizeNoticeHtml). */
  html?: string;
  /** The first layer (<KeyPoints>) rendered on its own, for the page to show above the contents; not in `html`. */
  keyPointsHtml?: string;
  outline: Outline;
  blocks: Block[];
}

export const EMPTY_OUTLINE: Outline = { headings: [], anchors: [], links: [], lists: [], tables: [], blocks: [] };

/** Parses, guards and renders one body. */
export function compileNoticeBody(source: BodySource, options: CompileOptions): CompiledBody {
  const { tree, problems } = parseNoticeBody(source.body, source.bodyLine, source.file);
  if (!tree) return { problems, outline: EMPTY_OUTLINE, blocks: [] };
  const guard = guardTree(tree, { file: source.file, imageHosts: options.imageHosts });
  const outline = getOutline(tree, guard.anchors, guard.placed);
  const blocks = getDiffBlocks(tree, guard.anchors);
  if (guard.problems.length) return { problems: guard.problems, outline, blocks };
  const render = { file: source.file, imageHosts: options.imageHosts };
  const opening = tree.children.findIndex((node) => node.type === 'mdxJsxFlowElement' && node.name === 'KeyPoints');
  if (opening === -1) return { problems: [], html: renderNoticeHtml(tree, render), outline, blocks };
  // Reference-style links in the key points take their addresses from definitions anywhere in the text.
  const definitions = tree.children.filter((node) => node.type === 'definition');
  return {
    problems: [],
    html: renderNoticeHtml({ ...tree, children: tree.children.filter((_, index) => index !== opening) }, render),
    keyPointsHtml: renderNoticeHtml({ type: 'root', children: [tree.children[opening], ...definitions] }, render),
    outline,
    blocks,
  };
}

/** The cache key of a body's compilation: everything the result depends on. */
export function getCompileKey(source: BodySource, options: CompileOptions): string {
  return cacheKey('compile', source.file, String(source.bodyLine), JSON.stringify(options.imageHosts), source.body);
}

/** Compiles a body once per content: from memory, from the disk cache of an earlier build, or anew. */
export function getCompiledBody(source: BodySource, options: CompileOptions): CompiledBody {
  return cached(getCompileKey(source, options), () => compileNoticeBody(source, options));
}
