// Readability: a figure per text, warned against the limit for its language from site.yaml or the defaults.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReadability } from '../../../src/lib/checks/readability.ts';
import { inspectSite } from '../../../src/lib/content.ts';
import { writeFile } from '../../helpers/fixtures.ts';
import { checkFixture, copyBasic, fileOf, loadCopy } from './site.ts';

/** A copy of the basic fixture whose cookie notice, in `locale`, is the hard fixture text of that language. */
function copyWithHardText(locale: 'en' | 'sv' | 'fr'): { root: string; file: string } {
  const root = copyBasic();
  const relative = `content/notices/cookies/2025-01-01/${locale}.mdx`;
  writeFile(root, relative, fs.readFileSync(checkFixture('readability', `hard-${locale}.mdx`), 'utf8'));
  return { root, file: fileOf(root, relative) };
}

describe('the readability check', () => {
  it('warns about a hard English text with its Flesch reading ease, at its longest sentence', () => {
    const { root, file } = copyWithHardText('en');
    expect(checkReadability(loadCopy(root))).toEqual([
      {
        file,
        line: 10,
        column: 1,
        severity: 'warning',
        message: 'the Flesch reading ease -90 is below the limit of 40 (very difficult)',
        fix: 'use shorter sentences and everyday words — the longest sentence, on this line, has 68 words (or change checks.readability.en.minFlesch in site.yaml)',
      },
    ]);
  });

  it('warns about a hard Swedish text with its LIX', () => {
    const { root, file } = copyWithHardText('sv');
    expect(checkReadability(loadCopy(root))).toEqual([
      {
        file,
        line: 10,
        column: 1,
        severity: 'warning',
        message: 'LIX 100 is above the limit of 50 (very hard)',
        fix: 'use shorter sentences and everyday words — the longest sentence, on this line, has 62 words (or change checks.readability.sv.maxLix in site.yaml)',
      },
    ]);
  });

  it('warns about a hard French text with its Kandel–Moles score', () => {
    const { root, file } = copyWithHardText('fr');
    expect(checkReadability(loadCopy(root))).toEqual([
      {
        file,
        line: 10,
        column: 1,
        severity: 'warning',
        message: 'the Kandel–Moles score -25 is below the limit of 40 (very difficult)',
        fix: 'use shorter sentences and everyday words — the longest sentence, on this line, has 63 words (or change checks.readability.fr.minKandelMoles in site.yaml)',
      },
    ]);
  });

  it('uses the limits set under checks.readability in site.yaml', () => {
    const { root } = copyWithHardText('en');
    fs.appendFileSync(path.join(root, 'content/site.yaml'), 'checks:\n  readability:\n    en:\n      minFlesch: -100\n');
    expect(checkReadability(loadCopy(root))).toEqual([]);
  });

  it('rejects a misspelt limit in site.yaml instead of silently using the default', () => {
    const root = copyBasic();
    fs.appendFileSync(path.join(root, 'content/site.yaml'), 'checks:\n  readability:\n    en:\n      minFlesh: 50\n');
    const { problems } = inspectSite(path.join(root, 'content'), '2026-12-01');
    expect(problems.map((p) => [p.line, p.message])).toEqual([[38, 'unknown field "minFlesh" in "checks.readability.en"']]);
  });

  it('gives no figure for a text under 100 words, where one sentence would swing it', () => {
    const root = copyBasic();
    const hard = fs.readFileSync(checkFixture('readability', 'hard-en.mdx'), 'utf8');
    // Only the first, 50-word paragraph: just as hard, but too short to measure.
    writeFile(root, 'content/notices/cookies/2025-01-01/en.mdx', hard.slice(0, hard.indexOf('\n\nConsequently')));
    expect(checkReadability(loadCopy(root))).toEqual([]);
  });
});
