// Helpers to copy a fixture site into a temporary folder and break it on purpose.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { loadSite } from '../../src/lib/content.ts';
import { setFrontmatterLine } from '../../src/lib/notice-file.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(projectRoot, 'tests', 'fixtures');

/** Copies fixture `name` to a fresh temporary folder, removed when the calling test finishes. */
export function copyFixture(name: string): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), `paragraf-${name}-`));
  try {
    onTestFinished(() => fs.rmSync(target, { recursive: true, force: true }));
  } catch {
    // Called outside a running test (e.g. in beforeAll): the caller cleans up, or the OS does.
  }
  fs.cpSync(path.join(fixturesDir, name), target, { recursive: true });
  return target;
}

/** Writes `text` to `relative` under `root`, creating folders. */
export function writeFile(root: string, relative: string, text: string): void {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** Replaces `search` with `replacement` in a file under `root`; fails loudly if it is not there. */
export function editFile(root: string, relative: string, search: string | RegExp, replacement: string): void {
  const file = path.join(root, relative);
  const before = fs.readFileSync(file, 'utf8');
  const after = before.replace(search, replacement);
  if (after === before) throw new Error(`editFile: ${String(search)} not found in ${relative}`);
  fs.writeFileSync(file, after);
}

/**
 * Records in every translation of a copied site that it was made from its source text as it is now, as
 * `npm run i18n -- done` would: a repository whose translators keep their records.
 */
export function markTranslationsDone(root: string, now = '2026-12-01'): void {
  const site = loadSite(path.join(root, 'content'), now);
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      const source = version.texts[notice.sourceLocale];
      for (const [locale, text] of Object.entries(version.texts)) {
        if (locale === notice.sourceLocale) continue;
        fs.writeFileSync(text.absolutePath, setFrontmatterLine(fs.readFileSync(text.absolutePath, 'utf8'), 'translatedFrom', source.hash));
      }
    }
  }
}
