// `npm run i18n -- status`: which translations are done, missing or stale, and what changed in the source since.

import type { Site } from '../../lib/content.ts';
import {
  explainStale,
  getTranslationStatuses,
  type TranslationState,
  type TranslationStatus,
} from '../../lib/translation-status.ts';
import { defineCommand } from '../command.ts';
import type { Context } from '../context.ts';
import { CliProblem } from '../problems.ts';
import { findNotice, loadSiteForCommand, requireLocale } from '../steps/load-site.ts';

const COLORS: Record<TranslationState, string> = { done: '32', missing: '31', stale: '33' };

export const i18nStatus = defineCommand({
  name: 'status',
  summary: 'List every translation as done, missing or stale',
  args: [],
  options: {
    notice: { type: 'string', value: '<notice>', description: 'Only this notice' },
    locale: { type: 'string', value: '<locale>', description: 'Only this language' },
  },
  writes: false,
  description: [
    'A translation is done when its "translatedFrom" matches the current source text of its version, stale when\n' +
      'the source has changed since (the changed blocks are listed, from the Git history), and missing when there is\n' +
      'no file. Translations without "translatedFrom" count as stale until "npm run i18n -- done" records it.',
  ],
  examples: ['npm run i18n -- status', 'npm run i18n -- status --notice privacy-notice --locale sv'],
  run(context) {
    const site = loadSiteForCommand(context);
    const { notice: slug, locale } = context.options;
    const chosen = slug ? [findNotice(site, slug, context.display)] : site.notices;
    if (locale) {
      requireLocale(site, locale, context.display);
      if (chosen.length > 0 && chosen.every((notice) => notice.sourceLocale === locale)) {
        throw new CliProblem({
          file: context.display(`${site.contentDir}/site.yaml`),
          severity: 'error',
          message: `"${locale}" is the source language of ${slug ? slug : 'every notice'}; translations are made from it`,
          fix: `ask for one of ${site.locales.filter((l) => l !== locale).join(', ')}`,
        });
      }
    }
    const rows = getTranslationStatuses(site, { notice: slug, locale });
    if (rows.length === 0) {
      context.print('No translations to report: the site has only its source locale.');
      return;
    }
    const paint = (state: TranslationState, text: string) =>
      context.color ? `\u001b[${COLORS[state]}m${text}\u001b[39m` : text;
    const table = [['notice', 'version', 'locale', 'status'], ...rows.map((r) => [r.notice, r.date, r.locale, r.status])];
    const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
    table.forEach((row, index) => {
      const cells = row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])));
      if (index > 0) cells[3] = paint(rows[index - 1].status, cells[3]);
      context.print(cells.join('  '));
    });

    const stale = rows.filter((r) => r.status === 'stale');
    if (stale.length) {
      context.print('');
      context.print('Stale translations:');
      for (const row of stale) printStale(context, site, row);
    }
    context.print('');
    const count = (state: TranslationState) => rows.filter((r) => r.status === state).length;
    context.print(`${count('done')} done, ${count('missing')} missing, ${count('stale')} stale.`);
  },
});

function printStale(context: Pick<Context<unknown>, 'print' | 'git'>, site: Site, row: TranslationStatus): void {
  const version = site.notices.find((n) => n.slug === row.notice)?.versions.find((v) => v.date === row.date);
  const source = version?.texts[row.sourceLocale];
  if (!source) return;
  const detail = explainStale(row, source, row.sourceLocale, context.git);
  const label = `  ${row.notice} ${row.date} ${row.locale}`;
  if (detail.note) {
    context.print(`${label}: ${detail.note}`);
    return;
  }
  const changes = detail.changes ?? [];
  context.print(`${label}: the ${row.sourceLocale} text changed since it was translated (${changes.length} ${changes.length === 1 ? 'block' : 'blocks'}):`);
  const width = Math.max(...changes.map((c) => c.change.length));
  for (const change of changes) {
    context.print(`    ${change.change.padEnd(width)}  ${change.section ? `#${change.section}  ` : ''}${change.text}`);
  }
}
