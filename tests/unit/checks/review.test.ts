// The yearly review: a notice whose version in effect has gone more than 12 months without a review or
// a new version is warned about (Civ. Code §1798.130(a)(5)); `notice reviewed` records a review.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticeProgram } from '../../../src/cli/notice.ts';
import { inspectContent } from '../../../src/lib/checks/index.ts';
import { checkReviews } from '../../../src/lib/checks/review.ts';
import { loadSite } from '../../../src/lib/content.ts';
import { hashNoticeText, readNoticeFile } from '../../../src/lib/notice-file.ts';
import { addMonths } from '../../../src/lib/review.ts';
import { runCli } from '../../helpers/cli.ts';
import { copyFixture, editFile, markTranslationsDone, projectRoot } from '../../helpers/fixtures.ts';
import { fileOf } from './site.ts';

const SUPPLEMENT = 'content/notices/supplement/2025-03-01/en.mdx';
const PRIVACY = 'content/notices/privacy/2026-01-10/en.mdx';

/** The review warnings for a copy of the presentation fixture on `now`, as `file  message`. */
function reviews(root: string, now: string): string[] {
  return checkReviews(loadSite(path.join(root, 'content'), now)).map((p) => `${path.relative(root, path.resolve(p.file))}  ${p.severity}  ${p.message}`);
}

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2021-07-01', 12)).toBe('2022-07-01');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
  });
});

describe('the review check', () => {
  it('warns about a notice in effect for more than 12 months without a review, naming it and the date', () => {
    const root = copyFixture('presentation');
    const [problem] = checkReviews(loadSite(path.join(root, 'content'), '2026-12-01'));
    expect(problem).toEqual({
      file: fileOf(root, SUPPLEMENT),
      severity: 'warning',
      message: 'supplement has not been reviewed since 2025-03-01, when its version in effect took effect: more than 12 months ago',
      fix: 'review it and record the review with "npm run notice -- reviewed supplement", or publish a new version; California asks for a yearly update (Civ. Code §1798.130(a)(5)); the period is checks.review.months in site.yaml',
    });
  });

  it('says nothing about a notice reviewed recently, or in effect for 12 months or less', () => {
    const root = copyFixture('presentation');
    // The privacy notice took effect on 2026-01-10 and was reviewed on 2026-11-20; the supplement is 12 months old to the day.
    editFile(root, PRIVACY, 'reviewed: 2026-11-20', 'reviewed: 2026-02-20');
    expect(reviews(root, '2026-03-01')).toEqual([]);
    expect(reviews(root, '2026-03-02')).toEqual([`${SUPPLEMENT}  warning  supplement has not been reviewed since 2025-03-01, when its version in effect took effect: more than 12 months ago`]);
    expect(reviews(root, '2027-01-09')).toHaveLength(1);
  });

  it('counts from the last review when it is the later date, and names it', () => {
    const root = copyFixture('presentation');
    editFile(root, SUPPLEMENT, 'summary: Extra information for one region.\n', 'summary: Extra information for one region.\nreviewed: 2025-06-01\n');
    editFile(root, PRIVACY, 'reviewed: 2026-11-20\n', '');
    expect(reviews(root, '2026-06-01')).toEqual([]);
    expect(reviews(root, '2026-06-02')).toEqual([`${SUPPLEMENT}  warning  supplement was last reviewed on 2025-06-01: more than 12 months ago`]);
  });

  it('says when a published new version will replace the overdue one', () => {
    const root = copyFixture('presentation');
    editFile(root, PRIVACY, 'reviewed: 2026-11-20\n', '');
    const problem = checkReviews(loadSite(path.join(root, 'content'), '2027-01-20')).find((p) => p.file === fileOf(root, PRIVACY));
    expect(problem?.fix).toContain('or publish a new version (the version of 2027-02-01 replaces it only then)');
  });

  it('takes the period from checks.review.months in site.yaml', () => {
    const root = copyFixture('presentation');
    fs.appendFileSync(path.join(root, 'content/site.yaml'), '  review:\n    months: 24\n');
    expect(reviews(root, '2026-12-01')).toEqual([]);
    expect(reviews(root, '2027-03-02')).toEqual([`${SUPPLEMENT}  warning  supplement has not been reviewed since 2025-03-01, when its version in effect took effect: more than 24 months ago`]);
  });

  it('does not count a review in a translation, after the build date or before the version took effect, and says why', () => {
    const root = copyFixture('presentation');
    editFile(root, 'content/notices/supplement/2025-03-01/sv.mdx', 'summary: Extra information för en region.\n', 'summary: Extra information för en region.\nreviewed: 2026-11-01\n');
    editFile(root, SUPPLEMENT, 'summary: Extra information for one region.\n', 'summary: Extra information for one region.\nreviewed: 2025-01-01\n');
    editFile(root, PRIVACY, 'reviewed: 2026-11-20', 'reviewed: 2027-01-01');
    expect(reviews(root, '2026-12-01')).toEqual([
      `${SUPPLEMENT}  warning  supplement has not been reviewed since 2025-03-01, when its version in effect took effect: more than 12 months ago`,
      `${PRIVACY}  warning  "reviewed: 2027-01-01" is after the build date 2026-12-01, so it is not counted`,
      `${SUPPLEMENT}  warning  "reviewed: 2025-01-01" is before this version took effect on 2025-03-01, so it is not counted`,
      'content/notices/supplement/2025-03-01/sv.mdx  warning  "reviewed" is recorded in the source text only, so this one is not counted',
    ]);
  });

  it('refuses a review date that is not a real day', () => {
    const root = copyFixture('presentation');
    editFile(root, PRIVACY, 'reviewed: 2026-11-20', 'reviewed: 2026-02-30');
    expect(() => loadSite(path.join(root, 'content'), '2026-12-01')).toThrow(/"reviewed".*a real day written as YYYY-MM-DD/);
  });
});

