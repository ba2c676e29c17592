// The pages every site has, built from the fixture site for 2026-12-01: "page not found" pages, the
// icon, the sitemap with language alternates, robots.txt and canonical addresses; and what a notice
// page weighs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { measurePage } from '../../bench/site-measures.ts';
import { buildSite } from '../helpers/build.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { basicDist } from '../helpers/global-setup.ts';
import { listPages, readPage, textOf } from '../helpers/html.ts';

const SITE = 'https://legal.fixture.example';
const read = (file: string) => fs.readFileSync(path.join(basicDist, file), 'utf8');

interface SitemapUrl {
  loc: string;
  'xhtml:link'?: { '@_hreflang': string; '@_href': string }[];
}

function readSitemap(): SitemapUrl[] {
  const xml = read('sitemap.xml');
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' }).parse(xml);
  return parsed.urlset.url as SitemapUrl[];
}

describe('"page not found"', () => {
  it('is at /404.html in every language, each linking to its home', () => {
    const html = readPage(basicDist, '/404.html');
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(html.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    expect(html.querySelector('link[rel=canonical]')).toBeNull();
    const sections = html.querySelectorAll('main section');
    expect(sections.map((s) => [s.getAttribute('lang') ?? 'en', textOf(s.querySelector('h1, h2'))])).toEqual([
      ['en', 'Page not found'],
      ['sv', 'Sidan finns inte'],
      ['fr', 'Page introuvable'],
    ]);
    expect(html.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual([
      '/en/', '/en/search/', '/sv/', '/sv/search/', '/fr/', '/fr/search/',
    ]);
  });

  it('is at /<lng>/404.html in each language, for hosts that serve a folder its own, with Netlify’s rules', () => {
    for (const [lng, heading] of [['sv', 'Sidan finns inte'], ['fr', 'Page introuvable'], ['en', 'Page not found']]) {
      const html = readPage(basicDist, `/${lng}/404.html`);
      expect(html.querySelector('html')?.getAttribute('lang')).toBe(lng);
      expect(textOf(html.querySelector('h1'))).toBe(heading);
      expect(html.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
      // Its links work at any depth, since it is served at the address that was not found.
      for (const a of html.querySelectorAll('a[href]')) expect(a.getAttribute('href'), lng).toMatch(/^(\/|https:|#)/);
      expect(fs.existsSync(path.join(basicDist, lng, '404'))).toBe(false);
    }
    expect(read('_redirects')).toContain('/sv/*  /sv/404.html  404');
  });
});

describe('the icon', () => {
  it('is the site’s own file, linked from every page, and also answers /favicon.ico', () => {
    expect(read('favicon.svg')).toMatch(/^<svg /);
    const ico = fs.readFileSync(path.join(basicDist, 'favicon.ico'));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    for (const sitePath of listPages(basicDist)) {
      expect(readPage(basicDist, sitePath).querySelector('link[rel=icon]')?.getAttribute('href'), sitePath).toBe('/favicon.svg');
    }
  });
});

describe('the sitemap', () => {
  it('parses and lists every page a search engine should index, and nothing else', () => {
    const listed = readSitemap().map((url) => url.loc.slice(SITE.length));
    const pages = listPages(basicDist).filter((p) => {
      const html = readPage(basicDist, p);
      if (html.querySelector('meta[name=robots][content=noindex]')) return false;
      // Pages that point search engines elsewhere are left out: the current version's dated page and
      // pages that show another language's text.
      return html.querySelector('link[rel=canonical]')?.getAttribute('href') === `${SITE}${p}`;
    });
    expect(listed).toEqual([...pages].sort((a, b) => a.localeCompare(b)));
    expect(listed).toContain('/');
    expect(listed).toContain('/sv/policy/');
    expect(listed).not.toContain('/fr/policy/');
    expect(listed).not.toContain('/sv/policy/2026-06-01/');
    expect(listed).not.toContain('/status/');
  });

  it('gives each page its language alternates: the same page in each language that has it', () => {
    const byLoc = new Map(readSitemap().map((url) => [url.loc.slice(SITE.length), url['xhtml:link'] ?? []]));
    const alternates = (p: string) => byLoc.get(p)?.map((link) => [link['@_hreflang'], link['@_href'].slice(SITE.length)]);
    expect(alternates('/sv/policy/2024-01-01/')).toEqual([
      ['sv', '/sv/policy/2024-01-01/'],
      ['fr', '/fr/policy/2024-01-01/'],
      ['en', '/en/policy/2024-01-01/'],
    ]);
    // French lacks the version in effect, so it is no alternate of it.
    expect(alternates('/en/policy/')).toEqual([
      ['sv', '/sv/policy/'],
      ['en', '/en/policy/'],
    ]);
    expect(alternates('/en/policy/compare/2024-01-01..2026-06-01/')).toEqual([
      ['sv', '/sv/policy/compare/2024-01-01..2026-06-01/'],
      ['en', '/en/policy/compare/2024-01-01..2026-06-01/'],
    ]);
  });

  it('is named in robots.txt', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
  });
});

describe('canonical addresses', () => {
  it('point to the page itself, to the notice’s address for the version in effect, and to the source text for a fallback page', () => {
    const canonical = (p: string) => readPage(basicDist, p).querySelector('link[rel=canonical]')?.getAttribute('href');
    expect(canonical('/sv/policy/')).toBe(`${SITE}/sv/policy/`);
    expect(canonical('/sv/policy/2024-01-01/')).toBe(`${SITE}/sv/policy/2024-01-01/`);
    expect(canonical('/sv/policy/2026-06-01/')).toBe(`${SITE}/sv/policy/`);
    expect(canonical('/fr/policy/')).toBe(`${SITE}/en/policy/`);
    expect(canonical('/sv/policy/history/')).toBe(`${SITE}/sv/policy/history/`);
  });
});

describe('page weight', () => {
  it('keeps every notice page of the sample site at 12 KB or less of gzipped HTML and CSS, with no JavaScript', () => {
    const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-weight-')), 'dist');
    const { status, output } = buildSite({ contentDir: path.join(projectRoot, 'content'), outDir, now: '2026-12-04' });
    expect(status, output).toBe(0);
    // Every version and every notice's main page; the search page is the one page with a script.
    const notices = listPages(outDir).filter((p) => /^\/(sv|fr|en)\/(?!search\/)[a-z-]+\/(\d{4}-\d{2}-\d{2}\/)?$/.test(p));
    expect(notices.length).toBeGreaterThan(20);
    for (const p of notices) {
      const weight = measurePage(outDir, p);
      expect(weight.htmlCssGzipBytes, p).toBeLessThanOrEqual(12_000);
      expect(weight.scripts, p).toEqual([]);
    }
    fs.rmSync(path.dirname(outDir), { recursive: true, force: true });
  }, 120_000);
});
