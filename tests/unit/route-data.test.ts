import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getCompareLink, getComparisons } from '../../src/lib/comparisons.ts';
import { loadSite } from '../../src/lib/content.ts';
import { loadTranslations } from '../../src/lib/i18n.ts';
import { getNoticePages } from '../../src/lib/pages.ts';
import type { RouteContext } from '../../src/lib/route-data/context.ts';
import { getHomeRouteData } from '../../src/lib/route-data/home.ts';
import { getLayoutData } from '../../src/lib/route-data/layout.ts';
import { getNoticeRouteData } from '../../src/lib/route-data/notice.ts';
import { getSearchRouteData } from '../../src/lib/route-data/search.ts';
import { getStatusRouteData } from '../../src/lib/route-data/status.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';

const site = loadSite(path.join(fixturesDir, 'basic', 'content'), '2026-12-01');
const context: RouteContext = {
  site,
  translations: loadTranslations(path.join(projectRoot, 'locales'), site.locales, site.sourceLocale),
  comparisons: getComparisons(site),
  getCorrections: () => [],
  noticeSlugs: new Set(site.notices.map((n) => n.slug)),
};
const pages = getNoticePages(site);
const pageAt = (url: string) => pages.find((p) => p.url === url)!;

describe('compare links', () => {
  it('lead to the redline in the reader’s language, or in the source language only when asked, saying so', () => {
    const request = { notice: 'policy', from: '2024-01-01', to: '2026-06-01' };
    expect(getCompareLink(context.comparisons, { ...request, locale: 'sv' })).toEqual({
      url: '/sv/policy/compare/2024-01-01..2026-06-01/',
      locale: 'sv',
      otherLanguage: false,
    });
    expect(getCompareLink(context.comparisons, { ...request, locale: 'fr' })).toBeUndefined();
    expect(getCompareLink(context.comparisons, { ...request, locale: 'fr', sourceLocale: 'en' })).toEqual({
      url: '/en/policy/compare/2024-01-01..2026-06-01/',
      locale: 'en',
      otherLanguage: true,
    });
    expect(getCompareLink(context.comparisons, { ...request, from: undefined, locale: 'sv' })).toBeUndefined();
  });
});

describe('layout data', () => {
  it('gives a page its canonical address and alternates, and a page without an address noindex and neither', () => {
    const languages = pageAt('/sv/policy/2026-06-01/').languages;
    const layout = getLayoutData(context, { locale: 'sv', title: 'T', languages, path: '/sv/policy/2026-06-01/', canonicalPath: '/sv/policy/' });
    expect(layout.canonicalUrl).toBe('https://legal.fixture.example/sv/policy/');
    expect(layout.alternates.map((a) => a.hreflang)).toEqual(['sv', 'en', 'x-default']);
    expect(layout.noindex).toBe(false);
    // The language that lacks the text says so in its own words.
    expect(layout.languages.find((l) => l.locale === 'fr')?.note).toBe('non traduit — affiche le texte original');
    // On the page whose own language lacks the text, the banner says so; the switcher does not repeat it.
    const fallback = getLayoutData(context, { locale: 'fr', title: 'T', languages: pageAt('/fr/policy/').languages, path: '/fr/policy/' });
    expect(fallback.languages.map((l) => [l.locale, l.note])).toEqual([['sv', undefined], ['fr', undefined], ['en', undefined]]);
    const notFound = getLayoutData(context, { locale: 'sv', title: 'T', languages });
    expect([notFound.canonicalUrl, notFound.alternates, notFound.noindex]).toEqual([undefined, [], true]);
  });
});

describe('notice route data', () => {
  it('dates each version by its status and titles every version but the current one with its date', () => {
    const archived = getNoticeRouteData(context, pageAt('/fr/policy/2024-01-01/'));
    expect(archived.dateLine.map((part) => part.text).join('')).toBe('En vigueur du 1er janvier 2024 au 1er juin 2026');
    expect(archived.layout.documentTitle).toBe('Politique de confidentialité, version du 1er janvier 2024 – Example Fixture Org');
    const current = getNoticeRouteData(context, pageAt('/en/policy/'));
    expect(current.dateLine.map((part) => part.text).join('')).toBe('Last updated: 1 June 2026');
    expect(current.layout.documentTitle).toBe('Privacy policy – Example Fixture Org');
    expect(current.changes).toMatchObject({ material: true, compare: { href: '/en/policy/compare/2024-01-01..2026-06-01/', text: 'See what changed' } });
    expect(current.banners.map((b) => [b.kind, b.links.map((l) => l.href)])).toEqual([
      ['changing', ['/en/policy/2027-03-01/', '/en/policy/compare/2026-06-01..2027-03-01/']],
    ]);
  });
});

describe('home route data', () => {
  it('lists the changes published but not yet in effect', () => {
    const home = getHomeRouteData(context, 'sv');
    expect(home.upcoming.map((u) => [u.title, u.date.map((p) => p.text).join(''), u.read.href, u.changes?.material])).toEqual([
      ['Integritetspolicy', 'Börjar gälla 1 mars 2027', '/sv/policy/2027-03-01/', false],
    ]);
    expect(home.upcoming[0].changes?.compare?.href).toBe('/sv/policy/compare/2026-06-01..2027-03-01/');
  });
});

describe('search route data', () => {
  it('gives every plural form the language needs, and a filter option per notice with every title of its versions', () => {
    const fr = getSearchRouteData(context, 'fr');
    expect(Object.keys(fr.strings.count).sort()).toEqual(['many', 'one', 'other']);
    expect(fr.strings.count.one).toBe('{count} résultat');
    expect(fr.options.map((o) => [o.slug, o.label, o.titles])).toEqual([
      ['policy', 'Politique de confidentialité', ['Politique de confidentialité']],
      ['cookies', 'Politique cookies', ['Politique cookies']],
    ]);
  });
});

describe('status route data', () => {
  it('takes the page’s words from the source language’s interface strings', () => {
    const status = getStatusRouteData(context);
    expect([status.locale, status.sourceLabel, status.labels.stale, status.versionStatusLabels.upcoming]).toEqual([
      'en',
      'English',
      'Stale',
      'Upcoming',
    ]);
    const swedish = getStatusRouteData({ ...context, site: { ...site, sourceLocale: 'sv' } });
    expect([swedish.sourceLabel, swedish.labels.missing, swedish.t('translationStatus.title')]).toEqual(['svenska', 'Saknas', 'Översättningsstatus']);
  });
});
