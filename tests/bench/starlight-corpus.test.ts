// Converting the benchmark corpus for the Starlight peer: one docs page per text, plain headings, links that resolve.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_NOW, generateCorpus } from '../../bench/generate-corpus.ts';
import {
  convertText,
  headingAnchors,
  indexCorpus,
  readCorpusTexts,
  writeStarlightDocs,
  type CorpusText,
} from '../../bench/starlight-corpus.ts';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

function text(notice: string, date: string, locale: string, body: string, frontmatter = `title: "${notice} ${locale}"`): CorpusText {
  return { notice, date, locale, source: `---\n${frontmatter}\n---\n\n${body}` };
}

const SOURCE = text(
  'notice-1',
  '2026-03-01',
  'sv',
  [
    'Den här policyn gäller från och med den 1 mars 2026.',
    '',
    '## Dina rättigheter {#your-rights}',
    '',
    'Läs mer i [villkoren](/notice-3/#scope) och i [cookiepolicyn](/notice-3/). Se även [Betalningar](#payments).',
    '',
    '| Syfte | Lagringstid |',
    '|---|---|',
    '| Fakturering | 7 år |',
    '',
    '### Betalningar och fakturor {#payments}',
    '',
    '- **Kortnummer:** Vi sparar inget kortnummer. Skriv till [dpo@solvik.example](mailto:dpo@solvik.example).',
    '1. Se [hjälpcentret](https://help.solvik.example/) eller [okänt avsnitt](/notice-3/#no-such-section).',
    '',
  ].join('\n'),
  'title: "Integritetspolicy – Ekorre"\nsummary: "Hur vi hanterar dina uppgifter."\nchanges: "Ett nytt avsnitt."\nmaterial: true',
);

const TARGETS = [
  text('notice-3', '2024-02-01', 'sv', '## Omfattning {#scope}\n\nText.\n'),
  text('notice-3', '2024-02-01', 'en', '## Scope of this notice {#scope}\n\nText.\n'),
  // Upcoming at the benchmark's build date: a link without a date means the version in effect, 2024-02-01.
  text('notice-3', '2027-01-01', 'sv', '## Ny omfattning {#scope}\n\nText.\n'),
];

describe('convertText()', () => {
  it('turns a corpus text into a Starlight page: title and description, headings without anchors, Starlight links', () => {
    const page = convertText(SOURCE, indexCorpus([SOURCE, ...TARGETS], BENCH_NOW));
    expect(page.file).toBe('sv/notice-1/2026-03-01.md');
    expect(page.source).toBe(
      [
        '---',
        'title: "Integritetspolicy – Ekorre"',
        'description: "Hur vi hanterar dina uppgifter."',
        '---',
        '',
        'Den här policyn gäller från och med den 1 mars 2026.',
        '',
        '## Dina rättigheter',
        '',
        'Läs mer i [villkoren](/sv/notice-3/2024-02-01/#omfattning) och i [cookiepolicyn](/sv/notice-3/2024-02-01/). Se även [Betalningar](#betalningar-och-fakturor).',
        '',
        '| Syfte | Lagringstid |',
        '|---|---|',
        '| Fakturering | 7 år |',
        '',
        '### Betalningar och fakturor',
        '',
        '- **Kortnummer:** Vi sparar inget kortnummer. Skriv till [dpo@solvik.example](mailto:dpo@solvik.example).',
        '1. Se [hjälpcentret](https://help.solvik.example/) eller [okänt avsnitt](/sv/notice-3/2024-02-01/#no-such-section).',
        '',
      ].join('\n'),
    );
  });

  it('points a link at the English heading when the target exists only in English, as Starlight then serves that text', () => {
    const swedishMissing = TARGETS.filter((t) => !(t.locale === 'sv' && t.date === '2024-02-01'));
    const page = convertText(SOURCE, indexCorpus([SOURCE, ...swedishMissing], BENCH_NOW));
    expect(page.source).toContain('[villkoren](/sv/notice-3/2024-02-01/#scope-of-this-notice)');
  });

  it('leaves links to notices the corpus does not have as they are', () => {
    const page = convertText(text('notice-1', '2026-03-01', 'en', 'See [x](/notice-9/#a) and [y](/en/search/).\n'), indexCorpus([], BENCH_NOW));
    expect(page.source).toContain('[x](/notice-9/#a) and [y](/en/search/)');
  });

  it('refuses a text without a title', () => {
    expect(() => convertText(text('notice-1', '2026-03-01', 'en', 'Body', 'summary: "No title"'), indexCorpus([], BENCH_NOW))).toThrow(/no title/);
  });
});

