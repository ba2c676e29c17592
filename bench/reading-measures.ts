// Measures a built site the way a reader meets it: where the first paragraph of the text stands on a
// phone and a desktop screen, in light and dark, what axe finds there, and screenshots to look at.
// Usage: node bench/reading-measures.ts <site folder> [<screenshot folder>]

import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveStatic } from '../tests/browser/static-server.ts';

interface Target {
  name: string;
  path: string;
  /** The first element a reader came for: the notice's first paragraph, the first change, the first version. */
  selector: string;
}

const [siteDir, shotsDir] = process.argv.slice(2);
if (!siteDir) {
  console.error('usage: node bench/reading-measures.ts <site folder> [<screenshot folder>]');
  process.exit(2);
}

/** The first text a reader came for on a notice page: its first layer ("In brief") when it has one, else its first paragraph. */
const FIRST_TEXT = ':is(.key-points, .notice-text) :is(p, li)';

const TARGETS: Target[] = [
  { name: 'notice', path: '/en/privacy-notice/', selector: FIRST_TEXT },
  { name: 'notice-para', path: '/en/privacy-notice/', selector: '.notice-text p' },
  { name: 'redline', path: '/en/privacy-notice/compare/2023-03-01..2025-05-15/', selector: '.redline-section p' },
  { name: 'redline-change', path: '/en/privacy-notice/compare/2023-03-01..2025-05-15/', selector: '.redline :is(ins, del)' },
  { name: 'history', path: '/en/privacy-notice/history/', selector: '.history-entry p' },
  { name: 'home', path: '/en/', selector: 'main p' },
  { name: 'search', path: '/en/search/', selector: 'main input, main p' },
  // Every other notice in effect, in every language: banners and notes differ from page to page.
  ...fs
    .readdirSync(siteDir, { withFileTypes: true })
    .filter((locale) => locale.isDirectory() && /^[a-z]{2}(-[A-Z]{2})?$/.test(locale.name))
    .flatMap((locale) =>
      fs
        .readdirSync(path.join(siteDir, locale.name), { withFileTypes: true })
        .filter((notice) => notice.isDirectory() && notice.name !== 'search' && fs.existsSync(path.join(siteDir, locale.name, notice.name, 'history')))
        .filter((notice) => !(locale.name === 'en' && notice.name === 'privacy-notice'))
        .map((notice) => ({ name: `${locale.name}/${notice.name}`, path: `/${locale.name}/${notice.name}/`, selector: FIRST_TEXT })),
    ),
];
const VIEWPORTS = [
  { width: 320, height: 800 },
  { width: 375, height: 800 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'] as const;

const server = await serveStatic(siteDir);
const browser = await launchChromium();
const rows: string[] = [];
const axeTotals = new Map<string, number>();
try {
  for (const scheme of SCHEMES) {
    for (const viewport of VIEWPORTS) {
      for (const target of TARGETS) {
        const page = await browser.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize(viewport);
        await page.goto(`${server.url}${target.path}`, { waitUntil: 'networkidle' });
        const y = await page.evaluate((selector) => {
          const element = document.querySelector(selector);
          return element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : null;
        }, target.selector);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const key = `${viewport.width}px ${scheme}`;
        axeTotals.set(key, (axeTotals.get(key) ?? 0) + results.violations.reduce((n, v) => n + v.nodes.length, 0));
        const ids = results.violations.map((v) => `${v.id}×${v.nodes.length}`).join(' ');
        rows.push(`${target.name.padEnd(22)} ${String(viewport.width).padStart(4)}px ${scheme.padEnd(5)} first at y=${y}  axe: ${ids || 'none'}`);
        if (shotsDir) {
          fs.mkdirSync(shotsDir, { recursive: true });
          await page.screenshot({ path: path.join(shotsDir, `${target.name.replace('/', '-')}-${viewport.width}-${scheme}.png`) });
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(rows.join('\n'));
console.log('\naxe violations (nodes) per viewport and scheme:');
for (const [key, total] of axeTotals) console.log(`  ${key}: ${total}`);
