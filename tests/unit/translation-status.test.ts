// Translation status: done, missing or stale per notice version and locale, and what changed in the source since.

import { describe, expect, it } from 'vitest';
import {
  explainStale,
  findSourceRevision,
  getStatusMatrix,
  getTranslationStatuses,
  type GitHistory,
  type StatusSite,
} from '../../src/lib/translation-status.ts';

/** A readable stand-in for sha256: the test can name the hash of any text. */
const hash = (text: string) => `hash(${text.length}:${text.split('\n')[1] ?? ''}:${text.slice(-20)})`;

const oldSource = '---\ntitle: Policy\n---\n\n## Rights {#rights}\n\nYou may access your data.\n\n## Contact {#contact}\n\nWrite to us.\n';
const newSource = '---\ntitle: Policy\n---\n\n## Rights {#rights}\n\nYou may access and move your data.\n\n## Contact {#contact}\n\nWrite to us.\n\n## Children {#children}\n\nNot for children.\n';

function text(source: string, translatedFrom?: string) {
  return { absolutePath: '/content/notices/policy/2025-01-01/x.mdx', source, frontmatter: { title: 'Policy', ...(translatedFrom ? { translatedFrom } : {}) } };
}

function makeSite(texts: Record<string, ReturnType<typeof text>>): StatusSite {
  return {
    sourceLocale: 'en',
    locales: ['sv', 'fr', 'en'],
    notices: [{ slug: 'policy', versions: [{ date: '2025-01-01', status: 'current', texts: { en: text(newSource), ...texts } }] }],
  };
}

/** A history in which the source file was `oldSource` in commit a1 and `newSource` in commit b2. */
const history: GitHistory = {
  listRevisions: () => ['b2', 'a1'],
  readRevision: (revision) => ({ a1: oldSource, b2: newSource })[revision],
};

describe('getTranslationStatuses', () => {
  it('calls a translation done when it records the hash of the current source text', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text('sv', hash(newSource)) }), hash, { locale: 'sv' });
    expect(sv).toMatchObject({ notice: 'policy', date: '2025-01-01', locale: 'sv', status: 'done', versionStatus: 'current' });
  });

  it('calls a translation missing when the version has no file for the locale', () => {
    const rows = getTranslationStatuses(makeSite({ sv: text('sv', hash(newSource)) }), hash);
    expect(rows.map((r) => [r.locale, r.status])).toEqual([
      ['sv', 'done'],
      ['fr', 'missing'],
    ]);
  });

  it('calls a translation stale when it records an older source text', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text('sv', hash(oldSource)) }), hash, { locale: 'sv' });
    expect(sv.status).toBe('stale');
    expect(sv.translatedFrom).toBe(hash(oldSource));
  });

  it('calls a translation without translatedFrom stale, and says how to record it', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text('sv') }), hash, { locale: 'sv' });
    expect(sv.status).toBe('stale');
    expect(sv.note).toBe(
      'no record of the source it was translated from — once it matches the source, run npm run i18n -- done policy 2025-01-01 --locale sv',
    );
  });

  it('never lists the source locale, and filters by notice', () => {
    const site = makeSite({});
    expect(getTranslationStatuses(site, hash).some((r) => r.locale === 'en')).toBe(false);
    expect(getTranslationStatuses(site, hash, { notice: 'cookies' })).toEqual([]);
  });
});

describe('findSourceRevision', () => {
  it('walks the history back to the revision whose hash the translation recorded', () => {
    expect(findSourceRevision(history, '/x/en.mdx', hash(oldSource), hash)).toEqual({ revision: 'a1', text: oldSource });
  });

  it('finds nothing when no revision has that hash', () => {
    expect(findSourceRevision(history, '/x/en.mdx', 'hash(unknown)', hash)).toBeUndefined();
  });
});

describe('explainStale', () => {
  it('lists the source blocks that changed since the translation, with their sections', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text('sv', hash(oldSource)) }), hash, { locale: 'sv' });
    expect(explainStale(sv, '/x/en.mdx', newSource, 'en', history, hash)).toEqual({
      changes: [
        { change: 'changed', section: 'rights', text: 'You may access and move your data.' },
        { change: 'added', section: 'children', text: 'Children' },
        { change: 'added', section: 'children', text: 'Not for children.' },
      ],
    });
  });

  it('says so when the recorded source is not in the history', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text('sv', 'f'.repeat(64)) }), hash, { locale: 'sv' });
    const noHistory: GitHistory = { listRevisions: () => [], readRevision: () => undefined };
    expect(explainStale(sv, '/x/en.mdx', newSource, 'en', noHistory, hash).note).toBe(
      'the source it was translated from (ffffffffffff…) is not in the Git history; compare the texts by hand, then run npm run i18n -- done policy 2025-01-01 --locale sv',
    );
  });

  it('passes on the note of a translation that records no source', () => {
    const [sv] = getTranslationStatuses(makeSite({ sv: text('sv') }), hash, { locale: 'sv' });
    expect(explainStale(sv, '/x/en.mdx', newSource, 'en', history, hash)).toEqual({ note: sv.note });
  });
});

describe('getStatusMatrix', () => {
  it('gives one row per version with a cell per translated locale, and totals', () => {
    const matrix = getStatusMatrix(makeSite({ sv: text('sv', hash(newSource)), fr: text('fr') }), hash);
    expect(matrix.locales).toEqual(['sv', 'fr']);
    expect(matrix.rows).toEqual([
      {
        notice: 'policy',
        title: 'Policy',
        date: '2025-01-01',
        versionStatus: 'current',
        cells: [
          { locale: 'sv', status: 'done' },
          { locale: 'fr', status: 'stale' },
        ],
      },
    ]);
    expect(matrix.totals).toEqual({ done: 1, missing: 0, stale: 1 });
  });
});
