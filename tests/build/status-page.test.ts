// The translators' status page at /status/, built from the fixture site for 2026-12-01.

import { describe, expect, it } from 'vitest';
import { basicDist } from '../helpers/global-setup.ts';
import { listPages, readPage, textOf } from '../helpers/html.ts';

const page = () => readPage(basicDist, '/status/');

describe('the translation status page', () => {
  it('is in the source language, kept out of search engines and out of the site search', () => {
    const html = page();
    expect(html.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(html.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    expect(html.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('is linked from no reader page', () => {
    for (const sitePath of listPages(basicDist).filter((p) => p !== '/status/')) {
      expect(readPage(basicDist, sitePath).querySelector('a[href="/status/"]'), sitePath).toBeNull();
    }
  });

  it('shows a captioned table with a row per notice version and a column per language, the source marked', () => {
    const table = page().querySelector('table');
    expect(textOf(table?.querySelector('caption'))).toBe('Translations by notice version and language');
    expect(table?.querySelectorAll('thead th').map((th) => [th.getAttribute('scope'), textOf(th)])).toEqual([
      ['col', 'Notice version'],
      ['col', 'Status of the version'],
      ['col', 'Svenska (sv)'],
      ['col', 'Français (fr)'],
      ['col', 'English (en)'],
    ]);
    const rows = table?.querySelectorAll('tbody tr').map((tr) => [
      tr.querySelector('th')?.getAttribute('scope'),
      ...tr.querySelectorAll('th, td').map(textOf),
    ]);
    expect(rows).toEqual([
      ['row', 'Cookie policy, 2025-01-01', 'In effect', 'Stale', 'Stale', 'Source'],
      ['row', 'Privacy policy, 2024-01-01', 'Archived', 'Stale', 'Stale', 'Source'],
      ['row', 'Privacy policy, 2026-06-01', 'In effect', 'Stale', 'Missing', 'Source'],
      ['row', 'Privacy policy, 2027-03-01', 'Upcoming', 'Stale', 'Stale', 'Source'],
    ]);
  });

  it('labels every status in words, with a class for its colour', () => {
    for (const label of page().querySelectorAll('tbody .status')) {
      const status = label.classList.value.find((name) => name.startsWith('status-'))?.slice('status-'.length);
      expect(['done', 'stale', 'missing', 'source']).toContain(status);
      expect(textOf(label).toLowerCase()).toBe(status);
    }
    expect(textOf(page().querySelector('.status-totals'))).toBe('0 done, 7 stale, 1 missing.');
  });

  it('lists per language its counts and what needs work, upcoming versions first, then those in effect, then archived ones, missing before stale', () => {
    const sections = page().querySelectorAll('.language-work-entry');
    expect(sections.map((section) => textOf(section.querySelector('h3')))).toEqual(['Svenska (sv)', 'Français (fr)']);
    const french = sections[1];
    expect(textOf(french.querySelector('.language-totals'))).toBe('0 done, 3 stale, 1 missing.');
    expect(french.querySelectorAll('.work-list li').map(textOf)).toEqual([
      'Privacy policy, 2027-03-01 – Upcoming – Stale',
      'Privacy policy, 2026-06-01 – In effect – Missing',
      'Cookie policy, 2025-01-01 – In effect – Stale',
      'Privacy policy, 2024-01-01 – Archived – Stale',
    ]);
    // Each leads to the source text to translate from.
    expect(french.querySelector('.work-list a')?.getAttribute('href')).toBe('/en/policy/2027-03-01/');
    expect(french.querySelector('.work-list a')?.getAttribute('hreflang')).toBe('en');
  });
});
