// `npm run notice -- correct <notice> <date> --locale L --reason "…"`: records a correction of a published text.

import path from 'node:path';
import { getExpectedHash, getLockKey, recordCorrection, serializeLock } from '../../lib/published-lock.ts';
import { defineCommand } from '../command.ts';
import { CliProblem, UsageError } from '../problems.ts';
import { requireNoticeSlug, requireRealDate } from '../steps/check-arguments.ts';
import { findNotice, findVersion, loadSiteForCommand, requireLocale } from '../steps/load-site.ts';
import { loadLockForCommand } from '../steps/published-lock.ts';
import { writePlannedFiles } from '../steps/write-files.ts';

export const noticeCorrect = defineCommand({
  name: 'correct',
  summary: 'Record a correction of a published text, with its reason',
  args: ['<notice>', '<date>'],
  options: {
    locale: { type: 'string', value: '<locale>', description: 'The text that was corrected' },
    reason: { type: 'string', value: '"…"', description: 'Why it was changed, for the public record' },
  },
  required: ['locale', 'reason'],
  writes: true,
  description: [
    'Edit the published file first, then run this: it records the new hash in published.lock.json with the\n' +
      'reason and the date (PARAGRAF_NOW or today). Use it for corrections such as a typo; a change in substance\n' +
      'belongs in a new version ("npm run notice -- version").',
  ],
  examples: ['npm run notice -- correct privacy-notice 2025-05-15 --locale sv --reason "Corrected the DPO\'s e-mail address."'],
  run(context) {
    const [slug, date] = context.args;
    const locale = context.options.locale as string;
    const reason = (context.options.reason as string).trim();
    requireNoticeSlug(slug);
    requireRealDate('<date>', date);
    if (!reason) throw new UsageError('--reason needs a value');
    const site = loadSiteForCommand(context);
    requireLocale(site, locale, context.display);
    const version = findVersion(site, findNotice(site, slug, context.display), date, context.display);
    const text = version.texts[locale];
    const file = path.join(site.contentDir, 'notices', slug, date, `${locale}.mdx`);
    if (!text) {
      throw new CliProblem({
        file: context.display(file),
        severity: 'error',
        message: `the version of ${date} has no ${locale} text to correct`,
        fix: `check --locale; this version has ${Object.keys(version.texts).join(', ')}`,
      });
    }
    if (version.date > site.now) {
      throw new CliProblem({
        file: context.display(file),
        severity: 'error',
        message: `this version takes effect on ${date}, after ${site.now}, so it is not published yet`,
        fix: 'edit the file freely until it takes effect; no correction needs recording',
      });
    }
    const { absolutePath, lock } = loadLockForCommand(site.contentDir);
    const key = getLockKey(site.contentDir, text.absolutePath);
    const entry = lock.files[key];
    if (!entry) {
      throw new CliProblem({
        file: context.display(file),
        severity: 'error',
        message: `this text is not recorded in ${context.display(absolutePath)}, so there is no published hash to correct`,
        fix: 'run "npm run notice -- lock" to record the published texts, then edit and run this again',
      });
    }
    const sha256 = text.hash;
    if (sha256 === getExpectedHash(entry)) {
      throw new CliProblem({
        file: context.display(file),
        severity: 'error',
        message: 'this text is unchanged since it was published or last corrected',
        fix: 'make the correction in the file first, then record it',
      });
    }
    const updated = recordCorrection(lock, key, { date: context.settings().now, reason, sha256 });
    writePlannedFiles(context, [
      {
        absolutePath,
        content: serializeLock(updated),
        change: `recorded a correction of ${key} on ${context.settings().now}: ${reason}`,
      },
    ]);
  },
});
