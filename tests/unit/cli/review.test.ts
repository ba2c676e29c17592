// `npm run review -- --base <ref>`: the pull-request summary, read from a repository made in the test.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18nProgram } from '../../../src/cli/i18n.ts';
import { noticeProgram } from '../../../src/cli/notice.ts';
import { reviewProgram } from '../../../src/cli/review.ts';
import { inspectContent } from '../../../src/lib/checks/index.ts';
import { createMainBranch } from '../../../src/lib/git.ts';
import { runCli, runSingleCommandCli } from '../../helpers/cli.ts';
import { copyFixture, editFile, projectRoot, writeFile } from '../../helpers/fixtures.ts';

const NOW = '2026-12-01';
const localesDir = path.join(projectRoot, 'locales');
const env = { PARAGRAF_LOCALES: localesDir, PARAGRAF_NOW: NOW };
const UPCOMING_EN = 'content/notices/policy/2027-03-01/en.mdx';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, stdio: 'pipe' }).toString('utf8').trim();
}

/**
 * The basic fixture as a repository: on main, the base, with the policy's upcoming Swedish and French
 * translations marked done; on a branch, one commit that changes a paragraph of its English text.
 */
async function makeRepository(): Promise<string> {
  const dir = copyFixture('basic');
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'editor@fixture.example');
  git(dir, 'config', 'user.name', 'Editor');
  for (const locale of ['sv', 'fr']) {
    const done = await runCli(i18nProgram, ['done', 'policy', '2027-03-01', '--locale', locale], { cwd: dir, env });
    expect(done.code).toBe(0);
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Base');
  git(dir, 'checkout', '-q', '-b', 'edit');
  editFile(dir, UPCOMING_EN, 'We make no automated decisions about you.', 'We make no automated decisions that affect you.');
  git(dir, 'commit', '-q', '-am', 'Automated decisions: say which');
  return dir;
}

function review(dir: string, argv: string[] = ['--base', 'main']) {
  return runSingleCommandCli(reviewProgram, argv, { cwd: dir, env, mainBranch: createMainBranch('main') });
}

