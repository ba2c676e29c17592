// `npm run notice -- import <file>`: converts a notice written elsewhere into a safe MDX text of a version.

import fs from 'node:fs';
import path from 'node:path';
import { importHtml, importMarkdown, importPlainText, type ImportedNotice, type ImportOptions } from '../../lib/import/index.ts';
import { defineCommand } from '../command.ts';
import { getPlaceholders, getTitleFromSlug } from '../../lib/placeholders.ts';
import { CliProblem, UsageError } from '../problems.ts';
import { planSidebarEntry } from '../steps/add-to-sidebar.ts';
import { requireNoticeSlug, requireRealDate } from '../steps/check-arguments.ts';
import { formatNoticeSource } from '../../lib/notice-file.ts';
import { loadSiteForCommand, requireLocale } from '../steps/load-site.ts';
import { writePlannedFiles, type PlannedWrite } from '../steps/write-files.ts';

type Format = 'html' | 'markdown' | 'text';

const IMPORTERS: Record<Format, (input: string, options: ImportOptions) => ImportedNotice> = {
  html: importHtml,
  markdown: importMarkdown,
  text: importPlainText,
};

export const noticeImport = defineCommand({
  name: 'import',
  summary: 'Convert a notice from HTML, Markdown or plain text into a version text',
  args: ['<file>'],
  options: {
    notice: { type: 'string', value: '<notice>', description: 'The notice the text belongs to (a new one is added to the sidebar)' },
    locale: { type: 'string', value: '<locale>', description: 'The language of the text' },
    date: {
      type: 'string',
      value: 'YYYY-MM-DD',
      description: 'Effective date of the version (default: the text\'s "Last updated" line)',
    },
    title: { type: 'string', value: '"…"', description: "The title (default: the text's first heading)" },
    format: { type: 'string', value: 'html|markdown|text', description: 'How to read the file (default: from its extension)' },
    force: { type: 'boolean', description: 'Replace the version text if it exists' },
  },
  required: ['notice', 'locale'],
  writes: true,
  description: [
    'Writes content/notices/<notice>/<date>/<locale>.mdx. Headings get {#anchors} (a translation takes them from\n' +
      "the source text of the same version), raw HTML, scripts and images are dropped, and {, } and < are escaped.\n" +
      'A "Last updated" or "Effective date" line (English, Swedish or French) gives the date and leaves the body.',
  ],
  examples: [
    'npm run notice -- import ~/Downloads/terms.html --notice terms-of-use --locale en',
    'npm run notice -- import villkor.txt --notice terms-of-use --locale sv --date 2025-05-15',
  ],
  run(context) {
    const [input] = context.args;
    const { notice: slug, locale, title: givenTitle, force } = context.options as {
      notice: string;
      locale: string;
      title?: string;
      force?: boolean;
    };
    requireNoticeSlug(slug);
    if (context.options.date) requireRealDate('--date', context.options.date);
    const format = getFormat(input, context.options.format);
    const site = loadSiteForCommand(context);
    requireLocale(site, locale, context.display);

    const inputPath = path.resolve(context.cwd, input);
    if (!fs.existsSync(inputPath) || !fs.statSync(inputPath).isFile()) {
      throw new CliProblem({
        file: context.display(inputPath),
        severity: 'error',
        message: 'there is no file to import here',
        fix: 'check the path; it is read relative to the folder you run the command in',
      });
    }
    const text = fs.readFileSync(inputPath, 'utf8');
    const importer = IMPORTERS[format];
    const noticeDir = path.join(site.contentDir, 'notices', slug);

    // The date may come from the text itself, and a translation's anchors from the source text of that date.
    const firstPass = importer(text, {});
    const date = context.options.date ?? firstPass.date;
    if (!date) {
      throw new CliProblem({
        file: context.display(inputPath),
        severity: 'error',
        message: 'the text has no "Last updated" or "Effective date" line, so its effective date is unknown',
        fix: 'give the date with --date YYYY-MM-DD',
      });
    }
    if (context.options.date && firstPass.date && firstPass.date !== context.options.date) {
      context.warn(`The text says ${firstPass.date}, but --date is ${context.options.date}: using ${context.options.date}.`);
    }
    const anchors = locale === site.sourceLocale ? undefined : readSourceAnchors(path.join(noticeDir, date, `${site.sourceLocale}.mdx`));
    const imported = anchors ? importer(text, { anchors }) : firstPass;

    const target = path.join(noticeDir, date, `${locale}.mdx`);
    if (fs.existsSync(target) && !force) {
      throw new CliProblem({
        file: context.display(target),
        severity: 'error',
        message: `this version already has its ${locale} text`,
        fix: 'add --force to replace it, or edit the file instead',
      });
    }
    const notice = site.notices.find((n) => n.slug === slug);
    const follows = notice?.versions.some((v) => v.date < date) ?? false;
    const content = formatNoticeSource({
      title: givenTitle ?? imported.title ?? getTitleFromSlug(slug),
      summary: getPlaceholders(locale).summary,
      ...(follows ? { changes: getPlaceholders(locale).changes, material: false } : {}),
    }, `\n${imported.body}`);
    const writes: PlannedWrite[] = [{ absolutePath: target, content }];
    if (!fs.existsSync(noticeDir)) {
      const sidebarEntry = planSidebarEntry(site.contentDir, slug, site.sourceLocale);
      if (sidebarEntry) writes.push(sidebarEntry);
    }
    writePlannedFiles(context, writes);

    const review = [...imported.notes];
    if (locale !== site.sourceLocale && !anchors) {
      review.push(`There is no ${site.sourceLocale} text for ${date} yet, so anchors were made from this text's headings: align them with the source's.`);
    }
    if (review.length) {
      context.print('');
      context.print('Review:');
      for (const note of review) context.print(`  - ${note}`);
    }
    if (context.dryRun) return;
    context.print('');
    context.print('Next steps:');
    context.print(`  1. Replace the summary${follows ? ' and "changes"' : ''} in ${context.display(target)}, and read the text against the original.`);
    context.print('  2. Run "npm run check".');
  },
});

function getFormat(input: string, given: string | undefined): Format {
  if (given !== undefined) {
    if (given === 'html' || given === 'markdown' || given === 'text') return given;
    throw new UsageError(`--format must be html, markdown or text, not "${given}"`);
  }
  const extension = path.extname(input).toLowerCase();
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.md' || extension === '.markdown' || extension === '.mdx') return 'markdown';
  return 'text';
}

/** The `{#id}` anchors of a text's headings in order, or undefined when the file does not exist. */
function readSourceAnchors(file: string): string[] | undefined {
  if (!fs.existsSync(file)) return undefined;
  const anchors: string[] = [];
  let fence = false;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const match = !fence && /^#{1,6}\s.*\{#([^\s{}]+)\}\s*$/.exec(line);
    if (match) anchors.push(match[1]);
  }
  return anchors;
}
