// Astro integration: puts each language's "page not found" page where hosts look for it. Astro writes
// only the root 404 page as 404.html; /<lng>/404/index.html becomes /<lng>/404.html, which Cloudflare
// Pages serves for any missing address under /<lng>/ and Netlify with the rules in _redirects.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Moves `<lng>/404/index.html` to `<lng>/404.html` in every top-level folder of the built site. */
export function moveNotFoundPages(siteDir: string): string[] {
  const moved: string[] = [];
  for (const entry of fs.readdirSync(siteDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = path.join(siteDir, entry.name, '404');
    const page = path.join(folder, 'index.html');
    if (!fs.existsSync(page)) continue;
    fs.renameSync(page, path.join(siteDir, entry.name, '404.html'));
    fs.rmdirSync(folder);
    moved.push(`${entry.name}/404.html`);
  }
  return moved.sort();
}

/**
 * Netlify's rules for serving each language's page: `/sv/*  /sv/404.html  404`. Files that exist are
 * always served first. Added to a `_redirects` the site already has (from public/), never replacing it.
 */
export function writeNotFoundRules(siteDir: string, pages: readonly string[]): void {
  if (pages.length === 0) return;
  const file = path.join(siteDir, '_redirects');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const rules = pages.map((page) => `/${path.posix.dirname(page)}/*  /${page}  404`);
  const text = [
    ...(existing ? [existing.trimEnd(), ''] : []),
    "# Paragraf: each language's \"page not found\" page for the missing addresses under it.",
    ...rules,
    '',
  ].join('\n');
  fs.writeFileSync(file, text);
}

export function notFoundPages(): AstroIntegration {
  return {
    name: 'paragraf-not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        writeNotFoundRules(siteDir, moveNotFoundPages(siteDir));
      },
    },
  };
}
