// `npm run notice -- new <notice>`: scaffolds the first version of a notice and lists it in the sidebar.

import fs from 'node:fs';
import path from 'node:path';
import { defineCommand } from '../command.ts';
import { getBodyPlaceholder, getPlaceholders, getTitleFromSlug } from '../../lib/placeholders.ts';
import { CliProblem } from '../problems.ts';
import { planSidebarEntry } from '../steps/add-to-sidebar.ts';
import { requireNoticeSlug, requireRealDate } from '../steps/check-arguments.ts';
import { formatNoticeSource } from '../../lib/notice-file.ts';
import { loadSiteForCommand, requireLocale } from '../steps/load-site.ts';
import { planNoticeSettings } from '../steps/notice-settings.ts';
import { writePlannedFiles, type PlannedWrite } from '../steps/write-files.ts';

export const noticeNew = defineCommand({
  name: 'new',
  summary: 'Start a new notice: its first version and a sidebar entry',
  args: ['<notice>'],
  options: {
    title: { type: 'string', value: '"…"', description: 'Title in the source locale (default: made from the notice name)' },
    date: { type: 'string', value: 'YYYY-MM-DD', description: 'Effective date of the first version (default: PARAGRAF_NOW or today)' },
    locale: {
      type: 'string',
      value: '<locale>',
      description: "The notice's source language (default: the site's sourceLocale); another one is recorded in its notice.yaml",
    },
  },
  writes: true,
  description: [
    'Creates content/notices/<notice>/<date>/<source locale>.mdx with a title, a summary to replace and one section,\n' +
      'and appends "- notice: <notice>" to the first sidebar group in site.yaml, keeping its comments and layout.',
  ],
  examples: ['npm run notice -- new terms-of-use --title "Terms of use" --date 2026-07-01'],
  run(context) {
    const [slug] = context.args;
    requireNoticeSlug(slug);
    const date = context.options.date ?? context.settings().now;
    requireRealDate('--date', date);
    const site = loadSiteForCommand(context);
    const sourceLocale = context.options.locale ?? site.sourceLocale;
    requireLocale(site, sourceLocale, context.display);
    const noticeDir = path.join(site.contentDir, 'notices', slug);
    if (fs.existsSync(noticeDir)) {
      throw new CliProblem({
        file: context.display(noticeDir),
        severity: 'error',
        message: `notice "${slug}" already exists`,
        fix: `start a new version of it with "npm run notice -- version ${slug} --date YYYY-MM-DD", or choose another name`,
      });
    }
    const file = path.join(noticeDir, date, `${sourceLocale}.mdx`);
    const title = context.options.title ?? getTitleFromSlug(slug);
    const writes: PlannedWrite[] = [
      {
        absolutePath: file,
        content: formatNoticeSource({ title, summary: getPlaceholders(sourceLocale).summary }, `\n${getBodyPlaceholder(sourceLocale)}`),
      },
    ];
    if (sourceLocale !== site.sourceLocale) writes.push(planNoticeSettings(noticeDir, sourceLocale));
    const siteYaml = path.join(site.contentDir, 'site.yaml');
    const sidebarEntry = planSidebarEntry(site.contentDir, slug, site.sourceLocale);
    if (sidebarEntry) writes.push(sidebarEntry);
    writePlannedFiles(context, writes);
    if (!sidebarEntry) context.print(`${context.display(siteYaml)} already lists "${slug}" in its sidebar; it was left as it was.`);
    if (context.dryRun) return;
    const others = site.locales.filter((l) => l !== sourceLocale);
    context.print('');
    context.print('Next steps:');
    context.print(`  1. Write the notice in ${context.display(file)}: replace the summary and the placeholder section.`);
    if (others.length) {
      context.print(`  2. Add translations next to it as ${others.map((l) => `${l}.mdx`).join(', ')}.`);
    }
    context.print(`  ${others.length ? 3 : 2}. Run "npm run check".`);
  },
});
