// Reads a built site for the benchmark: how many pages of each kind, how big, and what one page weighs.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'node-html-parser';

export interface SiteFile {
  /** Path relative to the site folder, with forward slashes. */
  path: string;
  bytes: number;
}

export function listFiles(dir: string): SiteFile[] {
  const files: SiteFile[] = [];
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.push({ path: path.relative(dir, full).split(path.sep).join('/'), bytes: fs.statSync(full).size });
    }
  };
  walk(dir);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export interface PageCounts {
  /** Every HTML file. */
  html: number;
  /** /<lng>/<notice>/<date>/: one version of a notice in one language, the unit of cost per version page. */
  version: number;
  /** /<lng>/<notice>/: the version in effect, a second rendering of a version page. */
  main: number;
  history: number;
  compare: number;
  /** Homes, the language chooser, search pages and anything else. */
  other: number;
}

/** Sorts the site's HTML files by what they are, using the notice slugs to tell a notice from other pages. */
export function countPages(files: readonly SiteFile[], notices: ReadonlySet<string>): PageCounts {
  const counts: PageCounts = { html: 0, version: 0, main: 0, history: 0, compare: 0, other: 0 };
  for (const { path: file } of files) {
    if (!file.endsWith('.html')) continue;
    counts.html++;
    const parts = file.split('/');
    const isNotice = parts.length >= 3 && notices.has(parts[1]);
    if (isNotice && parts.length === 4 && /^\d{4}-\d{2}-\d{2}$/.test(parts[2])) counts.version++;
    else if (isNotice && parts.length === 3) counts.main++;
    else if (isNotice && parts[2] === 'history') counts.history++;
    else if (isNotice && parts[2] === 'compare') counts.compare++;
    else counts.other++;
  }
  return counts;
}

export interface SiteSize {
  bytes: number;
  files: number;
  /** Bytes by kind: HTML pages, the search index folder, bundled assets (_astro/), everything else (feeds, JSON). */
  html: number;
  search: number;
  assets: number;
  other: number;
}

export function measureSiteSize(files: readonly SiteFile[], searchFolder = 'pagefind'): SiteSize {
  const size: SiteSize = { bytes: 0, files: files.length, html: 0, search: 0, assets: 0, other: 0 };
  for (const file of files) {
    size.bytes += file.bytes;
    if (file.path.startsWith(`${searchFolder}/`)) size.search += file.bytes;
    else if (file.path.endsWith('.html')) size.html += file.bytes;
    else if (file.path.startsWith('_astro/')) size.assets += file.bytes;
    else size.other += file.bytes;
  }
  return size;
}

export interface SearchIndexLanguage {
  /** Pages Pagefind indexed in this language, from pagefind-entry.json. */
  pages: number;
  files: number;
  bytes: number;
}

export type SearchIndex =
  | {
      status: 'indexed';
      languages: Record<string, SearchIndexLanguage>;
      /** Pagefind's own scripts, styles and entry file, shared by all languages. */
      sharedBytes: number;
      totalBytes: number;
    }
  | { status: 'no index' };

/**
 * Sizes of the Pagefind index per language. Pagefind names each language's files after it: index/<lang>_….pf_index,
 * fragment/<lang>_…, filter/<lang>_…, pagefind.<lang>_….pf_meta and wasm.<lang>.pagefind.
 */
export function measureSearchIndex(siteDir: string, searchFolder = 'pagefind'): SearchIndex {
  const folder = path.join(siteDir, searchFolder);
  const entryFile = path.join(folder, 'pagefind-entry.json');
  if (!fs.existsSync(entryFile)) return { status: 'no index' };
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  const languages: Record<string, SearchIndexLanguage> = {};
  for (const [lang, info] of Object.entries(entry.languages ?? {})) languages[lang] = { pages: info.page_count ?? 0, files: 0, bytes: 0 };
  let sharedBytes = 0;
  let totalBytes = 0;
  for (const file of listFiles(folder)) {
    totalBytes += file.bytes;
    const name = path.posix.basename(file.path);
    const lang =
      /^([^_]+)_[0-9a-f]+\.pf_(?:index|fragment|filter)$/.exec(name)?.[1] ??
      /^pagefind\.([^_]+)_[0-9a-f]+\.pf_meta$/.exec(name)?.[1] ??
      /^wasm\.([^.]+)\.pagefind$/.exec(name)?.[1];
    if (lang && languages[lang]) {
      languages[lang].files++;
      languages[lang].bytes += file.bytes;
    } else {
      sharedBytes += file.bytes;
    }
  }
  return { status: 'indexed', languages, sharedBytes, totalBytes };
}

export interface Resource {
  url: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  /** The page's path on the site, e.g. /en/notice-3/. */
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  stylesheets: Resource[];
  cssBytes: number;
  cssGzipBytes: number;
  /** Scripts the page makes a reader download: files it references or preloads, and inline scripts. */
  scripts: Resource[];
  jsBytes: number;
  /** HTML plus its stylesheets, gzipped: what a first visit transfers to read the page. */
  htmlCssGzipBytes: number;
}

function gzipSize(data: Buffer): number {
  // zlib's default level (6), which is what web servers typically use for on-the-fly compression.
  return zlib.gzipSync(data).length;
}

function resolveAsset(siteDir: string, pagePath: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined; // Another origin: not part of this site's weight.
  const clean = url.split(/[?#]/)[0];
  const sitePath = clean.startsWith('/') ? clean : path.posix.join(pagePath, clean);
  return path.join(siteDir, ...sitePath.split('/'));
}

/** What a reader downloads for the page at `pagePath` (a site path ending in /). */
export function measurePage(siteDir: string, pagePath: string): PageWeight {
  const html = fs.readFileSync(path.join(siteDir, ...pagePath.split('/'), 'index.html'));
  const document = parse(html.toString('utf8'));
  const resource = (url: string): Resource => {
    const file = resolveAsset(siteDir, pagePath, url);
    const data = file && fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
    return { url, bytes: data.length, gzipBytes: data.length ? gzipSize(data) : 0 };
  };
  const stylesheets = document
    .querySelectorAll('link')
    .filter((link) => (link.getAttribute('rel') ?? '').split(/\s+/).includes('stylesheet'))
    .map((link) => resource(link.getAttribute('href') ?? ''));
  const scripts: Resource[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (/json/.test(type)) continue; // Data, not code.
    const src = script.getAttribute('src');
    if (src) scripts.push(resource(src));
    else if (script.rawText.trim()) {
      const data = Buffer.from(script.rawText);
      scripts.push({ url: '(inline)', bytes: data.length, gzipBytes: gzipSize(data) });
    }
  }
  for (const link of document.querySelectorAll('link')) {
    const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
    if (rel.includes('modulepreload') || (rel.includes('preload') && link.getAttribute('as') === 'script')) {
      scripts.push(resource(link.getAttribute('href') ?? ''));
    }
  }
  const htmlGzipBytes = gzipSize(html);
  const sum = (list: Resource[], key: 'bytes' | 'gzipBytes') => list.reduce((total, r) => total + r[key], 0);
  return {
    path: pagePath,
    htmlBytes: html.length,
    htmlGzipBytes,
    stylesheets,
    cssBytes: sum(stylesheets, 'bytes'),
    cssGzipBytes: sum(stylesheets, 'gzipBytes'),
    scripts,
    jsBytes: sum(scripts, 'bytes'),
    htmlCssGzipBytes: htmlGzipBytes + sum(stylesheets, 'gzipBytes'),
  };
}
