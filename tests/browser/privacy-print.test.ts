// Privacy by construction and print: every page loads only the site's own files, sets no cookie,
// stores nothing, carries a strict CSP; a notice prints as a clean document.

import fs from 'node:fs';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listPages } from '../helpers/html.ts';
import { launchChromium, type Chromium } from './chromium.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
let browser: Chromium;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('privacy by construction', () => {
  it('loads nothing from another origin, sets no cookie and stores nothing, on every page', async () => {
    const pages = listPages(siteDir);
    expect(pages.length).toBeGreaterThan(30);
    const foreign: string[] = [];
    for (const sitePath of pages) {
      const page = await browser.newPage();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== siteUrl && url.protocol !== 'data:') foreign.push(`${sitePath} → ${request.url()}`);
      });
      await page.goto(`${siteUrl}${sitePath}`, { waitUntil: 'load' });
      if (sitePath.endsWith('/search/')) {
        await page.waitForLoadState('networkidle');
        // A search fetches the index: that too must stay on the site.
        await page.locator('#search-query').fill('data');
        await page.waitForLoadState('networkidle');
      }
      const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
      expect(storage, sitePath).toEqual({ local: 0, session: 0, cookie: '' });
      await page.close();
    }
    expect(foreign).toEqual([]);
    expect(await browser.context.cookies()).toEqual([]);
  });

  it('gives every page a Content-Security-Policy without inline or eval scripts, and a referrer policy', () => {
    for (const sitePath of listPages(siteDir)) {
      const html = fs.readFileSync(path.join(siteDir, sitePath, 'index.html'), 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, sitePath).toBeDefined();
      const scriptSrc = csp?.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
      expect(scriptSrc, sitePath).toMatch(/^script-src 'self'/);
      expect(scriptSrc, sitePath).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(csp, sitePath).toContain("default-src 'none'");
      expect(csp, sitePath).toContain("object-src 'none'");
      expect(html, sitePath).toMatch(/<meta name="referrer" content="no-referrer">/);
    }
  });
});

describe('print', () => {
  it('prints a notice with its title, date, address and whole text, and no navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/en/policy/`);
    const noticeText = await page.$$eval('.notice-text :is(p, li, h2, h3, td, th)', (elements) =>
      elements.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean),
    );
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const printed = text.replace(/\s+/g, ' ');

    expect(printed).toContain('Privacy policy');
    expect(printed).toContain('Last updated: 1 June 2026');
    expect(printed).toContain('https://legal.fixture.example/en/policy/2026-06-01/');
    // What changed is folded away on screen, and printed unfolded.
    expect(printed).toContain('What changed in this version');
    expect(printed).toContain('We now keep account data for one year instead of two, and added the right to portability.');
    expect(noticeText.length).toBeGreaterThan(5);
    for (const passage of noticeText) expect(printed, passage).toContain(passage);

    for (const navigation of ['Skip to main content', 'Legal resources', 'Svenska', 'Français', 'Search', 'On this page', 'Help', 'See what changed']) {
      expect(printed, navigation).not.toContain(navigation);
    }
  });

  it('prints where each link to another site goes, and banners without their links or a stray separator', async () => {
    const pdfText = async (path: string) => {
      const page = await browser.newPage();
      await page.goto(`${siteUrl}${path}`);
      const pdf = await page.pdf({ format: 'A4' });
      await page.close();
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      return text.replace(/\s+/g, ' ');
    };
    const upcoming = await pdfText('/en/policy/2027-03-01/');
    expect(upcoming).toMatch(/authority’s guidance \(https:\/\/authority\.fixture\.example\/guidance\)/);
    const archived = await pdfText('/en/policy/2024-01-01/');
    expect(archived).toContain('It applied from 1 January 2024 until 1 June 2026.');
    expect(archived).not.toContain('·');
    expect(archived).not.toContain('Read the version in effect now');
  });
});
