// `npm run notice -- diff`: the redline between two versions, coloured only for a terminal.

import { copyBasic } from '../checks/site.ts';
import { describe, expect, it } from 'vitest';
import { noticeProgram } from '../../../src/cli/notice.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyFixture } from '../../helpers/fixtures.ts';

const cwd = copyBasic();
const ESCAPE = '\u001b[';

describe('notice diff', () => {
  it('compares the newest version, upcoming or not, with the one before it in the source language by default', async () => {
    const run = await runCli(noticeProgram, ['diff', 'policy'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Redline: policy (en) 2026-06-01 → 2027-03-01');
    expect(run.stdout).toContain('Automated decisions');
    const current = await runCli(noticeProgram, ['diff', 'policy', '--to', '2026-06-01'], { cwd });
    expect(current.stdout.split('\n')[0]).toBe('Redline: policy (en) 2024-01-01 → 2026-06-01');
    expect(current.stdout).toContain('{+move your data to another service;+}');
    expect(run.stdout).not.toContain(ESCAPE);
    expect(run.stderr).toBe('');
  });

  it('compares the versions and locale given with --from, --to and --locale', async () => {
    const run = await runCli(noticeProgram, ['diff', 'policy', '--locale', 'sv', '--from', '2026-06-01', '--to', '2027-03-01'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Redline: policy (sv) 2026-06-01 → 2027-03-01');
    expect(run.stdout).toContain('Automatiserade beslut');
  });

  it('colours a terminal unless NO_COLOR is set, and a pipe when FORCE_COLOR is set', async () => {
    expect((await runCli(noticeProgram, ['diff', 'policy'], { cwd, isTTY: true })).stdout).toContain(ESCAPE);
    expect((await runCli(noticeProgram, ['diff', 'policy'], { cwd, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESCAPE);
    expect((await runCli(noticeProgram, ['diff', 'policy'], { cwd, env: { FORCE_COLOR: '1' } })).stdout).toContain(ESCAPE);
  });

  it('prints the redline as Markdown with --format markdown: sections, lists and tables kept, links to the published site', async () => {
    const run = await runCli(noticeProgram, ['diff', 'policy', '--to', '2026-06-01', '--format', 'markdown'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      '## Redline: policy (en) 2024-01-01 → 2026-06-01',
      '',
      '2 sections changed, 8 words added, 9 words removed, 3 blocks changed',
      '',
      '### Who we are',
      '',
      'We are the fixture organisation. Write to <a href="mailto:privacy@fixture.example">privacy@fixture.example</a>.<del> We also answer letters sent by fax.</del>',
      '',
      '### Your rights',
      '',
      '<em>… 1 unchanged passage</em>',
      '',
      '- access your data;',
      '- <ins>move your data to another service;</ins>',
      '- delete your data.',
      '',
      '#### Complaints',
      '',
      '<em>… 1 unchanged passage</em>',
      '',
      '| Data | Retention |',
      '| --- | --- |',
      '| Account | <del>2 years</del><ins>1 year</ins> |',
      '',
    ]);
    const upcoming = await runCli(noticeProgram, ['diff', 'policy', '--format', 'markdown'], { cwd, isTTY: true });
    expect(upcoming.stdout).toContain(
      'You may complain to the authority. See also the <a href="https://legal.fixture.example/en/cookies/">cookie policy</a>.' +
        '<ins> The <a href="https://authority.fixture.example/guidance">authority’s guidance</a> explains your rights.</ins>',
    );
    // Markdown is for pasting, never coloured.
    expect(upcoming.stdout).not.toContain(ESCAPE);
  });

  it('prints the terminal redline with --format text, as without --format, and refuses other formats', async () => {
    const text = await runCli(noticeProgram, ['diff', 'policy', '--format', 'text'], { cwd });
    expect(text.code).toBe(0);
    expect(text.stdout).toBe((await runCli(noticeProgram, ['diff', 'policy'], { cwd })).stdout);
    expect(text.stdout.split('\n')[0]).toBe('Redline: policy (en) 2026-06-01 → 2027-03-01');
    const html = await runCli(noticeProgram, ['diff', 'policy', '--format', 'html'], { cwd });
    expect(html.code).toBe(2);
    expect(html.stderr.split('\n')[0]).toBe('error: --format "html" is not a format: use text or markdown');
  });

  it('names the version that lacks the locale', async () => {
    const run = await runCli(noticeProgram, ['diff', 'policy', '--locale', 'fr'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'content/notices/policy/2026-06-01/fr.mdx  error  the version of 2026-06-01 has no fr text — compare versions that have one (fr: 2024-01-01, 2027-03-01), or use another --locale\n',
    );
  });

  it('explains that a first version has nothing before it', async () => {
    const run = await runCli(noticeProgram, ['diff', 'cookies'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'content/notices/cookies/2025-01-01  error  2025-01-01 is the first version of "cookies", so there is nothing before it to compare with — pick two versions with --from and --to (versions: 2025-01-01)\n',
    );
  });

  it('refuses --from that is not before --to, and a version that does not exist', async () => {
    const order = await runCli(noticeProgram, ['diff', 'policy', '--from', '2027-03-01', '--to', '2024-01-01'], { cwd });
    expect(order.stderr).toBe(
      'content/notices/policy/2027-03-01  error  --from 2027-03-01 is not before --to 2024-01-01 — give the older version as --from and the newer one as --to\n',
    );
    const unknown = await runCli(noticeProgram, ['diff', 'policy', '--from', '2025-01-01'], { cwd });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(
      'content/notices/policy/2025-01-01  error  notice "policy" has no version dated 2025-01-01 — use one of its versions: 2024-01-01, 2026-06-01, 2027-03-01\n',
    );
  });
});
