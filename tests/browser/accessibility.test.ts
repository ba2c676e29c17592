// Accessibility in Chromium: axe on every template and locale at a small phone, a phone and a desktop
// width, in light and dark, the search page with results shown; plus what axe cannot check — reflow at
// 320 px, the text on a phone's first screen, scroll regions reached by keyboard, the skip link, visible
// focus, consistent navigation order, and language marks.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type Chromium } from './chromium.ts';
import { getFramedPages, getTemplatePages } from './pages.ts';

const siteUrl = inject('siteUrl');
const pages = getTemplatePages();
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 375, height: 800 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'] as const;
let browser: Chromium;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, viewport = { width: 1280, height: 900 }, scheme: 'light' | 'dark' = 'light') {
  const page = await browser.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize(viewport);
  const response = await page.goto(`${siteUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** On a search page, searches for a word every language's notices have and waits for the results. */
async function showResults(page: Page, path: string): Promise<void> {
  if (!path.endsWith('/search/')) return;
  await page.locator('[data-search]').waitFor({ state: 'visible' });
  await page.locator('#search-query').fill('cookies');
  await page.keyboard.press('Enter');
  await page.locator('.search-result').first().waitFor();
}

// Each page is loaded once and checked at every width and in both schemes, which changes its layout
// and colours without reloading it; two pages are checked at a time, one per core.
describe('axe (WCAG 2.0, 2.1 and 2.2 A and AA) at 320, 375 and 1280 px, light and dark', () => {
  it.concurrent.each(pages.map((p) => [p.template, p.locale, p.path]))('finds no violation on the %s page in %s (%s)', async (_t, _l, path) => {
    const page = await open(path);
    await showResults(page, path);
    const found: string[] = [];
    for (const scheme of SCHEMES) {
      for (const viewport of VIEWPORTS) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize(viewport);
        // Legacy mode runs axe in the page itself: there are no frames to combine, and it is much faster.
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .setLegacyMode(true)
          .analyze();
        for (const v of results.violations) {
          found.push(`${scheme} ${viewport.width}px ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
        // Reflow (WCAG 1.4.10): nothing scrolls the page sideways, at any width.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) found.push(`${scheme} ${viewport.width}px scrolls sideways by ${overflow}px`);
      }
    }
    expect(found, path).toEqual([]);
    await page.close();
  }, 180_000);
});

describe('the first screen of a phone', () => {
  it.each(pages.filter((p) => p.firstText).map((p) => [p.path, p.firstText!]))(
    'shows the beginning of the text within the first 800 px at 375 × 800: %s',
    async (path, selector) => {
      const page = await open(path, { width: 375, height: 800 });
      const top = await page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().top ?? Infinity, selector);
      expect(top, path).toBeLessThan(800);
      await page.close();
    },
  );

  it('keeps "On this page" closed above the text, and opens it on request', async () => {
    const page = await open('/en/policy/', { width: 375, height: 800 });
    const disclosure = page.locator('.contents-disclosure details');
    expect(await page.locator('.contents-disclosure a').first().isVisible()).toBe(false);
    await disclosure.locator('summary').click();
    expect(await page.locator('.contents-disclosure a').first().isVisible()).toBe(true);
    expect(await page.locator('.contents-column').isVisible()).toBe(false);
    await page.close();
  });

  it('puts the legal resources behind a labelled disclosure in the header', async () => {
    const page = await open('/sv/policy/', { width: 375, height: 800 });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    const menu = page.locator('.site-header details.site-menu');
    expect((await menu.locator('summary').textContent())?.trim()).toBe('Juridiska dokument');
    expect(await menu.getByRole('link', { name: 'Cookiepolicy' }).isVisible()).toBe(false);
    await menu.locator('summary').click();
    expect(await menu.getByRole('link', { name: 'Cookiepolicy' }).isVisible()).toBe(true);
    expect(await menu.locator('[aria-current=page]').textContent()).toBe('Integritetspolicy');
    await page.close();
  });
});

describe('wide screens', () => {
  it('keep the sidebar and "On this page" beside the text while it scrolls', async () => {
    const page = await open('/en/policy/', { width: 1280, height: 800 });
    expect(await page.locator('.site-menu').isVisible()).toBe(false);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const boxes = await page.evaluate(() =>
      ['.sidebar', '.contents-column', '.notice-text'].map((s) => {
        const box = document.querySelector(s)!.getBoundingClientRect();
        return { top: Math.round(box.top), left: Math.round(box.left), right: Math.round(box.right) };
      }),
    );
    const [sidebar, contents, text] = boxes;
    expect(sidebar.top).toBeGreaterThanOrEqual(0);
    expect(contents.top).toBeGreaterThanOrEqual(0);
    expect(sidebar.right).toBeLessThan(text.left);
    expect(contents.left).toBeGreaterThan(text.right);
    await page.close();
  });
});

