// Build-output tests for redline pages: which are published, and how they keep the document's shape.

import { describe, expect, it } from 'vitest';
import { basicDist } from '../helpers/global-setup.ts';
import { listPages, readPage, textOf } from '../helpers/html.ts';

const page = (sitePath: string) => readPage(basicDist, sitePath);
const comparePages = () => listPages(basicDist).filter((p) => p.includes('/compare/'));
/** The text of an <ins> or <del> without the words only screen readers hear. */
const changed = (element: Parameters<typeof textOf>[0]) =>
  textOf(element).replace(/^(Added|Removed|Tillagt|Borttaget): | \((end of addition|end of removal|slut på tillägg|slut på borttagning)\)$/g, '');

describe('redline pages', () => {
  it('are published for each version and the one before, in each locale that has both texts', () => {
    expect(comparePages()).toEqual([
      '/en/policy/compare/2024-01-01..2026-06-01/',
      '/en/policy/compare/2026-06-01..2027-03-01/',
      '/sv/policy/compare/2024-01-01..2026-06-01/',
      '/sv/policy/compare/2026-06-01..2027-03-01/',
    ]);
  });

  it('show a changed table cell inside a <table>, under its column header, with the cell’s <del> and <ins>', () => {
    const html = page('/en/policy/compare/2024-01-01..2026-06-01/');
    const table = html.querySelector('.redline table');
    expect(table).not.toBeNull();
    expect(table?.querySelectorAll('thead th').map(textOf)).toEqual(['Data', 'Retention']);
    const cell = table?.querySelector('td.redline-cell-changed');
    expect(cell?.getAttribute('data-label')).toBe('Retention');
    expect(cell?.querySelectorAll('del').map(changed)).toEqual(['2 years']);
    expect(cell?.querySelectorAll('ins').map(changed)).toEqual(['1 year']);
    // The unchanged cell of the same row stays as it was, unmarked.
    const row = cell?.parentNode;
    expect(row?.querySelectorAll('td').map((td) => [td.classList.contains('redline-cell-changed'), textOf(td).startsWith('Account')])[0]).toEqual([false, true]);
  });

  it('keep lists as lists, with an added item as an item of its own', () => {
    const html = page('/en/policy/compare/2024-01-01..2026-06-01/');
    const items = html.querySelectorAll('.redline-section ul > li');
    expect(items.map((li) => [li.classList.contains('redline-insert'), changed(li)])).toEqual([
      [false, 'access your data;'],
      [true, 'move your data to another service;'],
      [false, 'delete your data.'],
    ]);
    expect(items[1].querySelector('ins')).not.toBeNull();
  });

  it('show an added section’s heading once, marked as added', () => {
    const html = page('/en/policy/compare/2026-06-01..2027-03-01/');
    const headings = html.querySelectorAll('.redline :is(h2, h3)').filter((h) => textOf(h).includes('Automated decisions'));
    expect(headings).toHaveLength(1);
    expect(headings[0].tagName).toBe('H2');
    expect(changed(headings[0].querySelector('ins'))).toBe('Automated decisions');
  });

  it('show each change under its section’s H2 and H3', () => {
    const html = page('/en/policy/compare/2024-01-01..2026-06-01/');
    const section = html.querySelector('#changes-your-rights');
    expect(textOf(section?.querySelector('h2'))).toBe('Your rights');
    // The table changed under "Complaints", whose own text did not: its H3 stays in view.
    expect(section?.querySelectorAll(':scope > h3').map(textOf)).toEqual(['Complaints']);
  });

  it('keep links and emphasis inside the marked text', () => {
    const html = page('/en/policy/compare/2024-01-01..2026-06-01/');
    // The unchanged link of the changed paragraph is still a link, in the reader's language.
    expect(html.querySelector('#changes-who-we-are a[href="mailto:privacy@fixture.example"]')).not.toBeNull();
  });

  it('sum up the change: material or editorial, what the editors say, the numbers, and the changed sections by name', () => {
    const html = page('/en/policy/compare/2024-01-01..2026-06-01/');
    expect(textOf(html.querySelector('.redline-summary .badge-material'))).toBe('Material change');
    expect(textOf(html.querySelector('.redline-changes'))).toBe(
      'We now keep account data for one year instead of two, and added the right to portability.',
    );
    const stats = html.querySelectorAll('.redline-stats li').map(textOf);
    expect(stats[0]).toMatch(/^\d+ sections? changed$/);
    expect(stats[1]).toMatch(/^\d+ words? added$/);
    const entries = html.querySelectorAll('.contents-column li').map(textOf);
    expect(entries).toEqual(['Who we are (1 change)', 'Your rights (2 changes)']);
    for (const target of html.querySelectorAll('.contents-column a').map((a) => a.getAttribute('href'))) {
      expect(html.querySelector(target ?? ''), target).not.toBeNull();
    }
    expect(textOf(page('/en/policy/compare/2026-06-01..2027-03-01/').querySelector('.redline-summary .badge-editorial'))).toBe(
      'Editorial change',
    );
  });

  it('fold unchanged passages and sections into disclosures that open onto their text', () => {
    const html = page('/en/policy/compare/2026-06-01..2027-03-01/');
    const folded = html.querySelectorAll('.redline details.redline-unchanged');
    expect(folded.map((d) => textOf(d.querySelector('summary')))).toContain('Unchanged section: Who we are');
    const whoWeAre = folded.find((d) => textOf(d.querySelector('summary')) === 'Unchanged section: Who we are');
    expect(whoWeAre?.hasAttribute('open')).toBe(false);
    expect(textOf(whoWeAre?.querySelector('.redline-unchanged-text'))).toContain('We are the fixture organisation');
    expect(html.querySelectorAll('.redline ins').length).toBeGreaterThan(0);
  });

  it('label every insertion and deletion for screen readers in the page’s language', () => {
    const html = page('/sv/policy/compare/2024-01-01..2026-06-01/');
    expect(html.querySelectorAll('.redline ins').length).toBeGreaterThan(0);
    for (const element of html.querySelectorAll('.redline ins')) {
      expect(textOf(element.querySelector('.sr-only'))).toBe('Tillagt:');
    }
    for (const element of html.querySelectorAll('.redline del')) {
      expect(textOf(element.querySelector('.sr-only'))).toBe('Borttaget:');
    }
  });

  it('carry both dates in their <title>', () => {
    expect(textOf(page('/en/policy/compare/2024-01-01..2026-06-01/').querySelector('title'))).toBe(
      'What changed: Privacy policy (1 January 2024 – 1 June 2026) – Example Fixture Org',
    );
  });

  it('need no script', () => {
    for (const p of comparePages()) expect(page(p).querySelectorAll('script'), p).toHaveLength(0);
  });
});
