// Build-output tests for version history, the Atom feeds and the machine-readable archive.

import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { hashFile } from '../helpers/compile.ts';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../helpers/fixtures.ts';
import { basicDist } from '../helpers/global-setup.ts';
import { listPages, readPage, textOf } from '../helpers/html.ts';

const page = (sitePath: string) => readPage(basicDist, sitePath);

describe('the history page', () => {
  it('exists for every notice in every locale', () => {
    const pages = listPages(basicDist);
    for (const lng of ['sv', 'fr', 'en']) {
      for (const notice of ['policy', 'cookies']) expect(pages).toContain(`/${lng}/${notice}/history/`);
    }
  });

  it('lists every version newest first with its date and status', () => {
    const entries = page('/en/policy/history/')
      .querySelectorAll('.history-entry')
      .map((li) => [li.querySelector('time')?.getAttribute('datetime'), textOf(li.querySelector('.status'))]);
    expect(entries).toEqual([
      ['2027-03-01', 'Upcoming'],
      ['2026-06-01', 'In effect'],
      ['2024-01-01', 'Archived'],
    ]);
  });

  it('gives the translated summary of changes, whether it is material, and compare links', () => {
    const [upcoming, current, first] = page('/sv/policy/history/').querySelectorAll('.history-entry');
    expect(textOf(current.querySelector('.history-changes'))).toBe(
      'Vi sparar nu kontouppgifter i ett år i stället för två och har lagt till rätten till dataportabilitet.',
    );
    // The material flag stands beside the date, as prominent as the status.
    expect(textOf(current.querySelector('.history-date .badge-material'))).toBe('Väsentlig ändring');
    expect(textOf(upcoming.querySelector('.history-date .badge-editorial'))).toBe('Redaktionell ändring');
    expect(first.querySelector('.history-date .badge-material, .history-date .badge-editorial')).toBeNull();
    expect(current.querySelectorAll('.history-links a').map((a) => a.getAttribute('href'))).toEqual([
      '/sv/policy/2026-06-01/',
      '/sv/policy/compare/2024-01-01..2026-06-01/',
    ]);
    expect(textOf(first.querySelector('.history-changes'))).toBe('Första versionen.');
    expect(first.querySelectorAll('.history-links a')).toHaveLength(1);
  });

  it('says when the locale lacks a version and shows the source summary in its own language', () => {
    const current = page('/fr/policy/history/').querySelectorAll('.history-entry')[1];
    expect(textOf(current.querySelector('.history-missing'))).toBe(
      'Non disponible en français : le texte original est affiché.',
    );
    expect(current.querySelector('.history-changes')?.getAttribute('lang')).toBe('en');
    const compare = current.querySelectorAll('.history-links a')[1];
    expect(compare.getAttribute('href')).toBe('/en/policy/compare/2024-01-01..2026-06-01/');
    // The link says it opens the English redline, rather than switching language silently.
    expect(compare.getAttribute('hreflang')).toBe('en');
    expect(textOf(compare)).toBe('Comparer avec la version précédente (en anglais)');
  });

  it('is linked from every notice page next to the date', () => {
    expect(page('/sv/cookies/2025-01-01/').querySelector('.notice-date a')?.getAttribute('href')).toBe(
      '/sv/cookies/history/',
    );
  });
});

describe('the Atom feed', () => {
  const feedXml = (lng: string) => fs.readFileSync(path.join(basicDist, lng, 'feed.xml'), 'utf8');
  const parse = (lng: string) =>
    new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(feedXml(lng))
      .feed;

  it('is well-formed XML with one entry per notice version', () => {
    for (const lng of ['sv', 'fr', 'en']) {
      expect(XMLValidator.validate(feedXml(lng)), lng).toBe(true);
      expect(parse(lng).entry, lng).toHaveLength(4);
    }
  });

  it('is an Atom 1.0 feed with an id, title, updated date and self link', () => {
    const feed = parse('en');
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://legal.fixture.example/en/feed.xml');
    expect(feed.updated).toBe('2027-03-01T00:00:00.000Z');
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(
      'https://legal.fixture.example/en/feed.xml',
    );
  });

  it('gives each version a stable id, its effective date, the change summary and the redline link', () => {
    const entry = parse('sv').entry.find((e: { id: string }) => e.id.endsWith('/sv/policy/2026-06-01/'));
    expect(entry.title['#text'] ?? entry.title).toBe('Integritetspolicy: version från 1 juni 2026');
    expect(entry.updated).toBe('2026-06-01T00:00:00.000Z');
    expect(entry.summary['#text'] ?? entry.summary).toContain('Vi sparar nu kontouppgifter');
    expect(entry.link[0]['@_href']).toBe('https://legal.fixture.example/sv/policy/compare/2024-01-01..2026-06-01/');
  });

  it('is announced on every page of its locale', () => {
    for (const p of ['/fr/', '/fr/policy/', '/fr/policy/history/']) {
      const link = page(p).querySelector('link[type="application/atom+xml"]');
      expect(link?.getAttribute('href'), p).toBe('/fr/feed.xml');
      expect(link?.getAttribute('rel')).toBe('alternate');
    }
  });
});

describe('notices.json', () => {
  const archive = JSON.parse(fs.readFileSync(path.join(basicDist, 'notices.json'), 'utf8'));

  it('lists every notice, version and locale with status and address', () => {
    const policy = archive.notices.find((n: { slug: string }) => n.slug === 'policy');
    expect(policy.versions.map((v: { date: string; status: string }) => [v.date, v.status])).toEqual([
      ['2024-01-01', 'archived'],
      ['2026-06-01', 'current'],
      ['2027-03-01', 'upcoming'],
    ]);
    const fr = policy.versions[1].texts.find((t: { locale: string }) => t.locale === 'fr');
    expect(fr).toMatchObject({ translated: false, url: 'https://legal.fixture.example/fr/policy/2026-06-01/' });
    expect(fr.sha256).toBeUndefined();
  });

  it('records the hash of each text that the published-version lock records', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'basic/content/published.lock.json'), 'utf8'));
    const expected = hashFile(path.join(fixturesDir, 'basic/content/notices/policy/2024-01-01/sv.mdx'));
    expect(lock.files['notices/policy/2024-01-01/sv.mdx'].sha256).toBe(expected);
    const policy = archive.notices.find((n: { slug: string }) => n.slug === 'policy');
    const sv = policy.versions[0].texts.find((t: { locale: string }) => t.locale === 'sv');
    expect(sv).toMatchObject({ source: 'notices/policy/2024-01-01/sv.mdx', sha256: expected, translated: true });
  });
});
