// Astro integration: builds the Pagefind full-text search index once the pages are written, as
// part of `astro build`. Pagefind splits the index by each page's <html lang>, so every language
// gets its own index and a search page only ever searches its own language.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where the index and Pagefind's browser code go, relative to the site's root. */
export const SEARCH_INDEX_FOLDER = 'pagefind';

const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export interface SearchIndexSummary {
  /** Pages indexed per language code, as Pagefind detected the languages. */
  pages: Record<string, number>;
  /** How long indexing took, in milliseconds. */
  milliseconds: number;
}

/** Set by scripts/build.ts, which then builds the index itself once Astro has finished. */
export const DEFER_INDEX_VARIABLE = 'PARAGRAF_DEFER_SEARCH_INDEX';

/** Logs what was indexed, and warns about languages whose search would find nothing. */
export function reportSearchIndex(
  { pages, milliseconds }: SearchIndexSummary,
  siteDir: string,
  logger: { info(message: string): void; warn(message: string): void },
): void {
  const counts = Object.entries(pages).map(([lang, count]) => `${lang} ${count} ${count === 1 ? 'page' : 'pages'}`);
  logger.info(`Search index written to ${SEARCH_INDEX_FOLDER}/: ${counts.join(', ')} (${(milliseconds / 1000).toFixed(2)} s).`);
  for (const lang of findSearchPageLanguages(siteDir)) {
    if (!pages[lang]) logger.warn(`No ${lang} page was indexed, so /${lang}/search/ will find nothing.`);
  }
  if ('unknown' in pages) {
    logger.warn(
      `${pages.unknown} indexed ${pages.unknown === 1 ? 'page has' : 'pages have'} no <html lang>; ` +
        'Pagefind put them in a separate "unknown" index that no search page uses.',
    );
  }
}

export class SearchIndexError extends Error {
  constructor(message: string) {
    super(`Paragraf could not build the search index: ${message}`);
    this.name = 'SearchIndexError';
  }
}

export function search(): AstroIntegration {
  return {
    name: 'paragraf-search',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Astro inlines small bundled scripts into the page. The search page's script must stay a
        // file of its own, so a Content-Security-Policy of script-src 'self' allows it without
        // hashes or 'unsafe-inline'. Other assets keep Vite's usual inlining rule.
        updateConfig({
          vite: {
            build: {
              assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined),
            },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // `npm run build` indexes after Astro has exited, so Astro's memory and Pagefind's are not
        // held at the same time; a plain `astro build` indexes here.
        if (process.env[DEFER_INDEX_VARIABLE] === '1') return;
        const siteDir = fileURLToPath(dir);
        try {
          reportSearchIndex(await buildSearchIndex(siteDir), siteDir, logger);
        } catch (error) {
          // The message says what went wrong; Astro prints it and fails the build. A stack trace
          // from inside Pagefind's service wrapper would only bury it.
          const failure = error instanceof SearchIndexError ? error : new SearchIndexError(describe(error));
          failure.stack = '';
          throw failure;
        }
      },
    },
  };
}

/**
 * Indexes the HTML pages under `siteDir` that are marked data-pagefind-body and writes the index to
 * `<siteDir>/pagefind/`. Only those pages are handed to Pagefind: history, redline and other pages
 * are most of a large site, and reading them would cost Pagefind time and memory for nothing.
 * Throws SearchIndexError on any Pagefind error.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexSummary> {
  const started = performance.now();
  const outputPath = path.join(siteDir, SEARCH_INDEX_FOLDER);
  try {
    const created = await pagefind.createIndex({});
    check('starting Pagefind', created.errors);
    const index = created.index;
    if (!index) throw new SearchIndexError('Pagefind did not create an index.');

    for (const sourcePath of listHtmlFiles(siteDir)) {
      const content = fs.readFileSync(path.join(siteDir, sourcePath), 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ sourcePath, content });
      check(`reading ${sourcePath}`, added.errors);
    }

    const written = await index.writeFiles({ outputPath });
    check(`writing ${outputPath}`, written.errors);
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    let message = describe(error);
    if (/backend closed/i.test(message)) {
      // Pagefind prints why its program stopped (e.g. a missing binary) just above.
      message +=
        ` — the Pagefind program stopped (its error is printed above). Run \`npm ci\` to reinstall ` +
        `pagefind and its binary for ${process.platform}-${process.arch}.`;
    }
    throw new SearchIndexError(message);
  } finally {
    await pagefind.close();
  }

  // Pagefind also writes its ready-made interfaces; the search page uses only its JS API (pagefind.js
  // and its worker), so the unused UI bundles are not published.
  for (const file of UNUSED_UI_FILES) fs.rmSync(path.join(outputPath, file), { force: true });

  const pages = readPageCounts(outputPath);
  const total = Object.values(pages).reduce((sum, count) => sum + count, 0);
  if (total === 0) {
    throw new SearchIndexError(`no page was indexed in ${siteDir}; notice pages should carry data-pagefind-body.`);
  }
  return { pages, milliseconds: performance.now() - started };
}

/** Every .html file under `dir`, as paths relative to it with forward slashes, in a stable order. */
function listHtmlFiles(dir: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listHtmlFiles(dir, relative));
    else if (entry.name.endsWith('.html')) files.push(relative);
  }
  return files;
}

/** Pagefind lists each language's index, with its page count, in pagefind-entry.json. */
function readPageCounts(outputPath: string): Record<string, number> {
  const entryFile = path.join(outputPath, 'pagefind-entry.json');
  let entry: { languages?: Record<string, { page_count?: number }> };
  try {
    entry = JSON.parse(fs.readFileSync(entryFile, 'utf8'));
  } catch (error) {
    throw new SearchIndexError(`Pagefind wrote no readable ${entryFile} (${describe(error)}).`);
  }
  return Object.fromEntries(
    Object.entries(entry.languages ?? {}).map(([lang, info]) => [lang, info.page_count ?? 0]),
  );
}

/** The languages that have a search page: `<lang>/search/index.html` in the built site. */
function findSearchPageLanguages(siteDir: string): string[] {
  return fs
    .readdirSync(siteDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(siteDir, entry.name, 'search', 'index.html')))
    .map((entry) => entry.name);
}

function check(step: string, errors: string[]): void {
  if (errors.length) throw new SearchIndexError(`Pagefind failed while ${step}:\n  ${errors.join('\n  ')}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
