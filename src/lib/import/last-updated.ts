// Recognises a notice's "Last updated" / "Senast uppdaterad" / "Dernière mise à jour" line and reads its date.

import { isRealDate } from '../dates.ts';

const MONTHS: Record<string, number> = {};

function addMonths(names: string[][]): void {
  names.forEach((aliases, index) => {
    for (const alias of aliases) MONTHS[alias] = index + 1;
  });
}

// English, Swedish and French names with their usual abbreviations; unaccented spellings too,
// because plain-text exports often lose accents.
addMonths([
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
]);
addMonths([
  ['januari'],
  ['februari'],
  ['mars'],
  ['april'],
  ['maj'],
  ['juni'],
  ['juli'],
  ['augusti'],
  ['september'],
  ['oktober', 'okt'],
  ['november'],
  ['december'],
]);
addMonths([
  ['janvier', 'janv'],
  ['février', 'fevrier', 'févr', 'fevr', 'fév', 'fev'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil'],
  ['août', 'aout'],
  ['septembre'],
  ['octobre'],
  ['novembre'],
  ['décembre', 'decembre', 'déc'],
]);

const LABELS = [
  // English
  'last updated(?: on)?',
  'last (?:modified|revised|changed)(?: on)?',
  'updated(?: on)?',
  'effective(?: date| from| as of| on)?',
  'date of last update',
  // Swedish
  'senast (?:uppdaterad|ändrad|reviderad)(?: den)?',
  'uppdaterad(?: den)?',
  'gäller (?:från|fr\\.?o\\.?m\\.?)(?: och med)?(?: den)?',
  'giltig från(?: och med)?(?: den)?',
  'ikraftträdande(?:datum)?',
  // French
  'dernière mise à jour(?: le)?',
  'derniere mise a jour(?: le)?',
  'mis(?:e)? à jour le',
  'date de (?:dernière )?mise à jour',
  'en vigueur (?:le|à compter du|depuis le|au)',
  "date d['’]entrée en vigueur",
  "entrée en vigueur(?: le)?",
];

const MONTH = '(\\p{L}+)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|re|e)?\\.?';
const YEAR = '(\\d{4})';
const LINE = new RegExp(`^(?:${LABELS.join('|')})\\s*[:：\\-–—]?\\s*(?:the\\s+|den\\s+|le\\s+)?(.+?)\\s*\\.?$`, 'u');
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+${DAY},?\\s+${YEAR}$`, 'u');
const DAY_FIRST = new RegExp(`^${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}$`, 'u');

/**
 * Reads the date from a line that only says when the notice was last updated or takes effect, e.g.
 * `Last updated: July 1, 2021`, `SENAST UPPDATERAD: 1 JULI 2021`, `Dernière mise à jour : 1er juillet 2021`.
 * Returns YYYY-MM-DD, or undefined when the line is anything else (including a sentence that merely mentions a date).
 */
export function parseLastUpdated(line: string): string | undefined {
  const text = line
    .normalize('NFC')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase();
  const match = LINE.exec(text);
  if (!match) return undefined;
  return parseDate(match[1]);
}

function parseDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return isRealDate(text) ? text : undefined;
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return toIsoDate(Number(monthFirst[3]), MONTHS[monthFirst[1]], Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return toIsoDate(Number(dayFirst[3]), MONTHS[dayFirst[2]], Number(dayFirst[1]));
  return undefined;
}

function toIsoDate(year: number, month: number | undefined, day: number): string | undefined {
  if (!month) return undefined;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(date) ? date : undefined;
}