describe('npm run notice -- reviewed', () => {
  it('records the review in the source text of the version in effect, without a new version or a new hash', async () => {
    const root = copyFixture('presentation');
    const file = path.join(root, SUPPLEMENT);
    const before = fs.readFileSync(file, 'utf8');
    const hashBefore = hashNoticeText(readNoticeFile(file, file, [])!);
    const run = await runCli(noticeProgram, ['reviewed', 'supplement'], { cwd: root, env: { PARAGRAF_NOW: '2026-12-01' } });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(`Updated ${SUPPLEMENT}: reviewed: 2026-12-01 (the version of 2025-03-01, in effect)\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe(before.replace('summary: Extra information for one region.\n', 'summary: Extra information for one region.\nreviewed: 2026-12-01\n'));
    expect(hashNoticeText(readNoticeFile(file, file, [])!)).toBe(hashBefore);
    expect(fs.readdirSync(path.join(root, 'content/notices/supplement'))).toEqual(['2025-03-01']);
    expect(reviews(root, '2026-12-01')).toEqual([]);
  });

  it('keeps the lock satisfied: npm run check finds no edited published text afterwards', async () => {
    const root = copyFixture('presentation');
    markTranslationsDone(root);
    await runCli(noticeProgram, ['reviewed', 'supplement', '--date', '2026-11-30'], { cwd: root, env: { PARAGRAF_NOW: '2026-12-01' } });
    const problems = inspectContent({ contentDir: path.join(root, 'content'), localesDir: path.join(projectRoot, 'locales'), now: '2026-12-01' }).problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('refuses a date in the future or before the version took effect, and a notice with nothing in effect', async () => {
    const root = copyFixture('presentation');
    const env = { PARAGRAF_NOW: '2026-12-01' };
    const future = await runCli(noticeProgram, ['reviewed', 'supplement', '--date', '2026-12-02'], { cwd: root, env });
    expect(future).toMatchObject({ code: 1 });
    expect(future.stderr).toBe(`${SUPPLEMENT}  error  --date 2026-12-02 is after today (2026-12-01) — record a review on the day it took place, or leave out --date for today\n`);
    const early = await runCli(noticeProgram, ['reviewed', 'supplement', '--date', '2025-02-28'], { cwd: root, env });
    expect(early.stderr).toBe(`${SUPPLEMENT}  error  the version in effect took effect on 2025-03-01, after the review of 2025-02-28 — give a review date on or after 2025-03-01\n`);
    const none = await runCli(noticeProgram, ['reviewed', 'privacy'], { cwd: root, env: { PARAGRAF_NOW: '2025-12-01' } });
    expect(none.stderr).toBe('content/notices/privacy  error  "privacy" has no version in effect on 2025-12-01, so there is nothing to review yet — review a notice once its first version has taken effect\n');
  });

  it('leaves a later review as it is', async () => {
    const root = copyFixture('presentation');
    const run = await runCli(noticeProgram, ['reviewed', 'privacy', '--date', '2026-11-01'], { cwd: root, env: { PARAGRAF_NOW: '2026-12-01' } });
    expect(run).toMatchObject({ code: 0, stdout: `${PRIVACY} already records a review on 2026-11-20.\n` });
  });

  it('writes nothing under --dry-run', async () => {
    const root = copyFixture('presentation');
    const before = fs.readFileSync(path.join(root, SUPPLEMENT), 'utf8');
    const run = await runCli(noticeProgram, ['reviewed', 'supplement', '--dry-run'], { cwd: root, env: { PARAGRAF_NOW: '2026-12-01' } });
    expect(run.stdout).toBe(`Dry run: nothing was written.\nWould update ${SUPPLEMENT}: reviewed: 2026-12-01 (the version of 2025-03-01, in effect)\n`);
    expect(fs.readFileSync(path.join(root, SUPPLEMENT), 'utf8')).toBe(before);
  });
});
