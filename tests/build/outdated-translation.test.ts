// A translation made before its source text was corrected tells its readers so, in their language.

import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18nProgram } from '../../src/cli/i18n.ts';
import { noticeProgram } from '../../src/cli/notice.ts';
import { buildSite } from '../helpers/build.ts';
import { runCli } from '../helpers/cli.ts';
import { copyFixture, editFile } from '../helpers/fixtures.ts';
import { readPage, textOf } from '../helpers/html.ts';

let dist: string;
let output: string;

beforeAll(async () => {
  const root = copyFixture('basic');
  // The Swedish translation of the policy in effect records the English text it was made from…
  const done = await runCli(i18nProgram, ['done', 'policy', '2026-06-01', '--locale', 'sv'], { cwd: root });
  expect(done.code, done.stderr).toBe(0);
  // …and then the English text is corrected, with the correction recorded on 20 November.
  editFile(root, 'content/notices/policy/2026-06-01/en.mdx', '| Account | 1 year |', '| Account | 12 months |');
  const corrected = await runCli(
    noticeProgram,
    ['correct', 'policy', '2026-06-01', '--locale', 'en', '--reason', 'Wrote the retention period the way the table writes the others.'],
    { cwd: root, env: { PARAGRAF_NOW: '2026-11-20' } },
  );
  expect(corrected.code, corrected.stderr).toBe(0);
  dist = path.join(root, 'dist');
  const build = buildSite({ contentDir: path.join(root, 'content'), outDir: dist });
  expect(build.status, build.output).toBe(0);
  output = build.output;
}, 240_000);

describe('a translation made before its source was corrected', () => {
  it('says so at both its addresses, with the date of the correction and a link to the source text', () => {
    for (const [sitePath, source] of [
      ['/sv/policy/', '/en/policy/'],
      ['/sv/policy/2026-06-01/', '/en/policy/2026-06-01/'],
    ]) {
      const banner = readPage(dist, sitePath).querySelector('.banner-outdated');
      expect(textOf(banner?.querySelector('p')), sitePath).toBe(
        'Översättningen gjordes innan texten på engelska rättades den 20 november 2026 och säger kanske inte allt som den texten säger.',
      );
      expect(banner?.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-20');
      const link = banner?.querySelector('a');
      expect([link?.getAttribute('href'), link?.getAttribute('hreflang'), textOf(link)]).toEqual([source, 'en', 'Läs texten på engelska']);
    }
  });

  it('is not said of the source text, of a translation that records nothing, or of a page that shows the source text', () => {
    for (const sitePath of ['/en/policy/', '/sv/policy/2024-01-01/', '/fr/policy/', '/sv/cookies/']) {
      expect(readPage(dist, sitePath).querySelector('.banner-outdated'), sitePath).toBeNull();
    }
  });

  it('is a warning of the build, which still publishes', () => {
    expect(output).toContain(
      'sv.mdx:6:1  warning  the en text was corrected on 2026-11-20, after this translation was made from it; readers of this translation are told so and pointed to the source text',
    );
  });
});
