// The search page as served, read as HTML: what a reader without JavaScript gets, and the
// per-language Pagefind index that the build wrote.

import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { textOf } from '../helpers/html.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

async function fetchPage(sitePath: string) {
  const response = await fetch(`${siteUrl}${sitePath}`);
  expect(response.status, sitePath).toBe(200);
  return parse(await response.text());
}

describe('the search page without JavaScript', () => {
  it('says search needs JavaScript and lists every notice in the page’s language', async () => {
    const cases = {
      sv: ['Sökningen kräver JavaScript', [['/sv/policy/', 'Integritetspolicy'], ['/sv/cookies/', 'Cookiepolicy']]],
      // French lacks the policy version in effect: its title is the English one, marked as such.
      fr: ['La recherche nécessite JavaScript', [['/fr/policy/', 'Privacy policy', 'en'], ['/fr/cookies/', 'Politique cookies']]],
      en: ['Search needs JavaScript', [['/en/policy/', 'Privacy policy'], ['/en/cookies/', 'Cookie policy']]],
    } as const;
    for (const [lng, [message, notices]] of Object.entries(cases)) {
      const html = await fetchPage(`/${lng}/search/`);
      expect(html.querySelector('html')?.getAttribute('lang')).toBe(lng);
      const fallback = html.querySelector('[data-search-fallback]');
      expect(fallback?.hasAttribute('hidden')).toBe(false);
      expect(textOf(fallback?.querySelector('[data-search-message]'))).toMatch(new RegExp(`^${message}`));
      const listed = fallback?.querySelectorAll('li').map((li) => {
        const a = li.querySelector('a');
        const lang = li.getAttribute('lang');
        return [a?.getAttribute('href'), textOf(a), ...(lang ? [lang] : [])];
      });
      expect(listed).toEqual(notices);
      // The form only appears once the script has loaded the index.
      expect(html.querySelector('[data-search]')?.hasAttribute('hidden')).toBe(true);
      expect(html.querySelector('[data-search] label[for=search-query]')).not.toBeNull();
    }
  });

  it('offers the notice filter under each notice’s title in the page’s language', async () => {
    const options = (await fetchPage('/fr/search/'))
      .querySelectorAll('select option')
      .map((o) => [o.getAttribute('value'), textOf(o), o.getAttribute('data-titles') ?? null]);
    expect(options).toEqual([
      ['', 'Tous les documents', null],
      // The version in effect is not in French; the French versions' title names the notice.
      ['policy', 'Politique de confidentialité', '["Politique de confidentialité"]'],
      ['cookies', 'Politique cookies', '["Politique cookies"]'],
    ]);
  });

  it('loads its script from a file of the site, with no inline script', async () => {
    const html = await fetchPage('/sv/search/');
    const scripts = html.querySelectorAll('script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.getAttribute('src')).toMatch(/^\/_astro\/[^/]+\.js$/);
      expect(script.textContent.trim()).toBe('');
    }
    expect(html.querySelector('[onclick], [onsubmit], [oninput], [onchange]')).toBeNull();
  });

  it('is linked from the header of every page', async () => {
    const html = await fetchPage('/fr/policy/');
    expect(html.querySelector('.site-search a')?.getAttribute('href')).toBe('/fr/search/');
  });
});

describe('the search index', () => {
  it('has one index per language, holding each indexed notice page once', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const counts = Object.fromEntries(
      Object.entries(entry.languages as Record<string, { page_count: number }>).map(([lng, info]) => [lng, info.page_count]),
    );
    // sv and en: policy 2024 (archived), 2026 (current, at /policy/), 2027 (upcoming), cookies.
    // fr lacks policy 2026: its fallback page shows English text and is not indexed.
    expect(counts).toEqual({ sv: 4, fr: 3, en: 4 });
  });
});
