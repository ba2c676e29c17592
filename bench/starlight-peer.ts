// Installs the Starlight peer on demand and lays out a throwaway Starlight site for one benchmark run.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteFile } from './site-measures.ts';
import { writeStarlightDocs } from './starlight-corpus.ts';

export const STARLIGHT_PEER_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peers', 'starlight');

/** Written into node_modules after `npm ci` succeeds: the hash of the lockfile it installed. */
const INSTALL_STAMP = '.paragraf-bench-install';

/** The files of bench/peers/starlight that make up the site; the benchmark copies them next to the converted corpus. */
const SITE_FILES = ['package.json', 'astro.config.mjs', path.join('src', 'content.config.mjs')];

function lockHash(peerDir: string): string {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) hash.update(fs.readFileSync(path.join(peerDir, file)));
  return hash.digest('hex');
}

/**
 * Whether the peer's node_modules matches its committed lockfile: missing (never installed), stale (installed from
 * another lockfile or package.json, or an install that did not finish) or ready.
 */
export function peerInstallState(peerDir = STARLIGHT_PEER_DIR): 'missing' | 'stale' | 'ready' {
  const modules = path.join(peerDir, 'node_modules');
  if (!fs.existsSync(modules)) return 'missing';
  const stamp = path.join(modules, INSTALL_STAMP);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === lockHash(peerDir) ? 'ready' : 'stale';
}

/**
 * Runs `npm ci` in the peer's folder when its node_modules is missing or stale. It is never part of the project's
 * own install: only `npm run bench -- --peer starlight` pays for it.
 */
export function ensurePeerInstalled(progress: (line: string) => void, peerDir = STARLIGHT_PEER_DIR): void {
  const state = peerInstallState(peerDir);
  if (state === 'ready') return;
  progress(`Installing the Starlight peer (${state}): npm ci in ${path.relative(process.cwd(), peerDir) || peerDir}…`);
  // Under `npm run`, npm_execpath is the npm that started us; running it with this Node keeps the install on Node 24.
  const npmCli = process.env.npm_execpath;
  const [command, args] =
    npmCli && /npm-cli\.c?js$/.test(npmCli)
      ? [process.execPath, [npmCli, 'ci', '--no-audit', '--no-fund']]
      : ['npm', ['ci', '--no-audit', '--no-fund']];
  const result = spawnSync(command, args, { cwd: peerDir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
    throw new Error(`npm ci in ${peerDir} failed (exit code ${result.status}):\n${output.split('\n').slice(-30).join('\n')}`);
  }
  fs.writeFileSync(path.join(peerDir, 'node_modules', INSTALL_STAMP), `${lockHash(peerDir)}\n`);
}

export function readPeerVersion(pkg: string, peerDir = STARLIGHT_PEER_DIR): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(peerDir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Copies node_modules as hard links: a symlinked node_modules makes Astro resolve Starlight's components outside the
 * site's root and fail, a real copy of 200 MB takes seconds, and hard links take a fraction of one. Nothing in a build
 * rewrites a package file in place, so the links never change the shared install.
 */
function linkNodeModules(from: string, to: string): void {
  const linked = spawnSync('cp', ['-al', from, to], { encoding: 'utf8' });
  if (linked.status === 0) return;
  // Another file system (or no GNU cp): hard links are impossible, so copy.
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true });
}

export interface StarlightSite {
  /** The temporary site's folder: its astro.config.mjs, src/content/docs and node_modules. */
  dir: string;
  /** Docs pages written, one per corpus text. */
  pages: number;
  /** How long converting the corpus took. */
  conversionMs: number;
}

/** Lays out a Starlight site in `dir` (inside the run's temporary folder) with every text of the corpus as a page. */
export function prepareStarlightSite(dir: string, contentDir: string, now: string, peerDir = STARLIGHT_PEER_DIR): StarlightSite {
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  for (const file of SITE_FILES) fs.copyFileSync(path.join(peerDir, file), path.join(dir, file));
  const started = performance.now();
  const pages = writeStarlightDocs(contentDir, path.join(dir, 'src', 'content', 'docs'), now);
  const conversionMs = Math.round(performance.now() - started);
  linkNodeModules(path.join(peerDir, 'node_modules'), path.join(dir, 'node_modules'));
  return { dir, pages, conversionMs };
}

/** Everything a Starlight build leaves for the next one: Astro's generated .astro/, its and Vite's caches, and dist/. */
export function clearStarlightCaches(siteDir: string): void {
  for (const folder of ['.astro', path.join('node_modules', '.astro'), path.join('node_modules', '.vite'), 'dist']) {
    fs.rmSync(path.join(siteDir, folder), { recursive: true, force: true });
  }
}

/** HTML files, and of those the docs pages (/<locale>/<notice>/<date>/): one per text, fallbacks included. */
export function countStarlightPages(files: readonly SiteFile[]): { html: number; docs: number } {
  const html = files.filter((f) => f.path.endsWith('.html'));
  return { html: html.length, docs: html.filter((f) => /^[a-z]{2}\/[^/]+\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(f.path)).length };
}

export interface LinkCheck {
  /** Links within the site's pages to another page, or to a heading, that were checked. */
  checked: number;
  /** The ones whose page or heading does not exist, as "<page> → <href>" (at most 20). */
  broken: string[];
  brokenCount: number;
}

/**
 * Checks that the links of the docs pages' text resolve: the page exists in the built site and, for a link with a
 * fragment, the page has an element with that id. This proves the converted cross-links point where Paragraf's do.
 */
export function checkDocsLinks(siteDir: string, files: readonly SiteFile[]): LinkCheck {
  const ids = new Map<string, Set<string>>();
  const idsOf = (page: string): Set<string> | undefined => {
    if (!ids.has(page)) {
      const file = path.join(siteDir, ...page.split('/').filter(Boolean), 'index.html');
      if (!fs.existsSync(file)) return undefined;
      ids.set(page, new Set([...fs.readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    }
    return ids.get(page);
  };
  const result: LinkCheck = { checked: 0, broken: [], brokenCount: 0 };
  for (const file of files) {
    if (!/^[a-z]{2}\/[^/]+\/\d{4}-\d{2}-\d{2}\/index\.html$/.test(file.path)) continue;
    const page = `/${file.path.slice(0, -'index.html'.length)}`;
    const html = fs.readFileSync(path.join(siteDir, file.path), 'utf8');
    // Only the rendered text: Starlight's own navigation around it is not what the converter wrote.
    const content = /<div class="sl-markdown-content">([\s\S]*)<\/div>\s*<footer/.exec(html)?.[1] ?? html;
    for (const [, attributes] of content.matchAll(/<a\s([^>]*)>/g)) {
      // Starlight's "Section titled …" link beside each heading is its own, not a link of the text.
      if (/class="[^"]*\bsl-anchor-link\b/.test(attributes)) continue;
      const href = /\bhref="([^"]*)"/.exec(attributes)?.[1];
      if (href === undefined || (!href.startsWith('/') && !href.startsWith('#'))) continue;
      if (/\.[a-z0-9]+($|#)/i.test(href.split('#')[0])) continue; // A file, not a page.
      const [target, fragment] = href.startsWith('#') ? [page, href.slice(1)] : href.split('#');
      const targetIds = idsOf(target);
      result.checked++;
      if (targetIds === undefined || (fragment !== undefined && fragment !== '' && !targetIds.has(decodeURIComponent(fragment)))) {
        result.brokenCount++;
        if (result.broken.length < 20) result.broken.push(`${page} → ${href}`);
      }
    }
  }
  return result;
}
