// `npm run notice -- lock` and `correct`: recording published texts and corrections of them.

import fs from 'node:fs';
import path from 'node:path';
import { hashFile } from '../../helpers/compile.ts';
import { copyBasic } from '../checks/site.ts';
import { describe, expect, it } from 'vitest';
import { noticeProgram } from '../../../src/cli/notice.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyFixture, editFile } from '../../helpers/fixtures.ts';

const read = (root: string, relative: string) => fs.readFileSync(path.join(root, relative), 'utf8');
const lockFile = 'content/published.lock.json';
const swedish = 'content/notices/policy/2024-01-01/sv.mdx';

describe('notice lock', () => {
  it('records every text in effect on the build date, and none that is upcoming', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['lock'], { cwd });
    expect(run.code).toBe(0);
    const lock = JSON.parse(read(cwd, lockFile));
    expect(Object.keys(lock.files)).toEqual([
      'notices/cookies/2025-01-01/en.mdx',
      'notices/cookies/2025-01-01/fr.mdx',
      'notices/cookies/2025-01-01/sv.mdx',
      'notices/policy/2024-01-01/en.mdx',
      'notices/policy/2024-01-01/fr.mdx',
      'notices/policy/2024-01-01/sv.mdx',
      'notices/policy/2026-06-01/en.mdx',
      'notices/policy/2026-06-01/sv.mdx',
    ]);
    expect(lock.files['notices/policy/2024-01-01/sv.mdx']).toEqual({ sha256: hashFile(path.join(cwd, swedish)) });
    expect(run.stdout.split('\n')[0]).toBe('Created content/published.lock.json');
  });

  it('never overwrites an existing entry, even for a file edited since', async () => {
    const cwd = copyBasic();
    await runCli(noticeProgram, ['lock'], { cwd });
    const before = read(cwd, lockFile);
    editFile(cwd, swedish, 'Konto', 'Användarkonto');
    const run = await runCli(noticeProgram, ['lock'], { cwd });
    expect(run.stdout).toBe('All published texts are already locked (8 in content/published.lock.json); nothing to do.\n');
    expect(read(cwd, lockFile)).toBe(before);
    const later = await runCli(noticeProgram, ['lock'], { cwd, env: { PARAGRAF_NOW: '2027-03-01' } });
    expect(later.stdout).toBe('Updated content/published.lock.json: recorded 3 published texts\n' +
      '  notices/policy/2027-03-01/en.mdx\n  notices/policy/2027-03-01/fr.mdx\n  notices/policy/2027-03-01/sv.mdx\n');
    expect(JSON.parse(read(cwd, lockFile)).files['notices/policy/2024-01-01/sv.mdx']).toEqual(JSON.parse(before).files['notices/policy/2024-01-01/sv.mdx']);
  });

  it('writes nothing under --dry-run', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['lock', '--dry-run'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual(['Dry run: nothing was written.', 'Would create content/published.lock.json:', '{']);
    expect(fs.existsSync(path.join(cwd, lockFile))).toBe(false);
  });
});

describe('notice correct', () => {
  it('records the new hash with the reason and PARAGRAF_NOW as the date', async () => {
    const cwd = copyBasic();
    await runCli(noticeProgram, ['lock'], { cwd });
    editFile(cwd, swedish, 'Du kan klaga hos myndigheten.', 'Du kan klaga hos Integritetsskyddsmyndigheten.');
    const run = await runCli(
      noticeProgram,
      ['correct', 'policy', '2024-01-01', '--locale', 'sv', '--reason', 'Named the authority.'],
      { cwd, env: { PARAGRAF_NOW: '2026-12-02' } },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Updated content/published.lock.json: recorded a correction of notices/policy/2024-01-01/sv.mdx on 2026-12-02: Named the authority.\n',
    );
    const entry = JSON.parse(read(cwd, lockFile)).files['notices/policy/2024-01-01/sv.mdx'];
    expect(entry.corrections).toEqual([{ date: '2026-12-02', reason: 'Named the authority.', sha256: hashFile(path.join(cwd, swedish)) }]);
    // Keys sorted, two spaces, a final newline: the shared format.
    expect(read(cwd, lockFile)).toContain('"corrections": [\n        {\n          "date": "2026-12-02",\n          "reason"');
  });

  it('refuses a text that has not changed, one that is not locked, and one not yet published', async () => {
    const cwd = copyBasic();
    const notLocked = await runCli(noticeProgram, ['correct', 'policy', '2024-01-01', '--locale', 'sv', '--reason', 'x'], { cwd });
    expect(notLocked.stderr).toBe(
      `${swedish}  error  this text is not recorded in content/published.lock.json, so there is no published hash to correct — run "npm run notice -- lock" to record the published texts, then edit and run this again\n`,
    );
    await runCli(noticeProgram, ['lock'], { cwd });
    const unchanged = await runCli(noticeProgram, ['correct', 'policy', '2024-01-01', '--locale', 'sv', '--reason', 'x'], { cwd });
    expect(unchanged.code).toBe(1);
    expect(unchanged.stderr).toBe(
      `${swedish}  error  this text is unchanged since it was published or last corrected — make the correction in the file first, then record it\n`,
    );
    const upcoming = await runCli(noticeProgram, ['correct', 'policy', '2027-03-01', '--locale', 'sv', '--reason', 'x'], { cwd });
    expect(upcoming.stderr).toBe(
      'content/notices/policy/2027-03-01/sv.mdx  error  this version takes effect on 2027-03-01, after 2026-12-01, so it is not published yet — edit the file freely until it takes effect; no correction needs recording\n',
    );
  });

  it('writes nothing under --dry-run', async () => {
    const cwd = copyBasic();
    await runCli(noticeProgram, ['lock'], { cwd });
    const before = read(cwd, lockFile);
    editFile(cwd, swedish, 'Konto', 'Användarkonto');
    const run = await runCli(noticeProgram, ['correct', 'policy', '2024-01-01', '--locale', 'sv', '--reason', 'Clearer.', '--dry-run'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe(
      'Would update content/published.lock.json: recorded a correction of notices/policy/2024-01-01/sv.mdx on 2026-12-01: Clearer.',
    );
    expect(read(cwd, lockFile)).toBe(before);
  });

  it('needs a reason with words in it', async () => {
    const cwd = copyBasic();
    const run = await runCli(noticeProgram, ['correct', 'policy', '2024-01-01', '--locale', 'sv', '--reason', '  '], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('error: --reason needs a value');
  });
});
