import { describe, expect, it } from 'vitest';
import { addEllipses, dedupeResults, formatCount } from '../../src/lib/search-results.ts';

describe('search results', () => {
  it('show a passage once when an earlier version reads the same, in the place of the first, as the version in effect', () => {
    const results = [
      { url: '/en/policy/2024-01-01/#rights', status: 'archived', excerpt: 'You can <mark>access</mark> your data.' },
      { url: '/en/cookies/#choices', status: 'current', excerpt: 'You can <mark>access</mark> your data.' },
      { url: '/en/policy/#rights', status: 'current', excerpt: 'You can <mark>access</mark>  your data.' },
      { url: '/en/policy/2024-01-01/#fax', status: 'archived', excerpt: 'We answer letters sent by <mark>fax</mark>.' },
    ];
    expect(dedupeResults(results).map((r) => r.url)).toEqual(['/en/policy/#rights', '/en/cookies/#choices', '/en/policy/2024-01-01/#fax']);
  });

  it('keep different passages of different versions apart', () => {
    const results = [
      { url: '/en/policy/#rights', status: 'current', excerpt: 'You can move your data.' },
      { url: '/en/policy/2024-01-01/#rights', status: 'archived', excerpt: 'You can delete your data.' },
    ];
    expect(dedupeResults(results)).toHaveLength(2);
  });

  it('mark excerpts that cut a sentence with an ellipsis at that end', () => {
    expect(addEllipses('and we <mark>delete</mark> it after')).toBe('… and we <mark>delete</mark> it after …');
    expect(addEllipses('We <mark>delete</mark> it.')).toBe('We <mark>delete</mark> it.');
    expect(addEllipses('<mark>Nous</mark> supprimons les données')).toBe('<mark>Nous</mark> supprimons les données …');
    expect(addEllipses('données.')).toBe('… données.');
    expect(addEllipses('')).toBe('');
  });

  it('count results in the plural form the language uses', () => {
    const en = { one: '{count} result', other: '{count} results' };
    expect(formatCount(en, 1, 'en')).toBe('1 result');
    expect(formatCount(en, 1200, 'en')).toBe('1,200 results');
    const fr = { one: '{count} résultat', many: '{count} de résultats', other: '{count} résultats' };
    expect(formatCount(fr, 0, 'fr')).toBe('0 résultat');
    expect(formatCount(fr, 1_000_000, 'fr')).toBe('1\u202f000\u202f000 de résultats');
  });
});
