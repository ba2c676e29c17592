// A correction recorded with `npm run notice -- correct` is shown to readers on the version and in its history.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeProgram } from '../../src/cli/notice.ts';
import { buildSite } from '../helpers/build.ts';
import { runCli } from '../helpers/cli.ts';
import { copyFixture, editFile } from '../helpers/fixtures.ts';
import { readPage, textOf } from '../helpers/html.ts';

describe('a corrected published text', () => {
  it('shows the correction’s date and reason on the version page and in the history', async () => {
    const root = copyFixture('basic');
    expect((await runCli(noticeProgram, ['lock'], { cwd: root })).code).toBe(0);
    editFile(root, 'content/notices/cookies/2025-01-01/en.mdx', 'one strictly necessary cookie.', 'one strictly necessary cookie only.');
    const correct = await runCli(
      noticeProgram,
      ['correct', 'cookies', '2025-01-01', '--locale', 'en', '--reason', 'Made clear that there is only one cookie.'],
      { cwd: root },
    );
    expect(correct.code, correct.stderr).toBe(0);

    const outDir = path.join(root, 'dist');
    const { status, output } = buildSite({ contentDir: path.join(root, 'content'), outDir });
    expect(status, output).toBe(0);

    for (const sitePath of ['/en/cookies/', '/en/cookies/2025-01-01/']) {
      // The first version has no change summary: the folded notes are named after the corrections.
      const notes = readPage(outDir, sitePath).querySelector('.notice-header details.version-notes');
      expect(textOf(notes?.querySelector('summary')), sitePath).toBe('Corrections to this text');
      const correction = notes?.querySelector('.corrections li');
      expect(textOf(correction), sitePath).toBe('Corrected on 1 December 2026: Made clear that there is only one cookie.');
      expect(correction?.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-01');
    }
    const history = readPage(outDir, '/en/cookies/history/');
    expect(textOf(history.querySelector('.history-entry .corrections'))).toBe(
      'Corrected on 1 December 2026: Made clear that there is only one cookie.',
    );
    // The Swedish text was not corrected, so its readers see no correction.
    expect(readPage(outDir, '/sv/cookies/').querySelector('.corrections')).toBeNull();
  });
});
