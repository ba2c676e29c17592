// How the benchmark reads a built site: page kinds, search-index sizes per language, and a page's weight.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countPages, listFiles, measurePage, measureSearchIndex, measureSiteSize } from '../../bench/site-measures.ts';
import { writeFile } from '../helpers/fixtures.ts';

const site = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-measures-'));
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

const html = '<!doctype html><html lang="en"><body><p>Text</p></body></html>';
for (const page of [
  'index.html',
  'en/index.html',
  'en/policy/index.html',
  'en/policy/2024-01-01/index.html',
  'sv/policy/2024-01-01/index.html',
  'en/policy/history/index.html',
  'en/policy/compare/2024-01-01..2025-01-01/index.html',
  'en/search/index.html',
]) {
  writeFile(site, page, html);
}
writeFile(site, 'en/feed.xml', '<feed/>');
writeFile(site, '_astro/site.css', 'body { color: black; }'.repeat(10));
writeFile(site, '_astro/app.js', 'console.log(1);');
writeFile(
  site,
  'en/cookies/index.html',
  '<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel="modulepreload" href="/_astro/app.js">' +
    '<script type="application/ld+json">{"a":1}</script><script>alert(1)</script></head><body>Hi</body></html>',
);
writeFile(site, 'pagefind/pagefind-entry.json', JSON.stringify({ languages: { en: { page_count: 2 }, sv: { page_count: 1 } } }));
writeFile(site, 'pagefind/pagefind.js', 'x'.repeat(100));
writeFile(site, 'pagefind/index/en_abc123.pf_index', 'x'.repeat(10));
writeFile(site, 'pagefind/fragment/en_def456.pf_fragment', 'x'.repeat(20));
writeFile(site, 'pagefind/pagefind.en_0a1b2c.pf_meta', 'x'.repeat(5));
writeFile(site, 'pagefind/wasm.en.pagefind', 'x'.repeat(7));
writeFile(site, 'pagefind/filter/sv_abc.pf_filter', 'x'.repeat(3));
writeFile(site, 'pagefind/wasm.unknown.pagefind', 'x'.repeat(4));

describe('reading a built site for the benchmark', () => {
  it('tells version pages from current, history, compare and other pages', () => {
    const counts = countPages(listFiles(site), new Set(['policy', 'cookies']));
    expect(counts).toEqual({ html: 9, version: 2, main: 2, history: 1, compare: 1, other: 3 });
  });

  it('sizes the site by kind of file', () => {
    const size = measureSiteSize(listFiles(site));
    expect(size.files).toBe(listFiles(site).length);
    expect(size.search).toBe(100 + 10 + 20 + 5 + 7 + 3 + 4 + fs.statSync(path.join(site, 'pagefind/pagefind-entry.json')).size);
    expect(size.assets).toBe(220 + 15);
    expect(size.bytes).toBe(size.html + size.search + size.assets + size.other);
  });

  it('groups the search index files by language and counts Pagefind’s own files as shared', () => {
    const index = measureSearchIndex(site);
    expect(index.status).toBe('indexed');
    if (index.status !== 'indexed') return;
    expect(index.languages).toEqual({ en: { pages: 2, files: 4, bytes: 42 }, sv: { pages: 1, files: 1, bytes: 3 } });
    expect(index.sharedBytes).toBe(index.totalBytes - 45);
  });

  it('says there is no index when Pagefind wrote none', () => {
    expect(measureSearchIndex(site, 'no-such-folder')).toEqual({ status: 'no index' });
  });

  it('weighs a page with the stylesheets it links and every script it makes a reader download', () => {
    const page = measurePage(site, '/en/cookies/');
    expect(page.stylesheets).toEqual([expect.objectContaining({ url: '/_astro/site.css', bytes: 220 })]);
    expect(page.cssBytes).toBe(220);
    expect(page.scripts.map((s) => s.url)).toEqual(['(inline)', '/_astro/app.js']);
    expect(page.jsBytes).toBe('alert(1)'.length + 15);
    expect(page.htmlCssGzipBytes).toBe(page.htmlGzipBytes + page.cssGzipBytes);
  });

  it('finds no script on a page without one', () => {
    expect(measurePage(site, '/en/policy/').jsBytes).toBe(0);
  });
});
