// The presentation rules in Chromium, on the presentation fixture (built and served by this file):
// axe finds nothing on pages with a first layer, a marked English passage in Swedish, the site-wide
// notice of an upcoming change and the home page's list — valid-lang included — in every language.

import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';
import { launchChromium, type Chromium } from './chromium.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const dist = path.join(projectRoot, 'tests', '.output', 'browser-presentation');
let server: StaticServer;
let browser: Chromium;

beforeAll(async () => {
  fs.rmSync(dist, { recursive: true, force: true });
  const { status, output } = buildSite({ contentDir: path.join(fixturesDir, 'presentation', 'content'), outDir: dist });
  if (status !== 0) throw new Error(`The presentation fixture did not build:\n${output}`);
  server = await serveStatic(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(sitePath: string) {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const response = await page.goto(`${server.url}${sitePath}`);
  expect(response?.status(), sitePath).toBe(200);
  return page;
}

const PAGES = ['sv', 'fr', 'en'].flatMap((lng) => [`/${lng}/`, `/${lng}/privacy/`, `/${lng}/privacy/2027-02-01/`, `/${lng}/supplement/`]);

describe('axe on the pages of the presentation rules', () => {
  it.each(PAGES)('finds no violation on %s', async (sitePath) => {
    const page = await open(sitePath);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), sitePath).toEqual([]);
    await page.close();
  });

  it('checks valid-lang on the marked English passage in the Swedish text, and finds it valid', async () => {
    const page = await open('/sv/privacy/');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.getAttribute('.notice-text span[lang]', 'lang')).toBe('en');
    expect(await page.textContent('.notice-text span[lang]')).toBe('Download My Personal Data');
    const results = await new AxeBuilder({ page }).withRules(['valid-lang', 'html-has-lang', 'html-lang-valid']).analyze();
    expect(results.violations).toEqual([]);
    expect(results.passes.find((rule) => rule.id === 'valid-lang')?.nodes.map((n) => n.target.join(' '))).toEqual(
      expect.arrayContaining([expect.stringContaining('span')]),
    );
    await page.close();
  });

  it('shows the first layer above the contents, and its links lead to the sections', async () => {
    const page = await open('/en/privacy/');
    // On a phone the contents sit in a disclosure in the text's column: the key points come first.
    await page.setViewportSize({ width: 375, height: 800 });
    const [keyPoints, contents] = await Promise.all([
      page.locator('.key-points').boundingBox(),
      page.locator('.contents-disclosure').boundingBox(),
    ]);
    expect(keyPoints!.y).toBeLessThan(contents!.y);
    // A short window, so the section starts out of view and the link has to bring it there.
    await page.setViewportSize({ width: 1280, height: 300 });
    expect((await page.locator('#your-rights').boundingBox())!.y).toBeGreaterThan(300);
    await page.click('.key-points a[href="#your-rights"]');
    expect(await page.evaluate(() => location.hash)).toBe('#your-rights');
    const heading = (await page.locator('#your-rights').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y + heading.height).toBeLessThanOrEqual(300);
    await page.close();
  });
});
