// Compiles a notice body once into everything the site, the checks and the redlines need from it:
// the problems that stop it, its HTML, its outline and its diff blocks. The syntax tree is read once
// here and dropped; what is kept is plain data.

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
  outline: Outline;
  blocks: Block[];
}

const EMPTY_OUTLINE: Outline = { headings: [], anchors: [], links: [], lists: [], tables: [], blocks: [] };

/** Parses, guards and renders one body. */
export function compileNoticeBody(source: BodySource, options: CompileOptions): CompiledBody {
  const { tree, problems } = parseNoticeBody(source.body, source.bodyLine, source.file);
  if (!tree) return { problems, outline: EMPTY_OUTLINE, blocks: [] };
  const guard = guardTree(tree, { file: source.file, imageHosts: options.imageHosts });
  const outline = getOutline(tree, guard.anchors, guard.placed);
  const blocks = getDiffBlocks(tree, guard.anchors);
  if (guard.problems.length) return { problems: guard.problems, outline, blocks };
  return { problems: [], html: renderNoticeHtml(tree, { file: source.file, imageHosts: options.imageHosts }), outline, blocks };
}
