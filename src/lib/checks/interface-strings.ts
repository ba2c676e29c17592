// Each locale's interface strings match the source locale's: same keys, same placeholders, every plural form its language needs.

import path from 'node:path';
import { displayPath, type Problem } from '../errors.ts';
import { describeFileKind, readTextFile } from '../text-file.ts';
import { parseYamlSource } from '../yaml-source.ts';

/** One `<locale>.json` as read from disk; `text` is undefined when the file does not exist or cannot be read. */
export interface LocaleSource {
  locale: string;
  /** Path for messages. */
  file: string;
  text?: string;
  /** Why an existing file could not be read (a link, not UTF-8, control characters, too large). */
  problems?: Problem[];
}

interface LocaleStrings {
  source: LocaleSource;
  strings: Record<string, string>;
  /** Line of a key in the file. */
  lineOf(key: string): number | undefined;
}

const PLURAL_SUFFIX = /^(.+)_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
// Numbers tried, in order, to show a translator when a plural form is used.
const SAMPLE_NUMBERS = [0, 1, 2, 3, 5, 11, 21, 100, 1000000, 1.5];

/** Reads `<localesDir>/<locale>.json` for each locale. */
export function readLocaleSources(localesDir: string, locales: readonly string[]): LocaleSource[] {
  return locales.map((locale) => {
    const absolute = path.join(localesDir, `${locale}.json`);
    const file = displayPath(absolute);
    if (describeFileKind(absolute) === 'missing') return { locale, file };
    const problems: Problem[] = [];
    const read = readTextFile(absolute, { file }, problems);
    return read ? { locale, file, text: read.text } : { locale, file, problems };
  });
}

export function checkInterfaceStrings(sources: readonly LocaleSource[], sourceLocale: string): Problem[] {
  const problems: Problem[] = [];
  const sourceFile = sources.find((s) => s.locale === sourceLocale);
  const parsed = new Map<string, LocaleStrings>();
  for (const source of sources) {
    const strings = parseLocaleSource(source, sourceFile, problems);
    if (strings) parsed.set(source.locale, strings);
  }
  const reference = parsed.get(sourceLocale);
  if (!reference) return problems;
  const sourceName = path.basename(reference.source.file);
  const families = getPluralFamilies(Object.keys(reference.strings));

  for (const [locale, strings] of parsed) {
    if (locale === sourceLocale) continue;
    const { file } = strings.source;
    const expected = getExpectedKeys(Object.keys(reference.strings), locale);

    for (const [key, sourceKey] of expected) {
      if (key in strings.strings) continue;
      const plural = PLURAL_SUFFIX.exec(key);
      const family = plural && families.has(plural[1]) ? plural[1] : undefined;
      const present = family ? Object.keys(strings.strings).find((k) => PLURAL_SUFFIX.exec(k)?.[1] === family) : undefined;
      if (family && present) {
        const category = plural![2];
        problems.push({
          file,
          line: strings.lineOf(present),
          column: 1,
          severity: 'error',
          message: `"${family}" has no "${category}" form, which ${getLanguageName(locale)} needs (for numbers such as ${getSampleNumber(locale, category)})`,
          fix: `add "${key}": "…" translating the ${sourceLocale} text "${reference.strings[sourceKey]}"`,
        });
      } else {
        problems.push({
          file,
          severity: 'error',
          message: `the interface string "${key}" is missing`,
          fix: `add "${key}": "…" translating the ${sourceLocale} text "${reference.strings[sourceKey]}" (${sourceName} line ${reference.lineOf(sourceKey)})`,
        });
      }
    }

    for (const key of Object.keys(strings.strings)) {
      const sourceKey = expected.get(key) ?? getFamilySourceKey(key, families);
      if (!sourceKey) {
        problems.push({
          file,
          line: strings.lineOf(key),
          column: 1,
          severity: 'warning',
          message: `the interface string "${key}" is not in ${sourceName}, so the site never shows it`,
          fix: `remove it, or correct the key to match ${sourceName}`,
        });
        continue;
      }
      const want = getPlaceholders(reference.strings[sourceKey]);
      const have = getPlaceholders(strings.strings[key]);
      const missing = want.filter((p) => !have.includes(p));
      const extra = have.filter((p) => !want.includes(p));
      if (!missing.length && !extra.length) continue;
      const list = (names: string[]) => names.map((n) => `{{${n}}}`).join(', ');
      const message =
        missing.length && extra.length
          ? `"${key}" has ${list(extra)} where ${sourceName} has ${list(missing)}`
          : missing.length
            ? `"${key}" lacks ${list(missing)}, which ${sourceName} has`
            : `"${key}" has ${list(extra)}, which ${sourceName} does not have`;
      problems.push({
        file,
        line: strings.lineOf(key),
        column: 1,
        severity: 'error',
        message,
        fix: `keep every {{…}} exactly as in ${sourceName} ("${reference.strings[sourceKey]}") and translate only the words around it`,
      });
    }
  }
  return problems;
}

