// Interface strings: every locale has the source's keys, placeholders and the plural forms its language needs.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkInterfaceStrings, readLocaleSources } from '../../../src/lib/checks/interface-strings.ts';
import { displayPath } from '../../../src/lib/content.ts';
import { projectRoot } from '../../helpers/fixtures.ts';
import { checkFixture } from './site.ts';

const LOCALES = ['sv', 'fr', 'en'];

/** A temporary copy of the fixture's locales folder, for tests that break a file further. */
function copyLocales(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-locales-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.cpSync(checkFixture('interface-strings', 'locales'), dir, { recursive: true });
  return dir;
}

describe('the interface-string check', () => {
  it('finds the project’s own locale files complete', () => {
    expect(checkInterfaceStrings(readLocaleSources(path.join(projectRoot, 'locales'), LOCALES), 'en')).toEqual([]);
  });

  it('reports missing keys, extra keys, changed placeholders and missing plural forms, at the key’s line', () => {
    const dir = checkFixture('interface-strings', 'locales');
    const sv = displayPath(path.join(dir, 'sv.json'));
    const fr = displayPath(path.join(dir, 'fr.json'));
    expect(checkInterfaceStrings(readLocaleSources(dir, LOCALES), 'en')).toEqual([
      {
        file: sv,
        severity: 'error',
        message: 'the interface string "footer.published" is missing',
        fix: 'add "footer.published": "…" translating the en text "Published by {{organisation}}" (en.json line 6)',
      },
      {
        file: sv,
        line: 3,
        column: 1,
        severity: 'error',
        message: '"home.lastUpdated" has {{datum}} where en.json has {{date}}',
        fix: 'keep every {{…}} exactly as in en.json ("Last updated {{date}}") and translate only the words around it',
      },
      {
        file: sv,
        line: 6,
        column: 1,
        severity: 'warning',
        message: 'the interface string "home.oldHeading" is not in en.json, so the site never shows it',
        fix: 'remove it, or correct the key to match en.json',
      },
      {
        file: fr,
        line: 4,
        column: 1,
        severity: 'error',
        message: '"search.resultCount" has no "many" form, which French needs (for numbers such as 1,000,000)',
        fix: 'add "search.resultCount_many": "…" translating the en text "{{count}} results"',
      },
      {
        file: fr,
        line: 3,
        column: 1,
        severity: 'error',
        message: '"home.lastUpdated" lacks {{date}}, which en.json has',
        fix: 'keep every {{…}} exactly as in en.json ("Last updated {{date}}") and translate only the words around it',
      },
    ]);
  });

  it('accepts a plural form the source lacks when the locale’s language needs it, and compares it with "other"', () => {
    const dir = copyLocales();
    const frFile = path.join(dir, 'fr.json');
    fs.writeFileSync(
      frFile,
      fs.readFileSync(frFile, 'utf8').replace('"search.resultCount_other"', '"search.resultCount_many": "{{n}} de résultats",\n  "search.resultCount_other"'),
    );
    const problems = checkInterfaceStrings(readLocaleSources(dir, ['fr', 'en']), 'en');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, '"home.lastUpdated" lacks {{date}}, which en.json has'],
      [5, '"search.resultCount_many" has {{n}} where en.json has {{count}}'],
    ]);
  });

  it('reports a file that is not JSON with the line and column the parser gives', () => {
    const dir = copyLocales();
    fs.writeFileSync(path.join(dir, 'sv.json'), '{\n  "home.heading": "Våra juridiska texter"\n  "home.lastUpdated": "x"\n}\n');
    const [problem] = checkInterfaceStrings(readLocaleSources(dir, ['sv', 'en']), 'en');
    expect(problem).toMatchObject({
      file: displayPath(path.join(dir, 'sv.json')),
      line: 3,
      column: 3,
      severity: 'error',
      fix: 'look for a missing comma or quote, or a comma after the last entry',
    });
    expect(problem.message).toMatch(/^the file is not valid JSON \(Expected ',' or '}' after property value in JSON at position \d+\)$/);
  });

  it('reports nested groups and a missing file', () => {
    const dir = copyLocales();
    fs.writeFileSync(path.join(dir, 'sv.json'), '{\n  "home": { "heading": "x" }\n}\n');
    fs.rmSync(path.join(dir, 'fr.json'));
    expect(checkInterfaceStrings(readLocaleSources(dir, LOCALES), 'en')).toEqual([
      {
        file: displayPath(path.join(dir, 'sv.json')),
        line: 2,
        column: 1,
        severity: 'error',
        message: '"home" is a nested group, not a text',
        fix: 'use flat dotted keys with text values, e.g. "notice.lastUpdated": "Last updated: {{date}}"',
      },
      {
        file: displayPath(path.join(dir, 'fr.json')),
        severity: 'error',
        message: 'there is no interface-string file for locale "fr"',
        fix: `copy ${displayPath(path.join(dir, 'en.json'))} to ${displayPath(path.join(dir, 'fr.json'))} and translate its values`,
      },
    ]);
  });
});
