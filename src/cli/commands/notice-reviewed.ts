// `npm run notice -- reviewed <notice> [--date D]`: records that the version in effect was reviewed and is still accurate.

import fs from 'node:fs';
import path from 'node:path';
import { isRealDate } from '../../lib/dates.ts';
import type { Problem } from '../../lib/errors.ts';
import { hashNoticeText, parseNoticeSource, readNoticeFile, setFrontmatterLine, withFileLineEndings } from '../../lib/notice-file.ts';
import { getCurrentVersion } from '../../lib/versions.ts';
import { defineCommand } from '../command.ts';
import { CliProblem, UsageError } from '../problems.ts';
import { requireNoticeSlug } from '../steps/check-arguments.ts';
import { findNotice, loadSiteForCommand } from '../steps/load-site.ts';
import { writePlannedFiles } from '../steps/write-files.ts';

export const noticeReviewed = defineCommand({
  name: 'reviewed',
  summary: 'Record that the version in effect was reviewed and is still accurate',
  args: ['<notice>'],
  options: {
    date: { type: 'string', value: 'YYYY-MM-DD', description: 'The day of the review (default: PARAGRAF_NOW or today)' },
  },
  writes: true,
  description: [
    'Writes "reviewed: <date>" into the source-language text of the version in effect and changes nothing\n' +
      'else: no new version, and the published text keeps its hash (the lock ignores the line). npm run check\n' +
      'warns when a notice has gone more than 12 months (checks.review.months) without a review or a new version.',
  ],
  examples: ['npm run notice -- reviewed ccpa-supplement', 'npm run notice -- reviewed privacy-notice --date 2026-11-30'],
  run(context) {
    const [slug] = context.args;
    requireNoticeSlug(slug);
    const { now } = context.settings();
    const date = context.options.date ?? now;
    if (!isRealDate(date)) throw new UsageError(`--date is "${date}", which is not a real day; write it as YYYY-MM-DD`);
    const site = loadSiteForCommand(context);
    const notice = findNotice(site, slug, context.display);
    const version = getCurrentVersion(notice.versions, site.now);
    const noticeDir = path.join(site.contentDir, 'notices', slug);
    if (!version) {
      throw new CliProblem({
        file: context.display(noticeDir),
        severity: 'error',
        message: `"${slug}" has no version in effect on ${site.now}, so there is nothing to review yet`,
        fix: 'review a notice once its first version has taken effect',
      });
    }
    const file = path.join(noticeDir, version.date, `${version.sourceLocale}.mdx`);
    if (date > now) {
      throw new CliProblem({
        file: context.display(file),
        severity: 'error',
        message: `--date ${date} is after today (${now})`,
        fix: 'record a review on the day it took place, or leave out --date for today',
      });
    }
    if (date < version.date) {
      throw new CliProblem({
        file: context.display(file),
        severity: 'error',
        message: `the version in effect took effect on ${version.date}, after the review of ${date}`,
        fix: `give a review date on or after ${version.date}`,
      });
    }
    // Read from disk rather than the loaded site, so a file the content check rejects elsewhere can still be marked.
    const problems: Problem[] = [];
    const text = fs.existsSync(file) ? readNoticeFile(file, context.display(file), problems) : undefined;
    if (!text) throw new CliProblem(problems);
    if (text.data.reviewed !== undefined && text.data.reviewed >= date) {
      context.print(`${context.display(file)} already records a review on ${text.data.reviewed}.`);
      return;
    }
    const content = setFrontmatterLine(text.source, 'reviewed', date);
    const written = parseNoticeSource(content, text.file, []);
    // The review is a record about the text, never an edit of it: the hash the lock keeps must not move.
    if (!written || hashNoticeText(written) !== hashNoticeText(text)) {
      throw new Error(`Recording the review would change the published text of ${text.file}.`);
    }
    writePlannedFiles(context, [
      { absolutePath: file, content: withFileLineEndings(content, text), change: `reviewed: ${date} (the version of ${version.date}, in effect)` },
    ]);
  },
});
