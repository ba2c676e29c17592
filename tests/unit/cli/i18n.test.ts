// `npm run i18n -- status` and `done`: the translators' table, and marking a translation as up to date.

import fs from 'node:fs';
import path from 'node:path';
import { hashFile } from '../../helpers/compile.ts';
import { copyBasic } from '../checks/site.ts';
import { describe, expect, it } from 'vitest';
import { i18nProgram } from '../../../src/cli/i18n.ts';
import { noticeProgram } from '../../../src/cli/notice.ts';
import type { GitHistory } from '../../../src/lib/translation-status.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyFixture, editFile } from '../../helpers/fixtures.ts';

const read = (root: string, relative: string) => fs.readFileSync(path.join(root, relative), 'utf8');
const source = 'content/notices/policy/2027-03-01/en.mdx';
const swedish = 'content/notices/policy/2027-03-01/sv.mdx';

describe('i18n status', () => {
  it('prints a table of every notice version and translated locale, and counts each status', async () => {
    const cwd = copyBasic();
    const run = await runCli(i18nProgram, ['status'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 9)).toEqual([
      'notice   version     locale  status',
      'cookies  2025-01-01  sv      stale',
      'cookies  2025-01-01  fr      stale',
      'policy   2024-01-01  sv      stale',
      'policy   2024-01-01  fr      stale',
      'policy   2026-06-01  sv      stale',
      'policy   2026-06-01  fr      missing',
      'policy   2027-03-01  sv      stale',
      'policy   2027-03-01  fr      stale',
    ]);
    expect(run.stdout).toContain(
      '  policy 2024-01-01 fr: no record of the source it was translated from — once it matches the source, run npm run i18n -- done policy 2024-01-01 --locale fr\n',
    );
    expect(run.stdout.endsWith('\n0 done, 1 missing, 7 stale.\n')).toBe(true);
  });

  it('shows a translation as done after `done`, and as stale with the changed blocks after the source changes', async () => {
    const cwd = copyBasic();
    const translatedSource = read(cwd, source);
    expect((await runCli(i18nProgram, ['done', 'policy', '2027-03-01', '--locale', 'sv'], { cwd })).code).toBe(0);
    const done = await runCli(i18nProgram, ['status', '--notice', 'policy', '--locale', 'sv'], { cwd });
    expect(done.stdout).toContain('policy  2027-03-01  sv      done\n');

    editFile(cwd, source, 'We make no automated decisions about you.', 'We make no automated decisions about you, and never will.');
    // The history holds the source as it was when the translation was marked done.
    const git: GitHistory = {
      listRevisions: (file) => (file.endsWith(path.join('2027-03-01', 'en.mdx')) ? ['c0ffee'] : []),
      readRevision: (revision) => (revision === 'c0ffee' ? Buffer.from(translatedSource) : undefined),
    };
    const stale = await runCli(i18nProgram, ['status', '--notice', 'policy', '--locale', 'sv'], { cwd, git });
    expect(stale.stdout).toContain('policy  2027-03-01  sv      stale\n');
    expect(stale.stdout).toContain(
      '  policy 2027-03-01 sv: the en text changed since it was translated (1 block):\n' +
        '    changed  #automated-decisions  We make no automated decisions about you, and never will.\n',
    );
  });

  it('colours the statuses only for a terminal', async () => {
    const cwd = copyBasic();
    const tty = await runCli(i18nProgram, ['status', '--locale', 'fr'], { cwd, isTTY: true });
    expect(tty.stdout).toContain('\u001b[31mmissing\u001b[39m');
    const piped = await runCli(i18nProgram, ['status', '--locale', 'fr'], { cwd });
    expect(piped.stdout).not.toContain('\u001b[');
  });

  it('refuses the source locale as a filter', async () => {
    const cwd = copyBasic();
    const run = await runCli(i18nProgram, ['status', '--locale', 'en'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('content/site.yaml  error  "en" is the source language of every notice; translations are made from it — ask for one of sv, fr\n');
  });
});

describe('i18n done', () => {
  it('writes translatedFrom with the hash of the source text and changes no other byte', async () => {
    const cwd = copyBasic();
    const before = read(cwd, swedish);
    const run = await runCli(i18nProgram, ['done', 'policy', '2027-03-01', '--locale', 'sv'], { cwd });
    expect(run.code).toBe(0);
    const hash = hashFile(path.join(cwd, source));
    expect(read(cwd, swedish)).toBe(before.replace('material: false\n---\n', `material: false\ntranslatedFrom: ${hash}\n---\n`));
    expect(run.stdout).toBe(`Updated ${swedish}: translatedFrom: ${hash} (the current en text)\n`);
  });

  it('replaces an older translatedFrom line in place and keeps CRLF line endings', async () => {
    const cwd = copyBasic();
    const old = 'a'.repeat(64);
    const crlf = read(cwd, swedish).replace('title:', `translatedFrom: ${old}\ntitle:`).replace(/\n/g, '\r\n');
    fs.writeFileSync(path.join(cwd, swedish), crlf);
    await runCli(i18nProgram, ['done', 'policy', '2027-03-01', '--locale', 'sv'], { cwd });
    expect(read(cwd, swedish)).toBe(crlf.replace(old, hashFile(path.join(cwd, source))));
  });

  it('leaves the published-version lock as it is, since the lock ignores the translatedFrom line', async () => {
    const cwd = copyBasic();
    await runCli(noticeProgram, ['lock'], { cwd });
    const before = read(cwd, 'content/published.lock.json');
    const run = await runCli(i18nProgram, ['done', 'policy', '2024-01-01', '--locale', 'fr'], { cwd });
    expect(run.code).toBe(0);
    expect(read(cwd, 'content/notices/policy/2024-01-01/fr.mdx')).toMatch(/^translatedFrom: [0-9a-f]{64}$/m);
    expect(read(cwd, 'content/published.lock.json')).toBe(before);
  });

  it('says so and writes nothing when the translation is already marked', async () => {
    const cwd = copyBasic();
    await runCli(i18nProgram, ['done', 'policy', '2027-03-01', '--locale', 'sv'], { cwd });
    const marked = read(cwd, swedish);
    const again = await runCli(i18nProgram, ['done', 'policy', '2027-03-01', '--locale', 'sv'], { cwd });
    expect(again.stdout).toBe(`${swedish} is already marked as translated from the current en text.\n`);
    expect(read(cwd, swedish)).toBe(marked);
  });

  it('prints the change under --dry-run and writes nothing', async () => {
    const cwd = copyBasic();
    const before = read(cwd, swedish);
    const run = await runCli(i18nProgram, ['done', 'policy', '2027-03-01', '--locale', 'sv', '--dry-run'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `Dry run: nothing was written.\nWould update ${swedish}: translatedFrom: ${hashFile(path.join(cwd, source))} (the current en text)\n`,
    );
    expect(read(cwd, swedish)).toBe(before);
  });

  it('refuses the source locale and a translation that does not exist', async () => {
    const cwd = copyBasic();
    const sourceRun = await runCli(i18nProgram, ['done', 'policy', '2027-03-01', '--locale', 'en'], { cwd });
    expect(sourceRun.code).toBe(1);
    expect(sourceRun.stderr).toBe(
      `${source}  error  en is the source language of policy: it is the text translations are made from — mark a translation instead, e.g. --locale sv\n`,
    );
    const missing = await runCli(i18nProgram, ['done', 'policy', '2026-06-01', '--locale', 'fr'], { cwd });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'content/notices/policy/2026-06-01/fr.mdx  error  the version of 2026-06-01 has no fr translation — translate content/notices/policy/2026-06-01/en.mdx into that file first\n',
    );
  });
});
