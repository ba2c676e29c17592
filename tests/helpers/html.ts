// Reads pages of a built site as parsed HTML.

import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Parses the page at a site path such as `/sv/policy/`. */
export function readPage(distDir: string, sitePath: string): HTMLElement {
  const file = path.join(distDir, sitePath, sitePath.endsWith('.html') ? '' : 'index.html');
  return parse(fs.readFileSync(file, 'utf8'));
}

/** Text with runs of white space collapsed, as a reader would read it. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every page path under a built site, e.g. `/sv/policy/2024-01-01/`. */
export function listPages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html') pages.push(`/${path.relative(distDir, dir).split(path.sep).join('/')}/`.replace('//', '/'));
    }
  };
  walk(distDir);
  return pages.sort();
}
