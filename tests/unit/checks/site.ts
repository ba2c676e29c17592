// Loads a temporary copy of a fixture site for the checks' tests, and names its files the way problems do.

import fs from 'node:fs';
import path from 'node:path';
import { inspectContent } from '../../../src/lib/checks/index.ts';
import { displayPath, loadSite, type NoticeText, type Site } from '../../../src/lib/content.ts';
import type { Problem } from '../../../src/lib/errors.ts';
import { copyFixture, fixturesDir, projectRoot } from '../../helpers/fixtures.ts';

/** The build date of the basic fixture's tests: policy 2026-06-01 is current, 2027-03-01 upcoming. */
export const NOW = '2026-12-01';

/**
 * A fresh copy of the basic fixture as a site before its first `npm run notice -- lock`: without its
 * published.lock.json. Returns its root (content/ is inside).
 */
export function copyBasic(): string {
  const root = copyFixture('basic');
  fs.rmSync(path.join(root, 'content', 'published.lock.json'), { force: true });
  return root;
}

/** Everything `npm run check` (and so `npm run build`) reports for a copy, sorted. */
export function inspectCopy(root: string, localesDir = path.join(projectRoot, 'locales'), now = NOW): Problem[] {
  return inspectContent({ contentDir: path.join(root, 'content'), localesDir, now }).problems;
}

export function loadCopy(root: string, now = NOW): Site {
  return loadSite(path.join(root, 'content'), now);
}

/** A problem's `file` for a path under a copied fixture, shown the way content.ts shows paths. */
export function fileOf(root: string, relative: string): string {
  return displayPath(path.join(root, relative));
}

/** The path of a committed input file of a check's fixtures. */
export function checkFixture(rule: string, name: string): string {
  return path.join(fixturesDir, 'checks', rule, name);
}

export function getText(site: Site, notice: string, date: string, locale: string): NoticeText {
  const text = site.notices.find((n) => n.slug === notice)?.versions.find((v) => v.date === date)?.texts[locale];
  if (!text) throw new Error(`No text ${notice}/${date}/${locale} in the fixture.`);
  return text;
}
