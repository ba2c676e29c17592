// Translation status: done, missing or stale per notice version and locale, and what changed in the source since.

import { describe, expect, it } from 'vitest';
import { compileNoticeBody } from '../../src/lib/markdown/compile.ts';
import { hashNoticeText, parseNoticeSource } from '../../src/lib/notice-file.ts';
import {
  explainStale,
  findSourceRevision,
  getStatusMatrix,
  getTranslationStatuses,
  type GitHistory,
  type StatusSite,
} from '../../src/lib/translation-status.ts';

const oldSource = '---\ntitle: Policy\nsummary: How we use data.\n---\n\n## Rights {#rights}\n\nYou may access your data.\n\n## Contact {#contact}\n\nWrite to us.\n';
const newSource = '---\ntitle: Policy\nsummary: How we use data.\n---\n\n## Rights {#rights}\n\nYou may access and move your data.\n\n## Contact {#contact}\n\nWrite to us.\n\n## Children {#children}\n\nNot for children.\n';

function read(source: string) {
  const file = parseNoticeSource(source, 'x.mdx', []);
  if (!file) throw new Error('the test text cannot be read');
  return file;
}

/** The hash `translatedFrom` records for a source text. */
const hash = (source: string) => hashNoticeText(read(source));

function text(source: string, translatedFrom?: string) {
  const file = read(source);
  return {
    absolutePath: '/content/notices/policy/2025-01-01/x.mdx',
    hash: hashNoticeText(file),
    frontmatter: { ...file.data, ...(translatedFrom ? { translatedFrom } : {}) },
    compiled: compileNoticeBody(file, { imageHosts: [] }),
  };
}

const svText = '---\ntitle: Policy\nsummary: Hur vi använder data.\n---\n\nText.\n';

function makeSite(texts: Record<string, ReturnType<typeof text>>): StatusSite {
  return {
    locales: ['sv', 'fr', 'en'],
    notices: [{ slug: 'policy', sourceLocale: 'en', versions: [{ date: '2025-01-01', status: 'current', texts: { en: text(newSource), ...texts } }] }],
  };
}

/** A history in which the source file was `oldSource` in commit a1 and `newSource` in commit b2. */
const history: GitHistory = {
  listRevisions: () => ['b2', 'a1'],
  readRevision: (revision) => ({ a1: Buffer.from(oldSource), b2: Buffer.from(newSource) })[revision],
};

describe('getTranslationStatuses', () => {
  it('calls a translation done when it records the hash of the current source text', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text(svText, hash(newSource)) }), { locale: 'sv' });
    expect(sv).toMatchObject({ notice: 'policy', date: '2025-01-01', locale: 'sv', status: 'done', versionStatus: 'current' });
  });

  it('calls a translation missing when the version has no file for the locale', () => {
    const rows = getTranslationStatuses(makeSite({ sv: text(svText, hash(newSource)) }));
    expect(rows.map((r) => [r.locale, r.status])).toEqual([
      ['sv', 'done'],
      ['fr', 'missing'],
    ]);
  });

  it('calls a translation stale when it records an older source text', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text(svText, hash(oldSource)) }), { locale: 'sv' });
    expect(sv.status).toBe('stale');
    expect(sv.translatedFrom).toBe(hash(oldSource));
  });

  it('calls a translation without translatedFrom stale, and says how to record it', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text(svText) }), { locale: 'sv' });
    expect(sv.status).toBe('stale');
    expect(sv.note).toBe(
      'no record of the source it was translated from — once it matches the source, run npm run i18n -- done policy 2025-01-01 --locale sv',
    );
  });

  it('never lists the source locale, and filters by notice', () => {
    const site = makeSite({});
    expect(getTranslationStatuses(site).some((r) => r.locale === 'en')).toBe(false);
    expect(getTranslationStatuses(site, { notice: 'cookies' })).toEqual([]);
  });
});

describe('findSourceRevision', () => {
  it('walks the history back to the revision whose hash the translation recorded', () => {
    expect(findSourceRevision(history, '/x/en.mdx', hash(oldSource))).toMatchObject({ revision: 'a1', blocks: text(oldSource).compiled.blocks });
  });

  it('finds nothing when no revision has that hash', () => {
    expect(findSourceRevision(history, '/x/en.mdx', 'f'.repeat(64))).toBeUndefined();
  });
});

describe('explainStale', () => {
  it('lists the source blocks that changed since the translation, with their sections', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text(svText, hash(oldSource)) }), { locale: 'sv' });
    expect(explainStale(sv, text(newSource), 'en', history)).toEqual({
      changes: [
        { change: 'changed', section: 'rights', text: 'You may access and move your data.' },
        { change: 'added', section: 'children', text: 'Children' },
        { change: 'added', section: 'children', text: 'Not for children.' },
      ],
    });
  });

  it('says so when the recorded source is not in the history', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text(svText, 'f'.repeat(64)) }), { locale: 'sv' });
    const noHistory: GitHistory = { listRevisions: () => [], readRevision: () => undefined };
    expect(explainStale(sv, text(newSource), 'en', noHistory).note).toBe(
      'the source it was translated from (ffffffffffff…) is not in the Git history; compare the texts by hand, then run npm run i18n -- done policy 2025-01-01 --locale sv',
    );
  });

  it('passes on the note of a translation that records no source', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text(svText) }), { locale: 'sv' });
    expect(explainStale(sv, text(newSource), 'en', history)).toEqual({ note: sv.note });
  });
});

describe('getStatusMatrix', () => {
  it("compares each notice with its own source language: a Swedish notice's English text is its translation", () => {
    const site: StatusSite = {
      locales: ['sv', 'fr', 'en'],
      notices: [{ slug: 'ccpa', sourceLocale: 'sv', versions: [{ date: '2025-01-01', status: 'current', texts: { sv: text(newSource), en: text(svText, hash(newSource)) } }] }],
    };
    expect(getStatusMatrix(site).rows[0].cells).toEqual([
      { locale: 'sv', status: 'source' },
      { locale: 'fr', status: 'missing' },
      { locale: 'en', status: 'done' },
    ]);
    expect(getTranslationStatuses(site).map((row) => [row.locale, row.status, row.sourceLocale])).toEqual([
      ['fr', 'missing', 'sv'],
      ['en', 'done', 'sv'],
    ]);
  });

  it('gives one row per version with a cell per locale, the source language marked as such, and totals', () => {
    const matrix = getStatusMatrix(makeSite({ sv: text(svText, hash(newSource)), fr: text(svText) }));
    expect(matrix.locales).toEqual(['sv', 'fr', 'en']);
    expect(matrix.rows).toEqual([
      {
        notice: 'policy',
        title: 'Policy',
        date: '2025-01-01',
        versionStatus: 'current',
        sourceLocale: 'en',
        cells: [
          { locale: 'sv', status: 'done' },
          { locale: 'fr', status: 'stale' },
          { locale: 'en', status: 'source' },
        ],
      },
    ]);
    expect(matrix.totals).toEqual({ done: 1, missing: 0, stale: 1 });
  });
});
