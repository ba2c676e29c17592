// Compiles Markdown written in a test the way the site compiles a notice: a whole notice file through
// the notice reader, or a bare body as if it started on line 1.

import type { Block } from '../../src/lib/diff/blocks.ts';
import { compileNoticeBody, type CompiledBody } from '../../src/lib/markdown/compile.ts';
import { hashNoticeText, readNoticeFile, splitNoticeSource } from '../../src/lib/notice-file.ts';

export function compileMarkdown(text: string, file = 'test.mdx'): CompiledBody {
  if (!text.startsWith('---\n')) return compileNoticeBody({ file, body: text, bodyLine: 1 }, { imageHosts: [] });
  const split = splitNoticeSource(text);
  if ('message' in split) throw new Error(`the test's notice text cannot be split: ${split.message}`);
  return compileNoticeBody({ file, ...split }, { imageHosts: [] });
}

export function extractBlocks(text: string): Block[] {
  return compileMarkdown(text).blocks;
}

/** The hash the lock and `translatedFrom` record for the notice file at `absolutePath`. */
export function hashFile(absolutePath: string): string {
  const file = readNoticeFile(absolutePath, absolutePath, []);
  if (!file) throw new Error(`${absolutePath} cannot be read as a notice`);
  return hashNoticeText(file);
}
