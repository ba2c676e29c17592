import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/content.ts';
import { buildSidebar } from '../../src/lib/sidebar.ts';
import { fixturesDir } from '../helpers/fixtures.ts';

const site = loadSite(path.join(fixturesDir, 'basic', 'content'), '2026-12-01');

describe('sidebar model', () => {
  it('translates group labels and takes notice titles from the locale’s frontmatter', () => {
    const groups = buildSidebar(site, 'sv');
    expect(groups.map((g) => g.label)).toEqual(['Integritet', 'Övrigt']);
    expect(groups[0].items.map((i) => [i.label, i.href])).toEqual([
      ['Integritetspolicy', '/sv/policy/'],
      ['Cookiepolicy', '/sv/cookies/'],
    ]);
  });

  it('marks only the notice being read as current', () => {
    const items = buildSidebar(site, 'en', 'cookies').flatMap((g) => g.items);
    expect(items.filter((i) => i.current).map((i) => i.href)).toEqual(['/en/cookies/']);
  });

  it('keeps external links as they are and marks them external', () => {
    const link = buildSidebar(site, 'fr')[1].items[0];
    expect(link).toMatchObject({ label: 'Aide', href: 'https://help.fixture.example', external: true, current: false });
  });

  it('uses the newest translated title when the current version lacks the locale', () => {
    // The current policy (2026-06-01) has no French text; the 2024 French title is still French.
    const item = buildSidebar(site, 'fr')[0].items[0];
    expect(item).toMatchObject({ label: 'Politique de confidentialité', lang: undefined });
  });
});