/** The strings of one locale file, or undefined with the problems that stop it being read. */
export function parseLocaleStrings(source: LocaleSource, problems: Problem[]): Record<string, string> | undefined {
  return parseLocaleSource(source, undefined, problems)?.strings;
}

function parseLocaleSource(source: LocaleSource, sourceFile: LocaleSource | undefined, problems: Problem[]): LocaleStrings | undefined {
  const { file, text, locale } = source;
  if (source.problems?.length) {
    problems.push(...source.problems);
    return undefined;
  }
  if (text === undefined) {
    problems.push({
      file,
      severity: 'error',
      message: `there is no interface-string file for locale "${locale}"`,
      fix: sourceFile && sourceFile !== source ? `copy ${sourceFile.file} to ${file} and translate its values` : `create ${file} with the site’s interface strings`,
    });
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    const place = /\(line (\d+) column (\d+)\)/.exec(reason);
    problems.push({
      file,
      ...(place ? { line: Number(place[1]), column: Number(place[2]) } : {}),
      severity: 'error',
      message: `the file is not valid JSON (${reason.replace(/\s*\(line \d+ column \d+\)/, '')})`,
      fix: 'look for a missing comma or quote, or a comma after the last entry',
    });
    return undefined;
  }
  const positions = parseYamlSource(text, file);
  const lineOf = (key: string) => (positions.problems.length ? undefined : positions.locateKey([], key).line);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      message: 'the file must be one object of "key": "text" pairs',
      fix: 'wrap the entries in { … }, with flat dotted keys such as "notice.lastUpdated"',
    });
    return undefined;
  }
  const strings: Record<string, string> = {};
  let valid = true;
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === 'string') {
      strings[key] = value;
      continue;
    }
    valid = false;
    problems.push({
      file,
      line: lineOf(key),
      column: 1,
      severity: 'error',
      message: `"${key}" is ${Array.isArray(value) ? 'a list' : typeof value === 'object' && value ? 'a nested group' : `a ${typeof value}`}, not a text`,
      fix: 'use flat dotted keys with text values, e.g. "notice.lastUpdated": "Last updated: {{date}}"',
    });
  }
  return valid ? { source, strings, lineOf } : undefined;
}

/**
 * The keys a locale's file needs, each with the source key whose text it translates: every key of the
 * source, with each plural family in the forms the locale's language has (French needs "many" where
 * English has only "one" and "other"); a form the source lacks translates its "other" text.
 */
export function getExpectedKeys(sourceKeys: readonly string[], locale: string): Map<string, string> {
  const families = getPluralFamilies(sourceKeys);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const expected = new Map<string, string>();
  // In the source's order; a plural family's forms come together where the source has its first one.
  for (const key of sourceKeys) {
    const plural = PLURAL_SUFFIX.exec(key);
    const forms = plural ? families.get(plural[1]) : undefined;
    if (!plural || !forms) {
      expected.set(key, key);
      continue;
    }
    for (const category of categories) expected.set(`${plural[1]}_${category}`, forms.has(category) ? `${plural[1]}_${category}` : `${plural[1]}_other`);
  }
  return expected;
}

/** Keys with plural forms (`key_one`, `key_other`) in the source, by base key, with the forms it has. */
function getPluralFamilies(keys: readonly string[]): Map<string, Set<string>> {
  const families = new Map<string, Set<string>>();
  for (const key of keys) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (!plural) continue;
    const forms = families.get(plural[1]) ?? new Set<string>();
    forms.add(plural[2]);
    families.set(plural[1], forms);
  }
  // i18next only treats a key as plural when it has the general "other" form.
  for (const [base, forms] of families) if (!forms.has('other')) families.delete(base);
  return families;
}

/** A plural form the locale does not need but the source has (e.g. `_zero`) is still a known key. */
function getFamilySourceKey(key: string, families: Map<string, Set<string>>): string | undefined {
  const plural = PLURAL_SUFFIX.exec(key);
  if (!plural || !families.get(plural[1])?.has(plural[2])) return undefined;
  return key;
}

function getPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1].replace(/\s*,\s*/g, ', ')))].sort();
}

function getLanguageName(locale: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

function getSampleNumber(locale: string, category: string): string {
  const rules = new Intl.PluralRules(locale);
  const sample = SAMPLE_NUMBERS.find((n) => rules.select(n) === category);
  return sample === undefined ? 'some numbers' : new Intl.NumberFormat('en').format(sample);
}
