// `npm run notice -- version`: starts a new version from the latest source text.

import fs from 'node:fs';
import path from 'node:path';
import { copyBasic } from '../checks/site.ts';
import { describe, expect, it } from 'vitest';
import { noticeProgram } from '../../../src/cli/notice.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyFixture, writeFile } from '../../helpers/fixtures.ts';

const read = (root: string, relative: string) => fs.readFileSync(path.join(root, relative), 'utf8');

describe('notice version', () => {
  it('copies the newest source text with a "changes" prompt and material: false', async () => {
    const cwd = copyBasic();
    const latest = read(cwd, 'content/notices/policy/2027-03-01/en.mdx');
    const run = await runCli(noticeProgram, ['version', 'policy', '--date', '2027-09-01'], { cwd });
    expect(run.code).toBe(0);
    const written = read(cwd, 'content/notices/policy/2027-09-01/en.mdx');
    expect(written).toBe(
      latest
        .replace(/^changes: .*$/m, 'changes: Describe what changed for readers.')
        .replace(/^material: .*$/m, 'material: false'),
    );
    expect(fs.readdirSync(path.join(cwd, 'content/notices/policy/2027-09-01'))).toEqual(['en.mdx']);
    expect(run.stdout).toContain('Created content/notices/policy/2027-09-01/en.mdx\n');
    expect(run.stdout).toContain('Copied from content/notices/policy/2027-03-01/en.mdx (upcoming version).');
    expect(run.stdout).toContain(
      '  3. Translations (sv, fr) now show as missing for 2027-09-01: see "npm run i18n -- status --notice policy".',
    );
  });

  it('adds the fields to a first version that had none, keeping the rest of its frontmatter', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['version', 'cookies', '--date', '2026-01-01'], { cwd });
    expect(run.code).toBe(0);
    expect(read(cwd, 'content/notices/cookies/2026-01-01/en.mdx')).toBe(
      read(cwd, 'content/notices/cookies/2025-01-01/en.mdx').replace(
        'summary: Which cookies the fixture uses.\n',
        'summary: Which cookies the fixture uses.\nchanges: Describe what changed for readers.\nmaterial: false\n',
      ),
    );
  });

  it('never re-wraps a long quoted summary', async () => {
    const cwd = copyBasic();
    const long = `"${'A long summary that goes on. '.repeat(6).trim()}"`;
    const file = 'content/notices/cookies/2025-01-01/en.mdx';
    writeFile(cwd, file, read(cwd, file).replace('summary: Which cookies the fixture uses.', `summary: ${long}`));
    await runCli(noticeProgram, ['version', 'cookies', '--date', '2026-01-01'], { cwd });
    expect(read(cwd, 'content/notices/cookies/2026-01-01/en.mdx')).toContain(`\nsummary: ${long}\n`);
  });

  it('prints the new file under --dry-run and writes nothing', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['version', 'cookies', '--date', '2026-01-01', '--dry-run'], { cwd });
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'content/notices/cookies/2026-01-01'))).toBe(false);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'Dry run: nothing was written.',
      'Would create content/notices/cookies/2026-01-01/en.mdx:',
      '---',
    ]);
  });

  it('refuses a date that is not after the newest version', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['version', 'policy', '--date', '2027-02-28'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'content/notices/policy/2027-02-28  error  2027-02-28 is not after the newest version, 2027-03-01 — choose a date after 2027-03-01; to fix a published text, use "npm run notice -- correct"\n',
    );
  });

  it('refuses a folder that already exists', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['version', 'policy', '--date', '2027-03-01'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'content/notices/policy/2027-03-01  error  a version dated 2027-03-01 already exists — edit that version, or choose a later date\n',
    );
  });

  it('refuses a date that does not exist', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['version', 'policy', '--date', '2028-02-30'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('error: --date "2028-02-30" is not a real date: write it as YYYY-MM-DD, e.g. 2026-07-01');
  });
});
