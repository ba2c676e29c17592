// Build-output tests for redline pages: which are published, and what they show.

import { describe, expect, it } from 'vitest';
import { basicDist } from '../helpers/global-setup.ts';
import { listPages, readPage, textOf } from '../helpers/html.ts';

const page = (sitePath: string) => readPage(basicDist, sitePath);
const comparePages = () => listPages(basicDist).filter((p) => p.includes('/compare/'));

describe('redline pages', () => {
  it('are published for each version and the one before, in each locale that has both texts', () => {
    expect(comparePages()).toEqual([
      '/en/policy/compare/2024-01-01..2026-06-01/',
      '/en/policy/compare/2026-06-01..2027-03-01/',
      '/sv/policy/compare/2024-01-01..2026-06-01/',
      '/sv/policy/compare/2026-06-01..2027-03-01/',
    ]);
  });

  it('mark inserted and deleted words with <ins> and <del>', () => {
    const html = page('/en/policy/compare/2024-01-01..2026-06-01/');
    const inserted = html.querySelectorAll('.redline ins').map((e) => textOf(e).replace(/^Added: | \(end of addition\)$/g, ''));
    const deleted = html.querySelectorAll('.redline del').map((e) => textOf(e).replace(/^Removed: | \(end of removal\)$/g, ''));
    expect(inserted).toContain('• move your data to another service;');
    expect(deleted).toContain('Account | 2 years');
    expect(inserted).toContain('Account | 1 year');
  });

  it('labels every insertion and deletion for screen readers in the page’s language', () => {
    const html = page('/sv/policy/compare/2024-01-01..2026-06-01/');
    for (const element of html.querySelectorAll('.redline ins')) {
      expect(textOf(element.querySelector('.sr-only'))).toBe('Tillagt:');
    }
    for (const element of html.querySelectorAll('.redline del')) {
      expect(textOf(element.querySelector('.sr-only'))).toBe('Borttaget:');
    }
  });

  it('sums up the change and links to each change', () => {
    const html = page('/en/policy/compare/2024-01-01..2026-06-01/');
    const stats = html.querySelectorAll('.redline-stats li').map(textOf);
    expect(stats[0]).toMatch(/^\d+ sections? changed$/);
    expect(stats[1]).toMatch(/^\d+ words? added$/);
    const targets = html.querySelectorAll('.redline-jumps a').map((a) => a.getAttribute('href'));
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(html.querySelector(target ?? ''), target).not.toBeNull();
  });

  it('collapses unchanged passages and sections to one-line markers', () => {
    const html = page('/en/policy/compare/2026-06-01..2027-03-01/');
    const markers = html.querySelectorAll('.redline-marker').map(textOf);
    expect(markers).toContain('Unchanged section: Who we are');
    expect(html.querySelectorAll('.redline ins').length).toBeGreaterThan(0);
    expect(textOf(html.querySelector('.redline'))).not.toContain('We are the fixture organisation');
  });

  it('needs no script', () => {
    for (const p of comparePages()) expect(page(p).querySelectorAll('script'), p).toHaveLength(0);
  });
});
