// `npm run i18n -- done <notice> <date> --locale L`: records that a translation matches the current source text.

import fs from 'node:fs';
import path from 'node:path';
import { defineCommand } from '../command.ts';
import { CliProblem } from '../problems.ts';
import { requireNoticeSlug, requireRealDate } from '../steps/check-arguments.ts';
import type { Problem } from '../../lib/errors.ts';
import { readNoticeFile, setFrontmatterLine, withFileLineEndings } from '../../lib/notice-file.ts';
import { findNotice, findVersion, loadSiteForCommand, requireLocale } from '../steps/load-site.ts';
import { writePlannedFiles, type PlannedWrite } from '../steps/write-files.ts';

export const i18nDone = defineCommand({
  name: 'done',
  summary: 'Mark a translation as made from the current source text',
  args: ['<notice>', '<date>'],
  options: {
    locale: { type: 'string', value: '<locale>', description: 'The translation to mark' },
  },
  required: ['locale'],
  writes: true,
  description: [
    'Writes "translatedFrom: <hash of the source text>" into the translation\'s frontmatter and changes nothing\n' +
      'else in the file. Run it when the translation says everything the source text of that version says.\n' +
      'The published-version lock ignores that line, so marking a published translation is not an edit of it.',
  ],
  examples: ['npm run i18n -- done privacy-notice 2025-05-15 --locale sv'],
  run(context) {
    const [slug, date] = context.args;
    const locale = context.options.locale as string;
    requireNoticeSlug(slug);
    requireRealDate('<date>', date);
    const site = loadSiteForCommand(context);
    requireLocale(site, locale, context.display);
    const notice = findNotice(site, slug, context.display);
    const version = findVersion(site, notice, date, context.display);
    const sourceLocale = notice.sourceLocale;
    const file = path.join(site.contentDir, 'notices', slug, date, `${locale}.mdx`);
    if (locale === sourceLocale) {
      throw new CliProblem({
        file: context.display(file),
        severity: 'error',
        message: `${locale} is the source language of ${slug}: it is the text translations are made from`,
        fix: `mark a translation instead, e.g. --locale ${site.locales.find((l) => l !== sourceLocale) ?? 'sv'}`,
      });
    }
    // Read from disk rather than the loaded site, so a file the content check rejects can still be marked.
    if (!fs.existsSync(file)) {
      throw new CliProblem({
        file: context.display(file),
        severity: 'error',
        message: `the version of ${date} has no ${locale} translation`,
        fix: `translate ${context.display(version.texts[sourceLocale].absolutePath)} into that file first`,
      });
    }
    const problems: Problem[] = [];
    const text = readNoticeFile(file, context.display(file), problems);
    if (!text) throw new CliProblem(problems);
    const hash = version.texts[sourceLocale].hash;
    if (text.data.translatedFrom === hash) {
      context.print(`${context.display(file)} is already marked as translated from the current ${sourceLocale} text.`);
      return;
    }
    const content = withFileLineEndings(setFrontmatterLine(text.source, 'translatedFrom', hash), text);
    const writes: PlannedWrite[] = [
      { absolutePath: file, content, change: `translatedFrom: ${hash} (the current ${sourceLocale} text)` },
    ];
    writePlannedFiles(context, writes);
  },
});