describe('keyboard', () => {
  it.each(pages.flatMap((p) => [375, 1280].map((width) => [p.path, width] as const)))(
    'reaches every scroll region: %s at %d px',
    async (path, width) => {
      const page = await open(path, { width, height: 800 });
      await showResults(page, path);
      // Mark every element that scrolls, then walk the page with Tab and note which of them focus reached.
      const regions = await page.evaluate(() => {
        const found = [...document.querySelectorAll<HTMLElement>('body *')].filter((e) => {
          const style = getComputedStyle(e);
          const scrolls = (o: string) => o === 'auto' || o === 'scroll';
          return (
            (scrolls(style.overflowX) && e.scrollWidth > e.clientWidth) || (scrolls(style.overflowY) && e.scrollHeight > e.clientHeight)
          );
        });
        found.forEach((e, i) => e.setAttribute('data-scroll-region', String(i)));
        return found.length;
      });
      const reached = new Set<string>();
      const stops = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, summary, [tabindex="0"]').length);
      for (let i = 0; i < stops + 2 && reached.size < regions; i++) {
        await page.keyboard.press('Tab');
        const region = await page.evaluate(() => document.activeElement?.closest('[data-scroll-region]')?.getAttribute('data-scroll-region'));
        if (region) reached.add(region);
      }
      expect(reached.size, path).toBe(regions);
      // A scroll region that takes focus itself says what it holds.
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-scroll-region][tabindex]')].filter(
          (e) => !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'),
        ).length,
      );
      expect(unnamed, path).toBe(0);
      await page.close();
    },
  );

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

  it.each(pages.flatMap((p) => [375, 1280].map((width) => [p.path, width] as const)))(
    'shows a visible focus indicator on every focusable element: %s at %d px',
    async (path, width) => {
      const page = await open(path, { width, height: 800 });
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
    },
  );
});

describe('consistent navigation (WCAG 3.2.3)', () => {
  it.each([375, 1280])('puts the header, the legal resources, <main> and the footer in the same order on every page at %d px', async (width) => {
    for (const { path } of getFramedPages()) {
      const page = await open(path, { width, height: 800 });
      // On narrow screens the resources are in the header's menu: opened, they come before <main> too.
      if (width < 900) await page.locator('.site-menu summary').click();
      const order = await page.evaluate(() => {
        const visible = (e: Element) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed';
        const label = document.querySelector('.sidebar')?.getAttribute('aria-label');
        return [...document.querySelectorAll('header.site-header, nav, main, footer.site-footer')]
          .filter(visible)
          .map((e): string =>
            e.matches('header') ? 'header'
            : e.matches('main') ? 'main'
            : e.matches('footer') ? 'footer'
            : e.getAttribute('aria-label') === label ? 'resources'
            : '',
          )
          .filter((name) => name !== '');
      });
      expect(order, path).toEqual(['header', 'resources', 'main', 'footer']);
      await page.close();
    }
  }, 180_000);
});

describe('language of parts (WCAG 3.1.2)', () => {
  it('marks the source-language text of a fallback page with its own lang', async () => {
    const page = await open('/fr/policy/');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('h1', 'lang')).toBe('en');
    expect(await page.getAttribute('.notice-text', 'lang')).toBe('en');
    expect(await page.getAttribute('.contents-column ol', 'lang')).toBe('en');
    expect(await page.getAttribute('.contents-disclosure ol', 'lang')).toBe('en');
    await page.close();
  });

  it('marks every language name in the switcher with its own language', async () => {
    for (const { path } of getFramedPages()) {
      const page = await open(path);
      const items = await page.$$eval('.languages li', (lis) =>
        lis.map((li) => [li.getAttribute('lang'), li.querySelector('a')?.getAttribute('hreflang')]),
      );
      for (const [lang, hreflang] of items) expect(lang, path).toBe(hreflang);
      await page.close();
    }
  }, 180_000);
});

describe('page not found', () => {
  it('answers a missing address with the page in the language of its folder, and the root one elsewhere', async () => {
    const page = await browser.newPage();
    const french = await page.goto(`${siteUrl}/fr/no-such-notice/`);
    expect(french?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('h1').textContent()).toBe('Page introuvable');
    await page.goto(`${siteUrl}/no-such-page/`);
    expect(await page.locator('main section').count()).toBe(3);
    await page.close();
  });
});
