// The search page in a real browser: Pagefind's index of the page's language, the status filter,
// the notice filter, and results that lead to the right page and section.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, type Chromium } from './chromium.ts';

const siteUrl = inject('siteUrl');

let chromium: Chromium;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});

interface Result {
  href: string;
  title: string;
  datetime: string | null;
  date: string;
  marked: string[];
}

type SearchPage = Awaited<ReturnType<typeof openSearch>>;

/** Opens /<lng>/search/ and waits until the search form is ready (Pagefind loaded). */
async function openSearch(lng: string, query = '') {
  const page = await chromium.newPage();
  const requests: string[] = [];
  const failures: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (response.status() >= 400 && pathname !== '/favicon.ico') failures.push(`${response.status()} ${pathname}`);
  });
  await page.goto(`${siteUrl}/${lng}/search/${query}`);
  await page.locator('[data-search]').waitFor({ state: 'visible' });
  return Object.assign(page, { requests, failures });
}

/**
 * Does what the reader does, then waits for the search it starts to finish. The page announces
 * every finished search in its status line, so the line is emptied first and waited for.
 */
async function settle(page: SearchPage, action: () => Promise<void>): Promise<{ status: string; results: Result[] }> {
  await page.locator('[role=status]').evaluate((status) => {
    status.textContent = '';
  });
  await action();
  await page.waitForFunction(() => (document.querySelector('[role=status]')?.textContent ?? '') !== '');
  return read(page);
}

/** Types a query and submits it. */
function search(page: SearchPage, query: string): Promise<{ status: string; results: Result[] }> {
  return settle(page, async () => {
    await page.locator('input[type=search]').fill(query);
    await page.keyboard.press('Enter');
  });
}

