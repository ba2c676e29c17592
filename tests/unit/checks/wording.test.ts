// Wording: a notice may not leave readers to check it for changes themselves (WP260 ¶29).

import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWording } from '../../../src/lib/checks/wording.ts';
import { writeFile } from '../../helpers/fixtures.ts';
import { checkFixture, copyBasic, fileOf, loadCopy } from './site.ts';

const FIX =
  'say instead how you will tell readers about changes (e.g. by e-mail or a message in the service): the EDPB transparency guidelines (WP260 ¶29) ask for that';

describe('the wording check', () => {
  it('warns about "check this page regularly" in English, Swedish and French, at the phrase', () => {
    const root = copyBasic();
    const relative = 'content/notices/cookies/2025-01-01/en.mdx';
    writeFile(root, relative, fs.readFileSync(checkFixture('wording', 'check-regularly.mdx'), 'utf8'));
    const file = fileOf(root, relative);
    expect(checkWording(loadCopy(root))).toEqual([
      { file, line: 8, column: 8, severity: 'warning', message: '"check this page regularly" leaves it to readers to look for changes', fix: FIX },
      { file, line: 10, column: 21, severity: 'warning', message: '"periodically review this privacy notice" leaves it to readers to look for changes', fix: FIX },
      { file, line: 12, column: 1, severity: 'warning', message: '"Besök den här sidan regelbundet" leaves it to readers to look for changes', fix: FIX },
      { file, line: 15, column: 22, severity: 'warning', message: '"consulter cette page régulièrement" leaves it to readers to look for changes', fix: FIX },
    ]);
  });

  it('leaves alone sentences where the organisation, not the reader, does something regularly', () => {
    const root = copyBasic();
    writeFile(
      root,
      'content/notices/cookies/2025-01-01/en.mdx',
      '---\ntitle: Cookie policy\nsummary: Cookies.\n---\n\nWe review our security regularly. Vi kontrollerar regelbundet våra system. Nous vérifions régulièrement nos serveurs. Visit our office; we check the logs regularly.\n',
    );
    expect(checkWording(loadCopy(root))).toEqual([]);
  });

  it('finds nothing to warn about in the basic fixture', () => {
    expect(checkWording(loadCopy(copyBasic()))).toEqual([]);
  });
});
