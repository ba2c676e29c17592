// Language of parts (WCAG 3.1.2): quoted or capitalised passages in another of the site's languages are warned about until marked with <Lang>.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkForeignPassages } from '../../../src/lib/checks/foreign-passages.ts';
import { loadSite } from '../../../src/lib/content.ts';
import { copyFixture, editFile } from '../../helpers/fixtures.ts';
import { copyBasic, loadCopy } from './site.ts';

const SWEDISH = 'content/notices/privacy/2026-01-10/sv.mdx';

function check(root: string) {
  return checkForeignPassages(loadSite(path.join(root, 'content'), '2026-12-01')).map((p) => `${path.relative(root, path.resolve(p.file))}:${p.line}:${p.column}  ${p.message} — ${p.fix}`);
}

describe('the foreign-passage check', () => {
  it('finds nothing in the presentation fixture: its English phrase is marked and its name allowed', () => {
    expect(check(copyFixture('presentation'))).toEqual([]);
  });

  it('warns about an unmarked English phrase in quotes in a Swedish text, at its place, and suggests the mark', () => {
    const root = copyFixture('presentation');
    editFile(root, SWEDISH, '”<Lang code="en">Download My Personal Data</Lang>”', '”Download My Personal Data”');
    expect(check(root)).toEqual([
      `${SWEDISH}:26:51  "Download My Personal Data" looks like English in this Swedish text, and is not marked — mark it so that screen readers read it in English: <Lang code="en">Download My Personal Data</Lang> (WCAG 3.1.2); a name that needs no mark goes in checks.foreignPassages.allow in site.yaml`,
    ]);
  });

  it('finds capitalised runs too, leaves out the capitalised first word of a sentence, and stops at a hyphenated Swedish ending', () => {
    const root = copyFixture('presentation');
    editFile(root, SWEDISH, 'Du kan se, rätta och radera dina uppgifter.', 'Slå på Global Privacy Control-signalen. Aktivera Limit My Sensitive Data i appen.');
    expect(check(root).map((line) => line.split(' — ')[0])).toEqual([
      `${SWEDISH}:26:8  "Global Privacy Control" looks like English in this Swedish text, and is not marked`,
      `${SWEDISH}:26:50  "Limit My Sensitive Data" looks like English in this Swedish text, and is not marked`,
    ]);
  });

  it('accepts what site.yaml allows, and leaves alone short runs and the text’s own language', () => {
    const root = copyFixture('presentation');
    editFile(root, SWEDISH, '”<Lang code="en">Download My Personal Data</Lang>”', '”Download My Personal Data”, ”OK” och ”Ladda ned mina personuppgifter”');
    editFile(root, 'content/site.yaml', 'allow: [Presentation Fixture AB]', 'allow: [Presentation Fixture AB, download my personal data]');
    expect(check(root)).toEqual([]);
  });

  it('finds nothing in the basic fixture', () => {
    expect(checkForeignPassages(loadCopy(copyBasic()))).toEqual([]);
  });
});
