import { describe, expect, it } from 'vitest';
import {
  getCurrentVersion,
  getDisplayedVersion,
  getNextVersion,
  getVersionStatuses,
  resolveTranslation,
} from '../../src/lib/versions.ts';

const versions = [{ date: '2020-01-01' }, { date: '2021-07-01' }, { date: '2027-01-01' }];

describe('version resolution', () => {
  it('makes the newest version on or before the build date current', () => {
    expect(getCurrentVersion(versions, '2026-12-01')).toBe(versions[1]);
  });

  it('counts a version as current from its effective date itself', () => {
    expect(getCurrentVersion(versions, '2027-01-01')).toBe(versions[2]);
  });

  it('gives each version current, archived or upcoming relative to the build date', () => {
    const statuses = getVersionStatuses(versions, '2026-12-01');
    expect(versions.map((v) => statuses.get(v))).toEqual(['archived', 'current', 'upcoming']);
  });

  it('finds the next upcoming version and none when all have taken effect', () => {
    expect(getNextVersion(versions, '2026-12-01')).toBe(versions[2]);
    expect(getNextVersion(versions, '2030-01-01')).toBeUndefined();
  });

  it('has no current version before the first takes effect, and displays the upcoming one', () => {
    expect(getCurrentVersion(versions, '2019-06-01')).toBeUndefined();
    expect(getVersionStatuses(versions, '2019-06-01').get(versions[0])).toBe('upcoming');
    expect(getDisplayedVersion(versions, '2019-06-01')).toBe(versions[0]);
  });

  it('does not depend on the order versions are given in', () => {
    expect(getCurrentVersion([...versions].reverse(), '2026-12-01')).toBe(versions[1]);
  });
});

describe('translation fallback', () => {
  const texts = { en: 'English text', sv: 'Svensk text' };

  it('gives a reader the text in their own locale when the version has it', () => {
    expect(resolveTranslation(texts, 'sv', 'en')).toEqual({ text: 'Svensk text', locale: 'sv', fallback: false });
  });

  it('falls back to the source text of the same version when the locale lacks it', () => {
    expect(resolveTranslation(texts, 'fr', 'en')).toEqual({ text: 'English text', locale: 'en', fallback: true });
  });

  it('refuses to resolve a version without a source text', () => {
    expect(() => resolveTranslation({ sv: 'x' }, 'fr', 'en')).toThrow(/no en text/);
  });
});
