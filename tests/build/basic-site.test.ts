// Build-output tests: the fixture site, built for 2026-12-01, read back as HTML.

import { describe, expect, it } from 'vitest';
import { basicDist } from '../helpers/global-setup.ts';
import { listPages, readPage, textOf } from '../helpers/html.ts';

const page = (sitePath: string) => readPage(basicDist, sitePath);

describe('the built fixture site', () => {
  it('publishes a home, each notice and each version in every locale, plus the language chooser', () => {
    const expected = ['/'];
    for (const lng of ['en', 'fr', 'sv']) {
      expected.push(
        `/${lng}/`,
        `/${lng}/cookies/`,
        `/${lng}/cookies/2025-01-01/`,
        `/${lng}/policy/`,
        `/${lng}/policy/2024-01-01/`,
        `/${lng}/policy/2026-06-01/`,
        `/${lng}/policy/2027-03-01/`,
      );
    }
    const versionPages = listPages(basicDist).filter((p) => !/\/(history|compare|search|status)\//.test(p));
    expect(versionPages).toEqual(expected.sort());
  });

  it('sets <html lang> to the page’s locale on every page', () => {
    for (const sitePath of listPages(basicDist)) {
      const lang = page(sitePath).querySelector('html')?.getAttribute('lang');
      expect(lang, sitePath).toBe(sitePath === '/' || sitePath === '/status/' ? 'en' : sitePath.split('/')[1]);
    }
  });

  it('gives every page one <main> and a skip link to it as the first link', () => {
    for (const sitePath of listPages(basicDist)) {
      const html = page(sitePath);
      expect(html.querySelectorAll('main'), sitePath).toHaveLength(1);
      const first = html.querySelector('a');
      expect(first?.getAttribute('href'), sitePath).toBe('#main');
      expect(html.querySelector('main')?.id).toBe('main');
    }
  });

  it('loads nothing from another origin and ships no script, except the search page’s own file', () => {
    for (const sitePath of listPages(basicDist)) {
      const html = page(sitePath);
      const scripts = html.querySelectorAll('script');
      if (/^\/[a-z]{2}\/search\/$/.test(sitePath)) {
        // The search page's one script is a file of the site, never inline.
        expect(scripts.map((s) => s.getAttribute('src')), sitePath).toEqual([expect.stringMatching(/^\/_astro\/[^/]+\.js$/)]);
      } else {
        expect(scripts, sitePath).toHaveLength(0);
      }
      for (const element of html.querySelectorAll('link[rel=stylesheet], img, iframe, source')) {
        const url = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        expect(url.startsWith('/') && !url.startsWith('//'), `${sitePath}: ${url}`).toBe(true);
      }
    }
  });

  it('links every page’s footer to the privacy notice in its language', () => {
    expect(page('/sv/cookies/').querySelector('footer a[href="/sv/policy/"]')).not.toBeNull();
    expect(textOf(page('/fr/').querySelector('footer a'))).toBe('Politique de confidentialité');
    expect(page('/').querySelectorAll('footer a').map((a) => a.getAttribute('href'))).toEqual([
      '/sv/policy/',
      '/fr/policy/',
      '/en/policy/',
    ]);
  });
});

describe('the language chooser at /', () => {
  it('lists every language with hreflang alternates and does not redirect', () => {
    const html = page('/');
    const alternates = html
      .querySelectorAll('link[rel=alternate]')
      .map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(alternates).toEqual([
      ['sv', 'https://legal.fixture.example/sv/'],
      ['fr', 'https://legal.fixture.example/fr/'],
      ['en', 'https://legal.fixture.example/en/'],
      ['x-default', 'https://legal.fixture.example/'],
    ]);
    expect(html.querySelectorAll('main a').map((a) => [a.parentNode?.getAttribute('lang'), a.getAttribute('href')])).toEqual([
      ['sv', '/sv/'],
      ['fr', '/fr/'],
      ['en', '/en/'],
    ]);
    expect(html.querySelector('meta[http-equiv=refresh]')).toBeNull();
  });
});

describe('a locale’s home page', () => {
  it('opens with the intro and lists every notice with its current date', () => {
    const html = page('/sv/');
    expect(textOf(html.querySelector('main p'))).toBe('Fixturens svenska inledning.');
    const items = html.querySelectorAll('.notice-list li').map((li) => ({
      title: textOf(li.querySelector('a')),
      date: li.querySelector('time')?.getAttribute('datetime'),
      shown: textOf(li.querySelector('time')),
    }));
    expect(items).toEqual([
      { title: 'Integritetspolicy', date: '2026-06-01', shown: '1 juni 2026' },
      { title: 'Cookiepolicy', date: '2025-01-01', shown: '1 januari 2025' },
    ]);
  });
});

describe('a notice page', () => {
  it('shows "last updated" as <time datetime> formatted for the locale', () => {
    expect(textOf(page('/sv/policy/').querySelector('.notice-effective'))).toBe('Senast uppdaterad: 1 juni 2026');
    expect(page('/sv/policy/').querySelector('.notice-effective time')?.getAttribute('datetime')).toBe('2026-06-01');
    // French writes the first day of a month as an ordinal.
    expect(textOf(page('/fr/cookies/').querySelector('.notice-effective'))).toBe('Dernière mise à jour : 1er janvier 2025');
    expect(textOf(page('/en/policy/').querySelector('.notice-effective'))).toBe('Last updated: 1 June 2026');
  });

  it('says when an archived version was in effect, and "last updated" only on the current one', () => {
    const archived = page('/en/policy/2024-01-01/').querySelector('.notice-effective');
    expect(textOf(archived)).toBe('Effective from 1 January 2024 to 1 June 2026');
    expect(archived?.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual(['2024-01-01', '2026-06-01']);
    expect(textOf(page('/fr/policy/2024-01-01/').querySelector('.notice-effective'))).toBe('En vigueur du 1er janvier 2024 au 1er juin 2026');
  });

  it('gives each version its own <title>: the date for every version but the one in effect', () => {
    const title = (p: string) => textOf(page(p).querySelector('title'));
    expect(title('/en/policy/')).toBe('Privacy policy – Example Fixture Org');
    expect(title('/en/policy/2026-06-01/')).toBe('Privacy policy – Example Fixture Org');
    expect(title('/en/policy/2024-01-01/')).toBe('Privacy policy, version of 1 January 2024 – Example Fixture Org');
    expect(title('/en/policy/2027-03-01/')).toBe('Privacy policy, version of 1 March 2027 – Example Fixture Org');
    expect(title('/fr/policy/2024-01-01/')).toBe('Politique de confidentialité, version du 1er janvier 2024 – Example Fixture Org');
  });

  it('shows what changed in the version, whether it is material, and links to its redline', () => {
    // Folded into one line above the text, so that the text comes first on a phone; the kind of change stays in sight.
    const notes = page('/en/policy/').querySelector('.notice-header details.version-notes');
    expect(notes?.hasAttribute('open')).toBe(false);
    expect(textOf(notes?.querySelector('summary .version-notes-label'))).toBe('What changed in this version');
    expect(textOf(notes?.querySelector('summary .badge-material'))).toBe('Material change');
    const summary = notes?.querySelector('.change-summary');
    expect(summary?.getAttribute('aria-label')).toBe('What changed in this version');
    expect(summary?.querySelector('.badge')).toBeNull();
    expect(textOf(summary?.querySelector('.change-text'))).toBe(
      'We now keep account data for one year instead of two, and added the right to portability.',
    );
    expect(summary?.querySelector('.change-link a')?.getAttribute('href')).toBe('/en/policy/compare/2024-01-01..2026-06-01/');
    // French lacks the 2026 text: the English summary, marked as English, and the English redline, said to be in English.
    const french = page('/fr/policy/').querySelector('.change-summary');
    expect(french?.querySelector('.change-text')?.getAttribute('lang')).toBe('en');
    const link = french?.querySelector('.change-link a');
    expect([link?.getAttribute('href'), link?.getAttribute('hreflang'), textOf(link)]).toEqual([
      '/en/policy/compare/2024-01-01..2026-06-01/',
      'en',
      'Voir les modifications (en anglais)',
    ]);
    // The first version has nothing to compare with.
    expect(page('/en/cookies/').querySelector('.change-summary')).toBeNull();
    expect(page('/en/cookies/').querySelector('.version-notes')).toBeNull();
  });

  it('lists hreflang alternates only for languages that have this version', () => {
    const hreflangs = (p: string) =>
      page(p).querySelectorAll('link[rel=alternate][hreflang]').map((l) => l.getAttribute('hreflang'));
    expect(hreflangs('/sv/policy/2026-06-01/')).toEqual(['sv', 'en', 'x-default']);
    expect(hreflangs('/sv/policy/2024-01-01/')).toEqual(['sv', 'fr', 'en', 'x-default']);
  });

  it('marks the notice in the sidebar with aria-current="page"', () => {
    const current = page('/en/cookies/2025-01-01/').querySelectorAll('.sidebar [aria-current=page]');
    expect(current.map((a) => a.getAttribute('href'))).toEqual(['/en/cookies/']);
    expect(page('/en/').querySelectorAll('.sidebar [aria-current]')).toHaveLength(0);
  });

  it('has a table of contents whose anchors all exist in the text, closed above the text and as a column beside it', () => {
    const html = page('/en/policy/');
    for (const contents of ['.contents-disclosure', '.contents-column']) {
      const targets = html.querySelectorAll(`${contents} a`).map((a) => a.getAttribute('href'));
      expect(targets).toEqual(['#who-we-are', '#your-rights', '#complaints']);
      for (const target of targets) expect(html.querySelector(`.notice-text ${target}`), target).not.toBeNull();
    }
    const disclosure = html.querySelector('.contents-disclosure details');
    expect(disclosure?.hasAttribute('open')).toBe(false);
    expect(textOf(disclosure?.querySelector('summary'))).toBe('On this page');
  });

  it('labels every table cell with its column, for the stacked layout of narrow screens', () => {
    const table = page('/en/policy/').querySelector('.notice-text table');
    expect(table?.getAttribute('role')).toBe('table');
    expect(table?.querySelectorAll('td').map((td) => [td.getAttribute('data-label'), td.getAttribute('role'), textOf(td)])).toEqual([
      ['Data', 'cell', 'Account'],
      ['Retention', 'cell', '1 year'],
    ]);
  });

  it('keeps explicit anchors identical across translations', () => {
    const ids = (p: string) => page(p).querySelectorAll('.notice-text [id]').map((e) => e.id);
    expect(ids('/sv/policy/2024-01-01/')).toEqual(ids('/en/policy/2024-01-01/'));
    expect(ids('/fr/policy/2024-01-01/')).toEqual(['who-we-are', 'your-rights', 'complaints']);
  });

  it('turns language-neutral links between notices into links in the reader’s language', () => {
    expect(page('/sv/policy/').querySelector('.notice-text a[href="/sv/cookies/"]')).not.toBeNull();
    expect(page('/fr/cookies/').querySelector('.notice-text a[href="/fr/policy/#your-rights"]')).not.toBeNull();
  });

  it('links the language switcher to the same version in each language', () => {
    const links = page('/sv/policy/2024-01-01/')
      .querySelectorAll('.languages a')
      .map((a) => [a.getAttribute('href'), a.getAttribute('aria-current') ?? null]);
    expect(links).toEqual([
      ['/sv/policy/2024-01-01/', 'true'],
      ['/fr/policy/2024-01-01/', null],
      ['/en/policy/2024-01-01/', null],
    ]);
  });

  it('says in the language switcher when a language lacks this version', () => {
    const french = page('/sv/policy/2026-06-01/').querySelector('.languages li[lang=fr]');
    expect(french?.querySelector('a')?.getAttribute('href')).toBe('/fr/policy/2026-06-01/');
    expect(textOf(french)).toBe('Français (non traduit — affiche le texte original)');
    expect(textOf(page('/sv/policy/2024-01-01/').querySelector('.languages li[lang=fr]'))).toBe('Français');
  });
});

describe('banners', () => {
  it('tells readers of an archived version when it applied and links to the current one', () => {
    const banner = page('/en/policy/2024-01-01/').querySelector('.banner-archived');
    expect(textOf(banner?.querySelector('p'))).toBe('This is an earlier version of this notice. It applied from 1 January 2024 until 1 June 2026.');
    // The links are a list of their own, which print leaves out whole: no stray separator is left behind.
    expect(banner?.querySelectorAll('.banner-links li').map(textOf)).toEqual(['Read the version in effect now', 'See what changed']);
    expect(banner?.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual(['2024-01-01', '2026-06-01']);
    expect(banner?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/en/policy/',
      '/en/policy/compare/2024-01-01..2026-06-01/',
    ]);
  });

  it('announces an upcoming version on the current one, with its date and a link', () => {
    for (const p of ['/sv/policy/', '/sv/policy/2026-06-01/']) {
      const banner = page(p).querySelector('.banner-changing');
      expect(textOf(banner?.querySelector('p')), p).toBe('En ny version av det här dokumentet börjar gälla 1 mars 2027.');
      expect(banner?.querySelectorAll('li').map(textOf), p).toEqual(['Läs den nya versionen', 'Se vad som ändras']);
      expect(banner?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
        '/sv/policy/2027-03-01/',
        '/sv/policy/compare/2026-06-01..2027-03-01/',
      ]);
    }
  });

  it('marks an upcoming version as not yet in effect', () => {
    const html = page('/en/policy/2027-03-01/');
    expect(textOf(html.querySelector('.banner-upcoming p'))).toBe(
      'This version takes effect on 1 March 2027. Until then, the version of 1 June 2026 applies.',
    );
    expect(html.querySelectorAll('.banner-upcoming a').map(textOf)).toEqual(['Read the version in effect now']);
    expect(textOf(html.querySelector('.notice-effective'))).toBe('Takes effect on 1 March 2027');
    expect(html.querySelector('.banner-archived')).toBeNull();
  });

  it('shows no version banner on a current version with nothing upcoming', () => {
    expect(page('/en/cookies/').querySelectorAll('.banner')).toHaveLength(0);
  });

  it('serves the source text, marked with its language, when a locale lacks the version', () => {
    const html = page('/fr/policy/');
    expect(textOf(html.querySelector('.banner-fallback'))).toBe(
      'Cette version n’est pas encore disponible en français. Voici le texte en anglais, qui fait foi.',
    );
    expect(html.querySelector('h1')?.getAttribute('lang')).toBe('en');
    expect(textOf(html.querySelector('h1'))).toBe('Privacy policy');
    expect(html.querySelector('.notice-text')?.getAttribute('lang')).toBe('en');
    expect(textOf(html.querySelector('.notice-text'))).toContain('move your data to another service');
    expect(html.querySelector('.notice-effective time')?.getAttribute('datetime')).toBe('2026-06-01');
  });

  it('never presents an older translation as the current text', () => {
    const text = textOf(page('/fr/policy/').querySelector('.notice-text'));
    expect(text).not.toContain('Vous avez le droit');
  });

  it('shows the translation itself, without a fallback notice, where the locale has the version', () => {
    const html = page('/fr/policy/2024-01-01/');
    expect(html.querySelector('.banner-fallback')).toBeNull();
    expect(html.querySelector('.notice-text')?.getAttribute('lang')).toBeUndefined();
    expect(textOf(html.querySelector('h1'))).toBe('Politique de confidentialité');
  });
});

describe('print', () => {
  it('carries the permanent address of the version for the printed copy', () => {
    expect(textOf(page('/en/policy/').querySelector('.print-only'))).toBe(
      'This copy was printed from https://legal.fixture.example/en/policy/2026-06-01/',
    );
  });
});
