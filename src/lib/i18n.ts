// Interface strings through i18next: one flat JSON file per locale, every key required in every locale.

import path from 'node:path';
import i18next, { type i18n } from 'i18next';
import { readLocaleSources } from './checks/interface-strings.ts';
import { formatDate } from './dates.ts';
import { ContentError, displayPath, type Problem } from './errors.ts';
import { localeFileSchema } from './schemas.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface Translations {
  /** A strict translator per locale: an unknown key throws instead of showing the raw key. */
  forLocale(locale: string): Translate;
}

/** Reads `<locale>.json` for each locale and checks that each has every key of the source locale. */
export function loadTranslations(localesDir: string, locales: string[], sourceLocale: string): Translations {
  const problems: Problem[] = [];
  const resources = new Map<string, Record<string, string>>();
  for (const { locale, file, text, problems: readProblems } of readLocaleSources(localesDir, locales)) {
    if (readProblems?.length) {
      problems.push(...readProblems);
      continue;
    }
    if (text === undefined) {
      problems.push({
        file,
        severity: 'error',
        message: `there is no interface-string file for locale "${locale}"`,
        fix: `copy ${displayPath(path.join(localesDir, `${sourceLocale}.json`))} to ${file} and translate its values`,
      });
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push({
        file,
        severity: 'error',
        message: `the file is not valid JSON (${(error as Error).message})`,
        fix: 'check for a missing comma or quote',
      });
      continue;
    }
    const parsed = localeFileSchema.safeParse(data);
    if (!parsed.success) {
      problems.push({
        file,
        severity: 'error',
        message: 'the file must be one object of "key": "text" pairs',
        fix: 'use flat dotted keys such as "notice.lastUpdated" with string values, no nesting',
      });
      continue;
    }
    resources.set(locale, parsed.data);
  }
  const source = resources.get(sourceLocale);
  if (source) {
    for (const [locale, strings] of resources) {
      if (locale === sourceLocale) continue;
      for (const key of Object.keys(source)) {
        if (key in strings) continue;
        problems.push({
          file: displayPath(path.join(localesDir, `${locale}.json`)),
          severity: 'error',
          message: `the interface string "${key}" is missing`,
          fix: `add "${key}": "…" translating the ${sourceLocale} text "${source[key]}"`,
        });
      }
    }
  }
  if (problems.length) throw new ContentError(problems);

  const instances = new Map<string, i18n>();
  return {
    forLocale(locale) {
      let instance = instances.get(locale);
      if (!instance) {
        instance = i18next.createInstance();
        instance.init({
          lng: locale,
          resources: { [locale]: { translation: resources.get(locale) ?? {} } },
          fallbackLng: false,
          keySeparator: false,
          nsSeparator: false,
          interpolation: { escapeValue: false },
          initAsync: false,
          returnNull: false,
        });
        instances.set(locale, instance);
      }
      const current = instance;
      // Most calls have no options (labels, headings) and are made on every page: resolved once.
      const plain = new Map<string, string>();
      return (key, options) => {
        if (!options && plain.has(key)) return plain.get(key)!;
        if (!current.exists(key, options)) {
          throw new Error(
            `The interface string "${key}" is missing from ${displayPath(path.join(localesDir, `${locale}.json`))} — add it.`,
          );
        }
        const text = current.t(key, options) as string;
        if (!options) plain.set(key, text);
        return text;
      };
    },
  };
}


export type MessagePart = { text: string } | { placeholder: string };

const MARK = '\u0001';

/**
 * Splits a translated message around placeholders so a template can render each placeholder as
 * markup (e.g. a `<time>` element) while the translated text stays escaped.
 */
export function splitMessage(t: Translate, key: string, placeholders: readonly string[]): MessagePart[] {
  const values = Object.fromEntries(placeholders.map((name) => [name, `${MARK}${name}${MARK}`]));
  return t(key, values)
    .split(MARK)
    .map((part, index) => (index % 2 === 1 ? { placeholder: part } : { text: part }))
    .filter((part) => !('text' in part) || part.text !== '');
}

/** A piece of a sentence with dates: text, or a date to render as <time datetime>. */
export type DateMessagePart = { text: string } | { text: string; datetime: string };

/**
 * A translated sentence whose date placeholders are formatted for the reader, kept apart so a page
 * can mark each date up as `<time datetime>`; `values` fills the placeholders that are not dates.
 */
export function formatDateMessage(
  t: Translate,
  key: string,
  dates: Readonly<Record<string, string>>,
  dateLocale: string,
  values: Record<string, unknown> = {},
): DateMessagePart[] {
  const bound: Translate = (k, options) => t(k, { ...values, ...options });
  return splitMessage(bound, key, Object.keys(dates)).map((part) =>
    'text' in part ? part : { text: formatDate(dates[part.placeholder], dateLocale), datetime: dates[part.placeholder] },
  );
}
