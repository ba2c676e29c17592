// Build-output tests for the presentation rules: the first layer above the contents, the review date,
// the site-wide notice of an upcoming material change, the home page's list, marked foreign passages
// and dated titles — on the presentation fixture, built once for 2026-12-01.

import fs from 'node:fs';
import path from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';
import { basicDist } from '../helpers/global-setup.ts';
import { listPages, readPage, textOf } from '../helpers/html.ts';

const dist = path.join(projectRoot, 'tests', '.output', 'presentation');
const page = (sitePath: string) => readPage(dist, sitePath);

beforeAll(() => {
  fs.rmSync(dist, { recursive: true, force: true });
  const { status, output } = buildSite({ contentDir: path.join(fixturesDir, 'presentation', 'content'), outDir: dist });
  if (status !== 0) throw new Error(`The presentation fixture did not build:\n${output}`);
});

describe('the first layer', () => {
  it('stands above the table of contents, under its own heading, in every language', () => {
    for (const [lng, heading] of [['en', 'In brief'], ['sv', 'I korthet'], ['fr', 'L’essentiel']]) {
      const article = page(`/${lng}/privacy/`).querySelector('article')!;
      const keyPoints = article.querySelector('section.key-points');
      expect(textOf(keyPoints?.querySelector('h2')), lng).toBe(heading);
      expect(keyPoints?.getAttribute('aria-labelledby')).toBe('key-points-heading');
      const order = article.querySelectorAll('section.key-points, nav.contents-disclosure, .notice-text').map((e) => e.classNames.split(' ')[0]);
      expect(order, lng).toEqual(['key-points', 'contents', 'notice-text']);
    }
  });

  it('links each point to a section that exists on the page, and is not repeated in the text', () => {
    const html = page('/en/privacy/');
    const links = html.querySelectorAll('.key-points a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#who-we-are', '#purposes', '#your-rights']);
    for (const href of links) expect(html.querySelector(`.notice-text ${href}`), href!).not.toBeNull();
    expect(html.querySelector('.notice-text .key-points, .notice-text ul')).toBeNull();
    expect(textOf(html.querySelector('.key-points li'))).toBe('Presentation Fixture AB is responsible for your data.');
  });

  it('is searchable, unlike the contents: it sits in the indexed article without data-pagefind-ignore', () => {
    const html = page('/en/privacy/');
    const list = html.querySelector('.key-points-list')!;
    expect(html.querySelector('article')?.hasAttribute('data-pagefind-body')).toBe(true);
    for (let node: HTMLElement | null = list; node && node.tagName !== 'ARTICLE'; node = node.parentNode) {
      expect(node.hasAttribute('data-pagefind-ignore')).toBe(false);
    }
  });

  it('is marked with the source language where a reader gets the source text', () => {
    const html = page('/fr/privacy/2027-02-01/');
    expect(html.querySelector('.key-points-list')?.getAttribute('lang')).toBe('en');
    expect(textOf(html.querySelector('.key-points h2'))).toBe('L’essentiel');
  });

  it('shows its changes in the redline: the new point added, the changed point edited', () => {
    const html = page('/en/privacy/compare/2026-01-10..2027-02-01/');
    const intro = html.querySelectorAll('.redline-section')[0];
    expect(textOf(intro.querySelector('h2'))).toBe('Introduction');
    const text = textOf(intro);
    expect(text).toContain('You can object to the monthly summary at any time.');
    expect(intro.querySelectorAll('ins').map((e) => textOf(e)).join(' ')).toContain('and to send you a monthly summary');
  });
});

describe('the review date', () => {
  it('stands beside "Last updated" on the version in effect', () => {
    const date = page('/en/privacy/').querySelector('.notice-date');
    expect(textOf(date?.querySelector('.notice-reviewed'))).toBe('Reviewed: 20 November 2026');
    expect(date?.querySelector('.notice-reviewed time')?.getAttribute('datetime')).toBe('2026-11-20');
    expect(textOf(page('/sv/privacy/').querySelector('.notice-reviewed'))).toBe('Granskad: 20 november 2026');
  });

  it('is not shown where no review is recorded, nor on other versions', () => {
    expect(page('/en/supplement/').querySelector('.notice-reviewed')).toBeNull();
    expect(page('/en/privacy/2027-02-01/').querySelector('.notice-reviewed')).toBeNull();
  });
});

