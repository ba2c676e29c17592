import { describe, expect, it } from 'vitest';
import { formatDate, isRealDate, suggestDate } from '../../src/lib/dates.ts';

describe('suggestDate', () => {
  it.each([
    ['2027-3-1', '2027-03-01'],
    ['2027/03/01', '2027-03-01'],
    ['2027.3.1', '2027-03-01'],
    ['20270301', '2027-03-01'],
    [' 2027-03-1 ', '2027-03-01'],
  ])('reads %j as %s', (value, date) => {
    expect(suggestDate(value)).toBe(date);
  });

  it.each(['01/03/2027', '2027-02-30', '2027-03-01', '2027', 'March 2027'])('has no suggestion for %j', (value) => {
    expect(suggestDate(value)).toBeUndefined();
  });
});

describe('dates', () => {
  it('accepts real calendar days and rejects impossible ones', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2021-02-29')).toBe(false);
    expect(isRealDate('2021-02-30')).toBe(false);
    expect(isRealDate('2021-13-01')).toBe(false);
    expect(isRealDate('2021-7-1')).toBe(false);
    expect(isRealDate('latest')).toBe(false);
  });

  it('formats a date in each locale’s own words', () => {
    expect(formatDate('2021-07-01', 'en-GB')).toBe('1 July 2021');
    expect(formatDate('2021-07-01', 'en-US')).toBe('July 1, 2021');
    expect(formatDate('2021-07-01', 'sv')).toBe('1 juli 2021');
    expect(formatDate('2021-07-01', 'fr')).toBe('1er juillet 2021');
  });

  it('writes the first of the month as an ordinal in French only, and only the first', () => {
    expect(formatDate('2021-07-11', 'fr')).toBe('11 juillet 2021');
    expect(formatDate('2021-07-21', 'fr-CA')).toBe('21 juillet 2021');
    expect(formatDate('2021-07-01', 'fr-CA')).toBe('1er juillet 2021');
    expect(formatDate('2021-07-01', 'sv')).toBe('1 juli 2021');
    expect(formatDate('2021-07-01', 'en-US')).toBe('July 1, 2021');
  });

  it('never shifts the day with the machine’s time zone', () => {
    expect(formatDate('2027-01-01', 'en-GB')).toBe('1 January 2027');
  });
});
