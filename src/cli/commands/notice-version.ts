// `npm run notice -- version <notice> --date D`: starts a new version from the latest source text.

import fs from 'node:fs';
import path from 'node:path';
import { defineCommand } from '../command.ts';
import { getPlaceholders } from '../../lib/placeholders.ts';
import { CliProblem } from '../problems.ts';
import { requireNoticeSlug, requireRealDate } from '../steps/check-arguments.ts';
import { setFrontmatterFields } from '../../lib/notice-file.ts';
import { findNotice, loadSiteForCommand } from '../steps/load-site.ts';
import { writePlannedFiles } from '../steps/write-files.ts';

export const noticeVersion = defineCommand({
  name: 'version',
  summary: 'Start a new version of a notice from its latest source text',
  args: ['<notice>'],
  options: {
    date: { type: 'string', value: 'YYYY-MM-DD', description: 'Effective date of the new version; after every existing one' },
  },
  required: ['date'],
  writes: true,
  description: [
    'Copies the latest source-locale text into content/notices/<notice>/<date>/, with "changes:" set to a\n' +
      'prompt you replace and "material: false". Translations of the new version then show as missing.',
  ],
  examples: ['npm run notice -- version privacy-notice --date 2026-09-01'],
  run(context) {
    const [slug] = context.args;
    requireNoticeSlug(slug);
    const date = context.options.date as string;
    requireRealDate('--date', date);
    const site = loadSiteForCommand(context);
    const notice = findNotice(site, slug, context.display);
    const noticeDir = path.join(site.contentDir, 'notices', slug);
    const versionDir = path.join(noticeDir, date);
    if (fs.existsSync(versionDir)) {
      throw new CliProblem({
        file: context.display(versionDir),
        severity: 'error',
        message: `a version dated ${date} already exists`,
        fix: 'edit that version, or choose a later date',
      });
    }
    // The new version follows the newest one, which is the current one unless a version is already scheduled.
    const latest = notice.versions.at(-1);
    if (!latest) throw new Error(`notice "${slug}" has no versions`);
    if (date <= latest.date) {
      throw new CliProblem({
        file: context.display(versionDir),
        severity: 'error',
        message: `${date} is not after the newest version, ${latest.date}`,
        fix: `choose a date after ${latest.date}; to fix a published text, use "npm run notice -- correct"`,
      });
    }
    const source = latest.texts[notice.sourceLocale];
    const file = path.join(versionDir, `${notice.sourceLocale}.mdx`);
    const placeholder = getPlaceholders(notice.sourceLocale).changes;
    const content = setFrontmatterFields(source.source, {
      changes: placeholder,
      material: false,
      translatedFrom: undefined,
    });
    writePlannedFiles(context, [{ absolutePath: file, content }]);
    if (context.dryRun) return;
    const others = site.locales.filter((l) => l !== notice.sourceLocale);
    context.print(`Copied from ${context.display(source.absolutePath)} (${latest.status} version).`);
    context.print('');
    context.print('Next steps:');
    context.print(`  1. Edit the text in ${context.display(file)}.`);
    context.print(`  2. Replace "changes: ${placeholder}" with what changed for readers, and set "material: true" if it affects their rights.`);
    if (others.length) {
      context.print(
        `  3. Translations (${others.join(', ')}) now show as missing for ${date}: see "npm run i18n -- status --notice ${slug}".`,
      );
    }
    context.print(`  ${others.length ? 4 : 3}. Run "npm run check".`);
  },
});
