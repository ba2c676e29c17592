// The translation check: stale translations are warnings, and an upcoming version may not take effect
// without an up-to-date text in a language site.yaml promises.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortProblems } from '../../../src/lib/checks/index.ts';
import { checkTranslations } from '../../../src/lib/checks/translations.ts';
import { getOutdatedTranslation } from '../../../src/lib/outdated-translations.ts';
import { readLock } from '../../../src/lib/published-lock.ts';
import { editFile, markTranslationsDone } from '../../helpers/fixtures.ts';
import { copyBasic, inspectCopy, loadCopy } from './site.ts';

/** The check's problems on a copy, as "file:line severity message" with the file relative to the copy, sorted as the check prints them. */
function check(root: string): string[] {
  const site = loadCopy(root);
  return sortProblems(checkTranslations(site, readLock(site.contentDir).lock)).map(
    (p) => `${path.relative(root, path.resolve(p.file))}:${p.line ?? '-'} ${p.severity} ${p.message}`,
  );
}

function promise(root: string, locales: string): void {
  fs.appendFileSync(path.join(root, 'content/site.yaml'), `checks:\n  translations:\n    promised: ${locales}\n`);
}

describe('the translation check', () => {
  it('warns about every translation that records no source or an earlier one, and about nothing done', () => {
    const root = copyBasic();
    markTranslationsDone(root);
    expect(check(root)).toEqual([]);
    editFile(root, 'content/notices/cookies/2025-01-01/en.mdx', 'We use one', 'We use exactly one');
    editFile(root, 'content/notices/policy/2024-01-01/sv.mdx', /^translatedFrom: .*\n/m, '');
    expect(check(root)).toEqual([
      'content/notices/cookies/2025-01-01/fr.mdx:4 warning the en text has changed since this translation was made from it; readers of this translation are told so and pointed to the source text',
      'content/notices/cookies/2025-01-01/sv.mdx:4 warning the en text has changed since this translation was made from it; readers of this translation are told so and pointed to the source text',
      'content/notices/policy/2024-01-01/sv.mdx:- warning this translation does not record which en text it was made from, so nobody can tell whether it is up to date',
    ]);
  });

  it('says nothing of missing translations unless the language is promised', () => {
    const root = copyBasic();
    markTranslationsDone(root);
    // The fixture's French lacks the policy in effect (2026-06-01): the English text is its fallback.
    expect(check(root)).toEqual([]);
    promise(root, '[sv, fr]');
    expect(check(root)).toEqual([
      'content/notices/policy/2026-06-01/fr.mdx:- warning the version of 2026-06-01 has no fr translation, so fr readers get the en text',
    ]);
  });

  it('refuses an upcoming version whose translation in a promised language is stale or missing, and only those', () => {
    const root = copyBasic();
    markTranslationsDone(root);
    promise(root, '[fr]');
    editFile(root, 'content/notices/policy/2027-03-01/en.mdx', 'We make no automated decisions about you.', 'We make no automated decisions about anyone.');
    fs.rmSync(path.join(root, 'content/notices/policy/2027-03-01/fr.mdx'));
    const promised = '; this version takes effect on 2027-03-01, and readers are promised every version in fr (checks.translations.promised in site.yaml)';
    expect(check(root)).toEqual([
      'content/notices/policy/2026-06-01/fr.mdx:- warning the version of 2026-06-01 has no fr translation, so fr readers get the en text',
      `content/notices/policy/2027-03-01/fr.mdx:- error the version of 2027-03-01 has no fr translation, so fr readers get the en text${promised}`,
      // Swedish is not promised: its stale translation is a warning, with no banner yet as the version has not taken effect.
      'content/notices/policy/2027-03-01/sv.mdx:6 warning the en text has changed since this translation was made from it',
    ]);
    // The build runs the same check, so it refuses to publish.
    // (The copy has no lock yet, which the check reports too.)
    const errors = inspectCopy(root).filter((p) => p.severity === 'error' && !p.file.endsWith('published.lock.json'));
    expect(errors.map((p) => p.message)).toEqual([`the version of 2027-03-01 has no fr translation, so fr readers get the en text${promised}`]);
    expect(errors[0].fix).toBe(
      'translate en.mdx of this version into fr.mdx (or export it for a translation tool with "npm run i18n -- export --locale fr --notice policy"), then run npm run i18n -- done policy 2027-03-01 --locale fr',
    );
  });

  it('refuses a promised language that is not one of the site’s, at its line in site.yaml', () => {
    const root = copyBasic();
    promise(root, '[sv, de]');
    const problems = inspectCopy(root).filter((p) => p.file.endsWith('site.yaml'));
    expect(problems.map((p) => [p.line, p.severity, p.message, p.fix])).toEqual([
      [expect.any(Number), 'error', '"checks.translations.promised" lists "de", which is not a configured locale', 'list locale codes from "locales" (sv, fr, en), or remove "de"'],
    ]);
  });
});

describe('which translations readers are told are out of date', () => {
  const source = { hash: 'c', frontmatter: {} };
  const corrections = [
    { date: '2026-02-01', reason: 'First fix.', sha256: 'b' },
    { date: '2026-03-01', reason: 'Second fix.', sha256: 'c' },
  ];

  it('names the latest correction made after the text the translation was made from', () => {
    expect(getOutdatedTranslation({ frontmatter: { translatedFrom: 'a' } }, source, 'en', corrections)).toEqual({ sourceLocale: 'en', correctedOn: '2026-03-01' });
    expect(getOutdatedTranslation({ frontmatter: { translatedFrom: 'b' } }, source, 'en', corrections)).toEqual({ sourceLocale: 'en', correctedOn: '2026-03-01' });
  });

  it('has no date to give when the source changed without a recorded correction', () => {
    expect(getOutdatedTranslation({ frontmatter: { translatedFrom: 'a' } }, source, 'en', [])).toEqual({ sourceLocale: 'en' });
    expect(getOutdatedTranslation({ frontmatter: { translatedFrom: 'c' } }, { hash: 'd', frontmatter: {} }, 'en', corrections)).toEqual({ sourceLocale: 'en' });
  });

  it('says nothing of a translation made from the current text, or that records nothing', () => {
    expect(getOutdatedTranslation({ frontmatter: { translatedFrom: 'c' } }, source, 'en', corrections)).toBeUndefined();
    expect(getOutdatedTranslation({ frontmatter: {} }, source, 'en', corrections)).toBeUndefined();
  });
});
