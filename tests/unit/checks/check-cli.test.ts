// `npm run check`: prints every problem and a summary, and fails only on errors.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/cli/check.ts';
import { setFrontmatterLine } from '../../../src/lib/notice-file.ts';
import { createEmptyLock, lockPublished, writeLock } from '../../../src/lib/published-lock.ts';
import { editFile, markTranslationsDone, projectRoot } from '../../helpers/fixtures.ts';
import { copyBasic, loadCopy, NOW } from './site.ts';

/** Runs the check in `cwd` on its content/ folder with the project's locales, capturing what it prints. */
async function run(cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCheck({
    cwd,
    env: { PARAGRAF_CONTENT: 'content', PARAGRAF_LOCALES: path.join(projectRoot, 'locales'), PARAGRAF_NOW: NOW, ...env },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/**
 * A copy of the basic fixture with its published texts locked, its cookie policy (in effect since
 * 2025-01-01) recorded as reviewed and its translations recorded as made from their source texts, as a
 * repository kept in order would have it.
 */
function copyLocked(): string {
  const root = copyBasic();
  markTranslationsDone(root);
  const cookies = path.join(root, 'content/notices/cookies/2025-01-01/en.mdx');
  fs.writeFileSync(cookies, setFrontmatterLine(fs.readFileSync(cookies, 'utf8'), 'reviewed', '2026-11-02'));
  writeLock(path.join(root, 'content'), lockPublished(loadCopy(root), createEmptyLock()));
  return root;
}

describe('npm run check', () => {
  it('says so and exits 0 when there is nothing to fix', async () => {
    const { code, stdout, stderr } = await run(copyLocked());
    // site.yaml, 11 notice texts, 3 locale files and the lock.
    expect(stdout).toBe('✔ No problems in 16 files\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints errors and warnings in file order, paths relative to the folder it runs in, and exits 1', async () => {
    const root = copyLocked();
    editFile(root, 'content/notices/policy/2027-03-01/en.mdx', 'See also the [cookie policy](/cookies/).', 'See the [cookie policy](/cookie/). Check this page regularly.');
    editFile(root, 'content/notices/policy/2027-03-01/fr.mdx', 'changes: Nous avons', 'chnages: Nous avons');
    const { code, stdout } = await run(root);
    expect(stdout).toBe(
      [
        'content/notices/policy/2027-03-01/en.mdx:22:44  error  the link "/cookie/" goes to a notice that does not exist — did you mean /cookies/?',
        'content/notices/policy/2027-03-01/en.mdx:22:71  warning  "Check this page regularly" leaves it to readers to look for changes — say instead how you will tell readers about changes (e.g. by e-mail or a message in the service): the EDPB transparency guidelines (WP260 ¶29) ask for that',
        'content/notices/policy/2027-03-01/fr.mdx:4:1  error  unknown field "chnages" — did you mean "changes"?',
        'content/notices/policy/2027-03-01/sv.mdx:6:1  warning  the en text has changed since this translation was made from it — "npm run i18n -- status --notice policy --locale sv" lists the changed passages; bring them into this translation, then run npm run i18n -- done policy 2027-03-01 --locale sv',
        'content/notices/policy/2027-03-01/sv.mdx:23:39  error  the 2nd link goes to "/cookies/" here but to "/cookie/" in en.mdx (line 22) — link to the same places as the source, in the same order',
        '',
        '✖ 3 errors, 2 warnings',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('exits 0 when there are only warnings, and counts them: an edited source makes its translations stale', async () => {
    const root = copyLocked();
    editFile(root, 'content/notices/policy/2027-03-01/en.mdx', 'We make no automated decisions about you.', 'Review this notice periodically.');
    const { code, stdout } = await run(root);
    expect(stdout).toBe(
      'content/notices/policy/2027-03-01/en.mdx:26:1  warning  "Review this notice periodically" leaves it to readers to look for changes — say instead how you will tell readers about changes (e.g. by e-mail or a message in the service): the EDPB transparency guidelines (WP260 ¶29) ask for that\n' +
        'content/notices/policy/2027-03-01/fr.mdx:6:1  warning  the en text has changed since this translation was made from it — "npm run i18n -- status --notice policy --locale fr" lists the changed passages; bring them into this translation, then run npm run i18n -- done policy 2027-03-01 --locale fr\n' +
        'content/notices/policy/2027-03-01/sv.mdx:6:1  warning  the en text has changed since this translation was made from it — "npm run i18n -- status --notice policy --locale sv" lists the changed passages; bring them into this translation, then run npm run i18n -- done policy 2027-03-01 --locale sv\n' +
        '\n✔ No errors in 16 files; 3 warnings to consider\n',
    );
    expect(code).toBe(0);
  });

  it('reports a content folder it cannot read at all', async () => {
    const { code, stdout } = await run(copyLocked(), { PARAGRAF_CONTENT: 'nowhere' });
    expect(stdout).toBe(
      'nowhere/site.yaml  error  site.yaml is missing — create it with organisation, url, sourceLocale, locales, intro, privacyNotice and sidebar (see README "Content layout")\n\n✖ 1 error, 0 warnings\n',
    );
    expect(code).toBe(1);
  });

  it('explains a build date that is not a date on stderr', async () => {
    const { code, stdout, stderr } = await run(copyLocked(), { PARAGRAF_NOW: '2026-02-30' });
    expect(stdout).toBe('');
    expect(stderr).toContain('PARAGRAF_NOW is "2026-02-30", which is not a date');
    expect(code).toBe(1);
  });

  it('passes on the sample content as a real npm process', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PARAGRAF_')));
    // Pinned to the day the sample content was locked: on a later day a version that has since taken
    // effect needs `npm run notice -- lock`, which is the point of the lock, not a failure of this test.
    const result = spawnSync('npm', ['run', '--silent', 'check'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...env, PARAGRAF_NOW: '2026-11-30', NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^✔ No (problems|errors) in \d+ files/m);
    expect(result.status).toBe(0);
  });
});
