// Calendar dates as the content uses them: plain YYYY-MM-DD strings, compared as text, shown through Intl.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a YYYY-MM-DD string naming a day that exists (2021-02-30 does not). */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * The real date a malformed one most likely means, when that is unambiguous: year first with parts
 * not padded (`2027-3-1`) or other separators (`2027/03/01`, `2027.3.1`, `20270301`). Undefined when
 * there is no such reading, e.g. for `01/03/2027`, which is the 1st of March or the 3rd of January.
 */
export function suggestDate(value: string): string | undefined {
  const match = /^\s*(\d{4})[-/._ ]?(\d{1,2})[-/._ ]?(\d{1,2})\s*$/.exec(value);
  if (!match) return undefined;
  const compact = !/[-/._ ]/.test(value.trim());
  if (compact && value.trim().length !== 8) return undefined;
  const date = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return date !== value && isRealDate(date) ? date : undefined;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function getToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a YYYY-MM-DD date for a locale: "1 July 2021", "1 juli 2021", "1er juillet 2021". French
 * writes the first day of a month as an ordinal, which Intl does not do.
 */
export function formatDate(date: string, locale: string): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  const parts = formatter.formatToParts(new Date(`${date}T00:00:00Z`));
  const firstOfMonthOrdinal = isFrench(locale) ? 'er' : '';
  return parts.map((part) => (part.type === 'day' && part.value === '1' ? `1${firstOfMonthOrdinal}` : part.value)).join('');
}

function isFrench(locale: string): boolean {
  return locale.toLowerCase().split(/[-_]/)[0] === 'fr';
}