describe('the notice of an upcoming material change', () => {
  it('is on every page of every language, with the date and a link to the redline, except where the notice’s own banner says it', () => {
    // The privacy notice in effect (at both its addresses) and its upcoming version say so in their banner, with the same links.
    const ownBanner = (sitePath: string) => /^\/(sv|fr|en)\/privacy\/((2026-01-10|2027-02-01)\/)?$/.test(sitePath);
    for (const sitePath of ['/en/privacy/', '/sv/privacy/2027-02-01/']) {
      expect(page(sitePath).querySelector('.upcoming-notice'), sitePath).toBeNull();
      expect(page(sitePath).querySelector('.banner-changing, .banner-upcoming'), sitePath).not.toBeNull();
    }
    const pages = listPages(dist).filter((p) => /^\/(sv|fr|en)\//.test(p) && !ownBanner(p));
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(pages).toContain('/en/privacy/history/');
    for (const sitePath of pages) {
      const lng = sitePath.split('/')[1];
      const notice = page(sitePath).querySelector('main .upcoming-notice');
      expect(notice, sitePath).not.toBeNull();
      expect(notice?.getAttribute('role')).toBe('note');
      expect(notice?.querySelector('time')?.getAttribute('datetime'), sitePath).toBe('2027-02-01');
      const link = notice?.querySelector('a');
      // French lacks the new version, so French readers get the English redline, marked as English.
      expect(link?.getAttribute('href'), sitePath).toBe(`/${lng === 'fr' ? 'en' : lng}/privacy/compare/2026-01-10..2027-02-01/`);
      expect(link?.getAttribute('hreflang') ?? undefined, sitePath).toBe(lng === 'fr' ? 'en' : undefined);
    }
  });

  it('names the notice and the date in the reader’s language', () => {
    expect(textOf(page('/en/supplement/').querySelector('.upcoming-notice'))).toBe('Privacy notice changes on 1 February 2027. See what changes');
    expect(textOf(page('/sv/').querySelector('.upcoming-notice'))).toBe('Integritetspolicy ändras den 1 februari 2027. Se vad som ändras');
    const french = page('/fr/').querySelector('.upcoming-notice');
    expect(textOf(french)).toBe('Privacy notice : modification le 1er février 2027. Voir ce qui change (en anglais)');
    expect(french?.querySelector('span[lang=en]')?.textContent).toBe('Privacy notice');
  });

  it('is left out of the search index and of print', () => {
    expect(page('/en/supplement/').querySelector('.upcoming-notice')?.hasAttribute('data-pagefind-ignore')).toBe(true);
    const css = fs.readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.css')).map((f) => fs.readFileSync(path.join(dist, '_astro', f), 'utf8')).join('\n');
    expect(css).toMatch(/@media print\{[^@]*\.upcoming-notice\{display:none!important\}/);
  });

  it('is not shown when no upcoming version is material', () => {
    // The basic fixture's upcoming version is editorial.
    expect(readPage(basicDist, '/en/cookies/').querySelector('.upcoming-notice')).toBeNull();
  });
});

describe('the home page', () => {
  it('lists upcoming changes with their date, kind, summary and links', () => {
    const section = page('/sv/').querySelector('section[aria-labelledby=upcoming-heading]');
    expect(textOf(section?.querySelector('h2'))).toBe('Kommande ändringar');
    const item = section?.querySelector('li');
    expect(textOf(item?.querySelector('h3'))).toBe('Integritetspolicy');
    expect(textOf(item?.querySelector('.upcoming-date'))).toBe('Börjar gälla 1 februari 2027');
    expect(textOf(item?.querySelector('.change-kind'))).toBe('Väsentlig ändring');
    expect(textOf(item?.querySelector('.change-text'))).toBe('Vi använder nu också dina uppgifter för att skicka en månadssammanfattning, och du kan invända mot den.');
    expect(item?.querySelectorAll('a').map((a) => [a.getAttribute('href'), textOf(a)])).toEqual([
      ['/sv/privacy/2027-02-01/', 'Integritetspolicy'],
      ['/sv/privacy/compare/2026-01-10..2027-02-01/', 'Se vad som ändras'],
    ]);
  });

  it('gives the source text’s summary, marked with its language, where the reader’s language lacks the version', () => {
    const item = page('/fr/').querySelector('.upcoming-list li');
    expect(item?.querySelector('.change-text')?.getAttribute('lang')).toBe('en');
    expect(item?.querySelector('h3')?.getAttribute('lang')).toBe('en');
    const redline = item?.querySelector('.change-link a');
    expect(redline?.getAttribute('hreflang')).toBe('en');
    expect(textOf(redline)).toBe('Voir ce qui change (en anglais)');
  });
});

describe('a passage in another language', () => {
  it('is rendered with its own lang inside a Swedish text', () => {
    const span = page('/sv/privacy/').querySelector('.notice-text span[lang]');
    expect(span?.getAttribute('lang')).toBe('en');
    expect(span?.textContent).toBe('Download My Personal Data');
    expect(page('/sv/privacy/').querySelector('html')?.getAttribute('lang')).toBe('sv');
  });
});

describe('page titles', () => {
  it('carry the date of a version that is not in effect, so versions can be told apart', () => {
    const title = (p: string) => textOf(page(p).querySelector('title'));
    expect(title('/en/privacy/')).toBe('Privacy notice – Presentation Fixture AB');
    expect(title('/en/privacy/2027-02-01/')).toBe('Privacy notice, version of 1 February 2027 – Presentation Fixture AB');
    const archived = textOf(readPage(basicDist, '/en/policy/2024-01-01/').querySelector('title'));
    expect(archived).toContain('1 January 2024');
    expect(archived).not.toBe(textOf(readPage(basicDist, '/en/policy/').querySelector('title')));
  });
});
