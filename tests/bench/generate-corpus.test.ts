// The benchmark corpus generator: deterministic, valid for the site's own loader, and realistic in shape.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_NOW, generateCorpus, type CorpusManifest } from '../../bench/generate-corpus.ts';
import { loadSite, type Site } from '../../src/lib/content.ts';

const folders: string[] = [];

function generate(notices: number, versions: number, seed: number): CorpusManifest {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-corpus-test-'));
  folders.push(dir);
  return generateCorpus({ notices, versions, seed, dir: path.join(dir, 'content') });
}

/** Every file under `dir` with its bytes, by relative path. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/** Words as a reader counts them, independently of the generator's own counter. */
function countWords(body: string): number {
  const prose = body
    .replace(/\{#[\w-]+\}/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .split('\n')
    .filter((line) => !/^\|(\s*-+\s*\|)+$/.test(line))
    .join('\n')
    .replace(/[*|#[\]]/g, ' ');
  return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function anchorsOf(body: string): string[] {
  return [...body.matchAll(/^#{2,3} .+ \{#([\w-]+)\}$/gm)].map((m) => m[1]);
}

let corpus: CorpusManifest;
let site: Site;

beforeAll(() => {
  corpus = generate(12, 3, 42);
  site = loadSite(corpus.dir, BENCH_NOW);
});

afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the benchmark corpus generator', () => {
  it('writes a byte-identical corpus for the same seed, and a different one for another seed', () => {
    const again = readTree(generate(12, 3, 42).dir);
    const first = readTree(corpus.dir);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [file, bytes] of first) expect(again.get(file)?.equals(bytes), file).toBe(true);

    const other = readTree(generate(12, 3, 43).dir);
    const differing = [...first].filter(([file, bytes]) => !other.get(file)?.equals(bytes));
    expect(differing.length).toBeGreaterThan(first.size / 2);
  });

  it('produces content the site’s own loader accepts without errors or warnings', () => {
    expect(site.warnings).toEqual([]);
    expect(site.notices.map((n) => n.slug).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `notice-${i + 1}`).sort());
    expect(site.notices.every((n) => n.versions.length === 3)).toBe(true);
    expect(site.config.sidebar.flatMap((g) => g.items.flatMap((item) => ('notice' in item ? [item.notice] : []))).sort()).toEqual(
      site.notices.map((n) => n.slug).sort(),
    );
  });

  it('keeps every text between 1,500 and 2,500 words', () => {
    const texts = site.notices.flatMap((n) => n.versions.flatMap((v) => Object.values(v.texts)));
    expect(texts.length).toBe(corpus.texts.length);
    for (const text of texts) {
      const words = countWords(text.body);
      expect(words, text.file).toBeGreaterThanOrEqual(1500);
      expect(words, text.file).toBeLessThanOrEqual(2500);
    }
  });

  it('leaves out about a tenth of the translations but never a source text', () => {
    const translations = site.notices.flatMap((n) => n.versions.flatMap((v) => ['sv', 'fr'].map((locale) => v.texts[locale])));
    const missing = translations.filter((text) => !text).length;
    expect(translations).toHaveLength(12 * 3 * 2);
    expect(missing).toBe(Math.round(translations.length * 0.1));
    expect(corpus.missingTranslations).toBe(missing);
    expect(site.notices.every((n) => n.versions.every((v) => v.texts.en))).toBe(true);
  });

  it('dates versions months apart, with at most one upcoming version per notice and some upcoming in 2027', () => {
    for (const notice of site.notices) {
      const upcoming = notice.versions.filter((v) => v.status === 'upcoming');
      expect(upcoming.length, notice.slug).toBeLessThanOrEqual(1);
      expect(notice.versions.filter((v) => v.status === 'current'), notice.slug).toHaveLength(1);
      if (upcoming[0]) expect(upcoming[0]).toBe(notice.versions.at(-1));
      for (let i = 1; i < notice.versions.length; i++) {
        const days = (Date.parse(notice.versions[i].date) - Date.parse(notice.versions[i - 1].date)) / 86_400_000;
        expect(days, notice.slug).toBeGreaterThanOrEqual(89);
      }
    }
    const upcomingDates = site.notices.flatMap((n) => n.versions.filter((v) => v.status === 'upcoming').map((v) => v.date));
    expect(upcomingDates.length).toBeGreaterThan(0);
    expect(upcomingDates.every((date) => date.startsWith('2027-'))).toBe(true);
  });

  it('gives every locale of a version the same anchors, and every version of a notice the same set in a new order', () => {
    for (const notice of site.notices) {
      const orders = notice.versions.map((version) => {
        const [first, ...others] = Object.values(version.texts).map((text) => anchorsOf(text.body));
        for (const anchors of others) expect(anchors).toEqual(first);
        return first;
      });
      for (let i = 1; i < orders.length; i++) {
        expect([...orders[i]].sort()).toEqual([...orders[0]].sort());
        expect(orders[i], `${notice.slug} moves a section in each version`).not.toEqual(orders[i - 1]);
      }
    }
  });

  it('links only to notices and anchors that exist', () => {
    const anchors = new Map(site.notices.map((n) => [n.slug, new Set(anchorsOf(n.versions[0].texts.en.body))]));
    let crossLinks = 0;
    for (const notice of site.notices) {
      for (const version of notice.versions) {
        for (const text of Object.values(version.texts)) {
          for (const [, href] of text.body.matchAll(/\]\(([^)]+)\)/g)) {
            if (href.startsWith('mailto:')) continue;
            const match = /^(?:\/([\w-]+)\/)?(?:#([\w-]+))?$/.exec(href);
            expect(match, `${text.file}: ${href}`).not.toBeNull();
            const target = match![1] ?? notice.slug;
            if (match![1]) crossLinks++;
            expect(anchors.has(target), `${text.file}: ${href}`).toBe(true);
            if (match![2]) expect(anchors.get(target)!.has(match![2]), `${text.file}: ${href}`).toBe(true);
          }
        }
      }
    }
    expect(crossLinks).toBeGreaterThan(0);
  });

  it('writes plain Markdown with one table, both kinds of list and an e-mail address in every text', () => {
    for (const notice of site.notices) {
      for (const version of notice.versions) {
        for (const text of Object.values(version.texts)) {
          const withoutAnchors = text.body.replace(/ \{#[\w-]+\}$/gm, '');
          expect(withoutAnchors, text.file).not.toMatch(/[<>{}]|^(import|export) /m);
          expect(text.body.match(/^\|(\s*-+\s*\|)+$/gm), text.file).toHaveLength(1);
          expect(text.body, text.file).toMatch(/^- \*\*/m);
          expect(text.body, text.file).toMatch(/^1\. /m);
          expect(text.body, text.file).toMatch(/\[[\w.-]+@[\w.-]+\]\(mailto:/);
        }
      }
    }
  });

  it('writes language-specific text: Swedish compounds, French elisions', () => {
    // Anchors are English in every language, so they are left out.
    const prose = (locale: string) =>
      site.notices
        .flatMap((n) => n.versions.map((v) => v.texts[locale]?.body ?? ''))
        .join('\n')
        .replace(/\{#[\w-]+\}/g, '');
    const sv = prose('sv');
    const fr = prose('fr');
    expect(sv).toMatch(/\b(person|data|integritets|säkerhets|lagrings|behandlings|betalnings)\p{Ll}{4,}/u);
    expect(fr).toMatch(/\b[ldqn]’\p{L}/u);
    expect(sv).not.toMatch(/\b(the|and|your)\b/);
    expect(fr).not.toMatch(/\b(the|and|your)\b/);
  });

  it('summarises what changed, and whether it is material, on every later version', () => {
    for (const notice of site.notices) {
      expect(notice.versions[0].texts.en.frontmatter.changes).toBeUndefined();
      for (const version of notice.versions.slice(1)) {
        for (const text of Object.values(version.texts)) {
          expect(text.frontmatter.changes, text.file).toBeTruthy();
          expect(typeof text.frontmatter.material, text.file).toBe('boolean');
        }
      }
    }
  });

  it('edits a few paragraphs word by word between versions rather than rewriting them', () => {
    const paragraphs = (body: string) => body.split('\n\n').filter((block) => /^[A-ZÅÄÖÉ]/.test(block));
    const before = new Set(paragraphs(site.notices[0].versions[0].texts.en.body));
    const after = paragraphs(site.notices[0].versions[1].texts.en.body);
    const changed = after.filter((p) => !before.has(p));
    // The intro (new date), the edited paragraphs and the added one differ; everything else is kept.
    expect(changed.length).toBeGreaterThanOrEqual(3);
    expect(changed.length).toBeLessThan(after.length / 2);
  });
});