/** What `npm run check` finds in the working tree, counted as the summary's first line counts it. */
function countProblems(dir: string): string {
  const { problems } = inspectContent({ contentDir: path.join(dir, 'content'), localesDir, now: NOW, mainBranch: createMainBranch('main') });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** The lines from the one that equals `first` up to, not including, the next line starting with `until`. */
function linesFrom(output: string, first: string, until: string): string[] {
  const lines = output.split('\n');
  const start = lines.indexOf(first);
  expect(start, `"${first}" in:\n${output}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line.startsWith(until));
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('npm run review', () => {
  it('shows a changed paragraph of a text: its entry, whether the change is material, its redline, and the translations it makes stale', async () => {
    const dir = await makeRepository();
    const run = await review(dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '# Review of content changes',
      '',
      `1 text changed in 1 notice; check: ${countProblems(dir)}.`,
      '',
      `Compared with <code>main</code> (commit ${git(dir, 'rev-parse', 'main').slice(0, 12)}) on the build date 2026-12-01. ` +
        'In the redlines, removed words are <del>struck through</del> and added words <ins>underlined</ins>.',
    ]);
    expect(linesFrom(run.stdout, '## Notice texts', '## Translations')).toEqual([
      '## Notice texts',
      '',
      '### Privacy policy (policy)',
      '',
      '#### 2027-03-01 · en · changed',
      '',
      '- **File:** <code>content/notices/policy/2027-03-01/en.mdx</code>',
      '- **Effective date:** 2027-03-01',
      '- **Status:** upcoming',
      '- **Kind of change:** editorial',
      '- **What changed:** We added a section on automated decisions.',
      '',
      '<details><summary>Redline against the text at the base: 1 section changed, 2 words added, 1 word removed, 1 block changed</summary>',
      '',
      '##### Automated decisions',
      '',
      'We make no automated decisions <del>about</del><ins>that affect</ins> you.',
      '',
      '<em>… 1 unchanged passage</em>',
      '',
      '</details>',
      '',
    ]);
    const translations = linesFrom(run.stdout, '## Translations to update', '## Check');
    expect(translations.slice(0, 4)).toEqual(['## Translations to update', '', '- policy 2027-03-01 — sv, fr: stale', '']);
    // Translations behind before the change are counted, not listed as the change's doing.
    expect(translations[4]).toMatch(/^\d+ other translations were already stale or missing at the base; <code>npm run i18n -- status<\/code> lists them\.$/);
    expect(linesFrom(run.stdout, '## Corrections recorded', '##')).toEqual(['## Corrections recorded', '', 'None.', '']);
  });

  it('shows a new version that is not on the main branch yet as a draft, redlined against the version before it, its translations missing', async () => {
    const dir = await makeRepository();
    const upcoming = fs.readFileSync(path.join(dir, UPCOMING_EN), 'utf8');
    writeFile(
      dir,
      'content/notices/policy/2028-01-01/en.mdx',
      upcoming
        .replace('changes: We added a section on automated decisions.', 'changes: We now keep account data for six months.')
        .replace('material: false', 'material: true')
        .replace('| Account | 1 year |', '| Account | 6 months |'),
    );
    const run = await review(dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[2]).toMatch(/^2 texts changed in 1 notice; check: /);
    expect(linesFrom(run.stdout, '#### 2028-01-01 · en · added', '## Translations')).toEqual([
      '#### 2028-01-01 · en · added',
      '',
      '- **File:** <code>content/notices/policy/2028-01-01/en.mdx</code>',
      '- **Effective date:** 2028-01-01',
      '- **Status:** draft: not on the main branch yet; upcoming once merged',
      '- **Kind of change:** material',
      '- **What changed:** We now keep account data for six months.',
      '',
      '<details><summary>Redline against the version of 2027-03-01: 1 section changed, 2 words added, 2 words removed, 1 block changed</summary>',
      '',
      '##### Automated decisions',
      '',
      '<em>… 1 unchanged passage</em>',
      '',
      '| Data | Retention |',
      '| --- | --- |',
      '| Account | <del>1 year</del><ins>6 months</ins> |',
      '',
      '</details>',
      '',
    ]);
    expect(linesFrom(run.stdout, '## Translations to update', '## Check').slice(2, 4)).toEqual([
      '- policy 2027-03-01 — sv, fr: stale',
      '- policy 2028-01-01 — sv, fr: missing (new version)',
    ]);
  });

  it('lists the check\'s errors but exits 0 when a published text was edited, and shows the correction once recorded', async () => {
    const dir = await makeRepository();
    const published = 'content/notices/policy/2026-06-01/en.mdx';
    editFile(dir, published, 'You may complain to the authority.', 'You may complain to the supervisory authority.');
    editFile(dir, UPCOMING_EN, 'that affect you.', 'that affect you. Some of them might be checked.');
    const run = await review(dir);
    expect(run.code).toBe(0);
    expect(linesFrom(run.stdout, '#### 2026-06-01 · en · changed', '<details>').slice(0, 8)).toEqual([
      '#### 2026-06-01 · en · changed',
      '',
      '- **File:** <code>content/notices/policy/2026-06-01/en.mdx</code>',
      '- **Effective date:** 2026-06-01',
      '- **Status:** current',
      '- **Kind of change:** material',
      '- **What changed:** We now keep account data for one year instead of two, and added the right to portability.',
      '',
    ]);
    expect(run.stdout).toContain('You may complain to the <ins>supervisory </ins>authority.');
    const check = linesFrom(run.stdout, '### Errors', '##');
    expect(check[2]).toBe(
      '- <code>content/notices/policy/2026-06-01/en.mdx:1:1</code> this text was published on 2026-06-01 and has been edited since (it no longer matches published.lock.json) — ' +
        '**Fix:** undo the edit and put the change in a new dated version, or, for a correction such as a typo, record it with npm run notice -- correct policy 2026-06-01 --locale en --reason "…"',
    );

    // Warnings in the files the change touches are listed; the others are folded away.
    const touched = linesFrom(run.stdout, '### Warnings in the files this change touches', '<details>');
    expect(touched.length).toBeGreaterThan(3);
    for (const line of touched.slice(2, -1)) expect(line).toMatch(/^- <code>content\/notices\/policy\/2027-03-01\/en\.mdx:\d+:\d+<\/code> "(Some|might)" weakens a commitment/);
    // The cookie policy's yearly review, and the translations of the fixture that record no source text
    // or were made from the English texts before this change (the translation check's warnings).
    expect(run.stdout).toContain('<details><summary>8 warnings in files this change does not touch</summary>');
    expect(run.stdout).toContain('<code>content/notices/policy/2026-06-01/sv.mdx</code> this translation does not record which en text it was made from');
    expect(run.stdout).toMatch(/\n- <code>content\/notices\/cookies\/2025-01-01\/en\.mdx<\/code> cookies has not been reviewed since 2025-01-01/);

    const corrected = await runCli(noticeProgram, ['correct', 'policy', '2026-06-01', '--locale', 'en', '--reason', 'Named the *supervisory* authority.'], { cwd: dir, env });
    expect(corrected.code).toBe(0);
    const after = await review(dir);
    expect(after.stdout).not.toContain('### Errors');
    expect(linesFrom(after.stdout, '## Corrections recorded', '##')).toEqual([
      '## Corrections recorded',
      '',
      '- policy 2026-06-01 · en — corrected on 2026-12-01: Named the \\*supervisory\\* authority.',
      '',
    ]);
    expect(linesFrom(after.stdout, '## Other content files', '##')).toEqual(['## Other content files', '', '- <code>content/published.lock.json</code> changed', '']);
  });

  it('shows a translation marked done as a change of record only, and a removed text as removed', async () => {
    const dir = await makeRepository();
    const done = await runCli(i18nProgram, ['done', 'policy', '2026-06-01', '--locale', 'sv'], { cwd: dir, env });
    expect(done.code).toBe(0);
    fs.rmSync(path.join(dir, 'content/notices/cookies/2025-01-01/fr.mdx'));
    const run = await review(dir);
    expect(run.stdout.split('\n')[2]).toMatch(/^3 texts changed in 2 notices; check: /);
    expect(linesFrom(run.stdout, '### Cookie policy (cookies)', '### ')).toEqual([
      '### Cookie policy (cookies)',
      '',
      '#### 2025-01-01 · fr · removed',
      '',
      '- **File:** <code>content/notices/cookies/2025-01-01/fr.mdx</code>',
      '- **Effective date:** 2025-01-01',
      '- **Status:** current (at the base)',
      '',
      'This text is removed.',
      '',
    ]);
    expect(linesFrom(run.stdout, '#### 2026-06-01 · sv · changed', '#### ')).toEqual([
      '#### 2026-06-01 · sv · changed',
      '',
      '- **File:** <code>content/notices/policy/2026-06-01/sv.mdx</code>',
      '- **Effective date:** 2026-06-01',
      '- **Status:** current',
      '- **Kind of change:** material',
      '- **What changed:** Vi sparar nu kontouppgifter i ett år i stället för två och har lagt till rätten till dataportabilitet.',
      '- **Frontmatter changed:**',
      '  - translatedFrom: added',
      '',
      'The text readers get is unchanged: only record-keeping fields changed.',
      '',
    ]);
  });

  it('escapes a hostile text so it cannot close the summary\'s elements or add its own', async () => {
    const dir = await makeRepository();
    editFile(dir, UPCOMING_EN, 'title: Privacy policy', 'title: "</details><script>alert(1)</script>"');
    editFile(dir, UPCOMING_EN, 'changes: We added a section on automated decisions.', 'changes: "</summary></details><img src=x onerror=alert(1)>"');
    editFile(dir, UPCOMING_EN, 'that affect you.', 'that affect you \\</details>\\<script>alert(2)\\</script>.');
    const run = await review(dir);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/<script|<img|<\/summary><\/details>/);
    expect(run.stdout.match(/<details>/g)?.length).toBe(run.stdout.match(/<\/details>/g)?.length);
    expect(run.stdout).toContain('### &lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt; (policy)');
    expect(run.stdout).toContain('- **What changed:** &lt;/summary&gt;&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(run.stdout).toContain('  - title: <del>Privacy policy</del><ins>&lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt;</ins>');
    expect(run.stdout).toContain('<ins> &lt;/details&gt;&lt;script&gt;alert(2)&lt;/script&gt;</ins>');
  });

  it('still writes the summary, exit 0, when the content cannot be read, with the check saying why', async () => {
    const dir = await makeRepository();
    fs.appendFileSync(path.join(dir, 'content/site.yaml'), '  - not a sidebar group\n');
    const run = await review(dir);
    expect(run.code).toBe(0);
    expect(linesFrom(run.stdout, '#### 2027-03-01 · en · changed', '## Check')).toEqual([
      '#### 2027-03-01 · en · changed',
      '',
      '- **File:** <code>content/notices/policy/2027-03-01/en.mdx</code>',
      '- The content could not be read far enough to show this text; the check below says why.',
      '',
      '## Translations to update',
      '',
      'Unknown until the content can be read; the check below says why.',
      '',
    ]);
    expect(linesFrom(run.stdout, '### Errors', '##')[2]).toMatch(/^- <code>content\/site\.yaml:\d+:\d+<\/code> "sidebar\\\[2\\\]" should be object/);
    expect(linesFrom(run.stdout, '## Other content files', '##')).toEqual(['## Other content files', '', '- <code>content/site.yaml</code> changed', '']);
  });

  it('writes the summary to --output and says where', async () => {
    const dir = await makeRepository();
    const run = await review(dir, ['--base', 'main', '--output', 'review.md']);
    expect(run.code).toBe(0);
    const written = fs.readFileSync(path.join(dir, 'review.md'), 'utf8');
    expect(run.stdout).toBe(`Wrote the review summary to review.md (${Buffer.byteLength(written)} bytes).\n`);
    expect(written.split('\n')[0]).toBe('# Review of content changes');
    expect(written).toContain('- policy 2027-03-01 — sv, fr: stale');
    const nowhere = await review(dir, ['--base', 'main', '--output', 'no-such-folder/review.md']);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toBe(
      'no-such-folder/review.md  error  the summary cannot be written here (ENOENT) — give --output a file in a folder that exists and that you may write to\n',
    );
  });

  it('refuses a base that is not a commit here, saying how to fetch it', async () => {
    const dir = await makeRepository();
    const run = await review(dir, ['--base', 'origin/main']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      '--base  error  "origin/main" is not a commit of the repository at . — name a branch, tag or commit that exists here; ' +
        'a remote branch must be fetched first (git fetch origin main), and in GitHub Actions actions/checkout needs "fetch-depth: 0" so the base branch is there\n',
    );
    // A ref that reads as an option of git is never passed on as one.
    const option = await review(dir, ['--base=--output=review.md']);
    expect(option.code).toBe(1);
    expect(option.stderr).toMatch(/^--base {2}error {2}"--output=review\.md" is not a commit of the repository at \. — /);
    expect(fs.existsSync(path.join(dir, 'review.md'))).toBe(false);
  });

  it('needs --base, and shows its usage without a command name', async () => {
    const dir = await makeRepository();
    const run = await review(dir, []);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').slice(0, 3)).toEqual([
      'error: missing --base',
      '',
      'Usage: npm run review -- --base <git ref> [--output <file>] [--max-bytes <bytes>]',
    ]);
  });
});
