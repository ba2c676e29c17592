// Accessibility in Chromium: axe on every template and locale, plus what axe cannot check —
// reflow at 320 px, the skip link, visible focus, consistent navigation order, and language marks.

import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type Chromium } from './chromium.ts';
import { getTemplatePages } from './pages.ts';

const siteUrl = inject('siteUrl');
const pages = getTemplatePages();
let browser: Chromium;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage();
  await page.setViewportSize(viewport);
  const response = await page.goto(`${siteUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

describe('axe (WCAG 2.0, 2.1 and 2.2 A and AA)', () => {
  it.each(pages.map((p) => [p.template, p.locale, p.path]))('finds no violation on the %s page in %s (%s)', async (_t, _l, path) => {
    const page = await open(path);
    // Let the search page's script finish setting up, so its interface is what axe sees.
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const violations = results.violations.map(
      (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(violations, path).toEqual([]);
    await page.close();
  });
});

describe('reflow at 320 CSS pixels', () => {
  it.each(pages.map((p) => [p.path]))('does not scroll sideways: %s', async (path) => {
    const page = await open(path, { width: 320, height: 640 });
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll, path).toBeLessThanOrEqual(overflow.client);
    await page.close();
  });

  it('does not disable zoom', async () => {
    for (const { path } of pages) {
      const page = await open(path);
      const viewport = await page.getAttribute('meta[name=viewport]', 'content');
      expect(viewport, path).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0)?\b/);
      await page.close();
    }
  });
});

describe('keyboard', () => {
  it.each(pages.map((p) => [p.path]))('reaches the skip link first, and it moves focus into <main>: %s', async (path) => {
    const page = await open(path);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const style = element ? getComputedStyle(element) : null;
      const box = element?.getBoundingClientRect();
      return {
        href: element?.getAttribute('href'),
        visible: Boolean(box && box.width > 0 && box.height > 0 && box.top >= 0 && style?.visibility !== 'hidden'),
      };
    });
    expect(first, path).toEqual({ href: '#main', visible: true });
    await page.keyboard.press('Enter');
    const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(inMain, path).toBe(true);
    await page.close();
  });

  it.each(pages.map((p) => [p.path]))('shows a visible focus indicator on every focusable element: %s', async (path) => {
    const page = await open(path);
    await page.waitForLoadState('networkidle');
    const missing: string[] = [];
    const count = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]')].filter(
          (e) => e.offsetParent !== null || getComputedStyle(e).position === 'fixed',
        ).length,
    );
    for (let index = 0; index < count + 1; index++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const shadow = style.boxShadow !== 'none';
        const box = element.getBoundingClientRect();
        const onScreen = box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
        return { name: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 40) ?? ''}`, shown: (outline || shadow) && onScreen };
      });
      if (state && !state.shown) missing.push(state.name);
    }
    expect(missing, path).toEqual([]);
    await page.close();
  });
});

describe('consistent navigation (WCAG 3.2.3)', () => {
  it('puts the header, the sidebar, <main> and the footer in the same order on every page that has them', async () => {
    const orders = new Map<string, string[]>();
    for (const { path } of pages.filter((p) => p.path !== '/' && p.path !== '/status/')) {
      const page = await open(path);
      const order = await page.evaluate(() =>
        [...document.querySelectorAll('body > *, body > * > *')]
          .map((e): string =>
            e.matches('header.site-header') ? 'header'
            : e.matches('nav.sidebar') ? 'sidebar'
            : e.matches('main') ? 'main'
            : e.matches('footer') ? 'footer'
            : '',
          )
          .filter((name) => name !== ''),
      );
      orders.set(path, order);
      await page.close();
    }
    for (const [path, order] of orders) expect(order, path).toEqual(['header', 'sidebar', 'main', 'footer']);
  });
});

describe('language of parts (WCAG 3.1.2)', () => {
  it('marks the source-language text of a fallback page with its own lang', async () => {
    const page = await open('/fr/policy/');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('h1', 'lang')).toBe('en');
    expect(await page.getAttribute('.notice-text', 'lang')).toBe('en');
    expect(await page.getAttribute('.toc ol', 'lang')).toBe('en');
    await page.close();
  });

  it('marks every language name in the switcher with its own language', async () => {
    for (const { path } of pages.filter((p) => p.path !== '/' && p.path !== '/status/')) {
      const page = await open(path);
      const items = await page.$$eval('.languages li', (lis) =>
        lis.map((li) => [li.getAttribute('lang'), li.querySelector('a')?.getAttribute('hreflang')]),
      );
      for (const [lang, hreflang] of items) expect(lang, path).toBe(hreflang);
      await page.close();
    }
  });
});
