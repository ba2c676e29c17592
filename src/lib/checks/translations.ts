// Translations that lag behind their source: a warning for every stale one, and an error for an upcoming
// version that would take effect without an up-to-date text in a language the site promises.

import path from 'node:path';
import type { Site } from '../content.ts';
import { createCorrectionLookup } from '../corrections.ts';
import { displayPath, type Problem } from '../errors.ts';
import { getOutdatedTranslation } from '../outdated-translations.ts';
import type { PublishedLock } from '../published-lock.ts';
import { getTranslationStatuses } from '../translation-status.ts';

export function checkTranslations(site: Site, lock: PublishedLock | undefined): Problem[] {
  // Promising a language is a choice: without it, a version may take effect with the source text as the fallback.
  const promised = new Set(site.config.checks?.translations?.promised ?? []);
  const getCorrections = createCorrectionLookup(site.contentDir, lock);
  const problems: Problem[] = [];
  for (const row of getTranslationStatuses(site)) {
    if (row.status === 'done') continue;
    const notice = site.notices.find((n) => n.slug === row.notice)!;
    const version = notice.versions.find((v) => v.date === row.date)!;
    const source = version.texts[row.sourceLocale];
    const done = `npm run i18n -- done ${row.notice} ${row.date} --locale ${row.locale}`;
    const blocking = row.versionStatus === 'upcoming' && promised.has(row.locale);
    const severity = blocking ? 'error' : 'warning';
    const takesEffect = blocking
      ? `; this version takes effect on ${row.date}, and readers are promised every version in ${row.locale} (checks.translations.promised in site.yaml)`
      : '';

    if (row.status === 'missing') {
      // A missing translation of an archived version, or in a language not promised, is the fallback working as designed.
      if (!blocking && !(row.versionStatus === 'current' && promised.has(row.locale))) continue;
      problems.push({
        file: displayPath(path.join(path.dirname(source.absolutePath), `${row.locale}.mdx`)),
        severity,
        message: `the version of ${row.date} has no ${row.locale} translation, so ${row.locale} readers get the ${row.sourceLocale} text${takesEffect}`,
        fix: `translate ${row.sourceLocale}.mdx of this version into ${row.locale}.mdx (or export it for a translation tool with "npm run i18n -- export --locale ${row.locale} --notice ${row.notice}"), then run ${done}`,
      });
      continue;
    }

    const text = version.texts[row.locale];
    const line = text.fieldLines.translatedFrom;
    const at = { file: text.file, ...(line ? { line, column: 1 } : {}), severity } as const;
    if (!row.translatedFrom) {
      problems.push({
        ...at,
        message: `this translation does not record which ${row.sourceLocale} text it was made from, so nobody can tell whether it is up to date${takesEffect}`,
        fix: `compare it with ${row.sourceLocale}.mdx of this version; once it says what that text says, run ${done}`,
      });
      continue;
    }
    const outdated = getOutdatedTranslation(text, source, row.sourceLocale, getCorrections(source));
    const why = outdated?.correctedOn
      ? `the ${row.sourceLocale} text was corrected on ${outdated.correctedOn}, after this translation was made from it`
      : `the ${row.sourceLocale} text has changed since this translation was made from it`;
    const readers = version.status === 'upcoming' ? '' : '; readers of this translation are told so and pointed to the source text';
    problems.push({
      ...at,
      message: `${why}${readers}${takesEffect}`,
      fix: `"npm run i18n -- status --notice ${row.notice} --locale ${row.locale}" lists the changed passages; bring them into this translation, then run ${done}`,
    });
  }
  return problems;
}