describe('headingAnchors()', () => {
  it('gives each anchor the id Starlight derives from the heading text, numbering repeats as github-slugger does', () => {
    const anchors = headingAnchors(
      ['## Who we are {#about}', '## Contact {#contact-1}', '### Contact', '## Contact {#contact-2}', '## L’accès à vos données {#access}'].join('\n'),
    );
    expect([...anchors]).toEqual([
      ['about', 'who-we-are'],
      ['contact-1', 'contact'],
      ['contact-2', 'contact-2'],
      ['access', 'laccès-à-vos-données'],
    ]);
  });
});

describe('indexCorpus()', () => {
  it('links a notice without a date to the version in effect at the build date, or its first if all are upcoming', () => {
    const index = indexCorpus([...TARGETS, text('notice-4', '2027-03-01', 'en', ''), text('notice-4', '2027-09-01', 'en', '')], BENCH_NOW);
    expect(index.currentDate('notice-3')).toBe('2024-02-01');
    expect(index.currentDate('notice-4')).toBe('2027-03-01');
    expect(index.currentDate('notice-5')).toBeUndefined();
  });
});

/** The ids Starlight gives a page's headings: github-slugger over each heading's text, in order. */
function headingIds(page: string): string[] {
  const slugger = new GithubSlugger();
  return [...page.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slugger.slug(m[1]));
}

describe('writeStarlightDocs() on a generated corpus', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-starlight-corpus-'));
  folders.push(dir);
  const manifest = generateCorpus({ notices: 4, versions: 2, seed: 3, dir: path.join(dir, 'content') });
  const docs = path.join(dir, 'docs');
  const written = writeStarlightDocs(manifest.dir, docs, BENCH_NOW);
  const pages = new Map(readCorpusTexts(manifest.dir).map((t) => [`${t.locale}/${t.notice}/${t.date}.md`, fs.readFileSync(path.join(docs, t.locale, t.notice, `${t.date}.md`), 'utf8')]));

  it('writes one page per text, at <locale>/<notice>/<date>.md', () => {
    expect(written).toBe(manifest.texts.length);
    expect([...pages.keys()].sort()).toEqual(manifest.texts.map((t) => `${t.locale}/${t.notice}/${t.date}.md`).sort());
  });

  it('leaves no {#id} anchor and no Paragraf-style link behind', () => {
    for (const [file, source] of pages) {
      expect(source, file).not.toMatch(/\{#[\w-]+\}/);
      expect(source, file).not.toMatch(/\]\(\/notice-\d+\//);
      expect(source, file).toMatch(/^---\ntitle: ".+"\ndescription: ".+"\n---\n\n\S/);
    }
  });

  it('links only to pages Starlight builds, and to headings those pages have', () => {
    let checked = 0;
    for (const [file, source] of pages) {
      const locale = file.split('/')[0];
      for (const [, target, fragment] of source.matchAll(/\]\((\/[a-z]{2}\/notice-\d+\/\d{4}-\d{2}-\d{2}\/)(?:#([^)]+))?\)/g)) {
        checked++;
        expect(target.startsWith(`/${locale}/`), `${file} → ${target}`).toBe(true);
        const [, , notice, date] = target.split('/');
        // Starlight serves the English text where a translation is missing.
        const served = pages.get(`${locale}/${notice}/${date}.md`) ?? pages.get(`en/${notice}/${date}.md`);
        expect(served, `${file} → ${target}`).toBeDefined();
        if (fragment) expect(headingIds(served!), `${file} → ${target}#${fragment}`).toContain(fragment);
      }
    }
    expect(checked).toBeGreaterThan(manifest.texts.length);
  });
});