async function read(page: SearchPage): Promise<{ status: string; results: Result[] }> {
  const status = (await page.locator('[role=status]').textContent()) ?? '';
  const results = await page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      title: item.querySelector('a')?.firstChild?.textContent ?? '',
      datetime: item.querySelector('time')?.getAttribute('datetime') ?? null,
      date: item.querySelector('.search-result-date')?.textContent ?? '',
      marked: [...item.querySelectorAll('.search-result-excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  );
  return { status, results };
}

/** Nothing failed to load, nothing was blocked by the Content-Security-Policy, no script error. */
function expectCleanRun(page: SearchPage): void {
  expect(page.failures).toEqual([]);
  expect(page.problems.filter((p) => !p.includes('Failed to load resource'))).toEqual([]);
}

describe('searching in Swedish', () => {
  it('finds the Swedish notice, linked to the matching section, and loads only the Swedish index', async () => {
    const page = await openSearch('sv');
    expect(await page.locator('.search-fallback').isVisible()).toBe(false);
    expect(await page.getByLabel('Sök i de juridiska dokumenten').count()).toBe(1);

    const { status, results } = await search(page, 'myndigheten');
    expect(status).toBe('1 träff');
    expect(results).toEqual([
      {
        href: '/sv/policy/#complaints',
        title: 'Integritetspolicy',
        datetime: '2026-06-01',
        date: 'Gäller sedan 1 juni 2026',
        marked: [expect.stringMatching(/^myndigheten/)],
      },
    ]);

    // A word every language's text has: still only Swedish pages.
    const common = await search(page, 'cookies');
    expect(common.results.length).toBeGreaterThan(0);
    for (const result of common.results) expect(result.href).toMatch(/^\/sv\//);

    const indexFiles = page.requests.filter((p) => p.startsWith('/pagefind/') && /\.(pf_meta|pagefind)$/.test(p));
    expect(indexFiles.length).toBeGreaterThan(0);
    for (const file of indexFiles) expect(file).toMatch(/[./]sv[._]/);
    expectCleanRun(page);
    await page.close();
  });
});

describe('searching in French', () => {
  it('finds the French notice and no Swedish or English page', async () => {
    const page = await openSearch('fr');
    const { status, results } = await search(page, 'nécessaire');
    expect(status).toBe('1 résultat');
    expect(results.map((r) => [r.href, r.title, r.date])).toEqual([
      ['/fr/cookies/#cookies', 'Politique cookies', 'En vigueur depuis le 1er janvier 2025'],
    ]);
    expect(results[0].marked[0]).toMatch(/^nécessaire/);

    const common = await search(page, 'cookies');
    expect(common.results.length).toBeGreaterThan(0);
    for (const result of common.results) expect(result.href).toMatch(/^\/fr\//);
    // An English word of the English text is not in the French index.
    expect((await search(page, 'complain')).status).toBe('Aucun résultat pour «\u202fcomplain\u202f».');
    expectCleanRun(page);
    await page.close();
  });
});

describe('earlier versions', () => {
  for (const [lng, query, href, date, none] of [
    ['sv', 'telefax', '/sv/policy/2024-01-01/#who-we-are', 'Tidigare version, gällde från 1 januari 2024', 'Inga träffar för ”telefax”.'],
    ['fr', 'télécopie', '/fr/policy/2024-01-01/#who-we-are', 'Version antérieure, en vigueur à partir du 1er janvier 2024', 'Aucun résultat pour «\u202ftélécopie\u202f».'],
    ['en', 'fax', '/en/policy/2024-01-01/#who-we-are', 'Earlier version, in effect from 1 January 2024', 'No results for “fax”.'],
  ]) {
    it(`are searched only when the reader asks (${lng})`, async () => {
      const page = await openSearch(lng);
      const first = await search(page, query);
      expect(first).toEqual({ status: none, results: [] });

      const { results } = await settle(page, () => page.locator('input[type=checkbox]').check());
      expect(results.map((r) => [r.href, r.datetime, r.date])).toEqual([[href, '2024-01-01', date]]);
      expectCleanRun(page);
      await page.close();
    });
  }

  it('include upcoming versions too', async () => {
    const page = await openSearch('en');
    expect((await search(page, 'automated')).results).toEqual([]);
    const { results } = await settle(page, () => page.locator('input[type=checkbox]').check());
    expect(results.map((r) => [r.href, r.date])).toEqual([
      ['/en/policy/2027-03-01/#automated-decisions', 'Upcoming version, takes effect on 1 March 2027'],
    ]);
    await page.close();
  });
});

describe('the notice filter', () => {
  it('keeps only the chosen notice', async () => {
    const page = await openSearch('en');
    const all = await search(page, 'policy');
    expect(all.status).toBe('2 results');
    expect(all.results.map((r) => r.title).sort()).toEqual(['Cookie policy', 'Privacy policy']);

    const { status, results } = await settle(page, async () => {
      await page.getByLabel('Notice', { exact: true }).selectOption('cookies');
    });
    expect(status).toBe('1 result');
    expect(results.map((r) => r.title)).toEqual(['Cookie policy']);
    await page.close();
  });
});

describe('a result', () => {
  it('opens the right page at the matching section, and going back shows the search again', async () => {
    const page = await openSearch('sv', '?q=telefax&all=1');
    await page.locator('.search-result a').first().waitFor();
    await page.locator('.search-result a').first().click();
    await page.waitForURL(`${siteUrl}/sv/policy/2024-01-01/#who-we-are`);
    expect(await page.locator('h1').textContent()).toBe('Integritetspolicy');
    expect(await page.locator('article').getAttribute('data-status')).toBe('archived');

    await page.goBack();
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('input[type=search]').inputValue()).toBe('telefax');
    expect(await page.locator('input[type=checkbox]').isChecked()).toBe(true);
    expectCleanRun(page);
    await page.close();
  });
});

describe('when the index cannot load', () => {
  it('says search is unavailable and keeps the list of notices', async () => {
    const page = await chromium.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${siteUrl}/en/search/`);
    const message = page.locator('[data-search-message]');
    await page.waitForFunction(() => document.querySelector('[data-search-message]')?.textContent?.startsWith('Search could not'));
    expect(await message.textContent()).toBe('Search could not be loaded right now. All our legal notices are listed below.');
    expect(await page.locator('[data-search]').isVisible()).toBe(false);
    expect(await page.locator('.search-notices a').count()).toBe(2);
    await page.close();
  });
});
