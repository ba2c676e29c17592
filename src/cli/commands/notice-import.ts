// `npm run notice -- import <file>`: converts a notice written elsewhere into safe MDX texts of versions —
// one file, or with --from-git every dated text of one document in a repository's history.

import fs from 'node:fs';
import path from 'node:path';
import type { Notice, Site } from '../../lib/content.ts';
import { readDocumentHistory } from '../../lib/git.ts';
import { describeChanges } from '../../lib/import/changes.ts';
import { importHtml, importMarkdown, importPlainText, type ImportedNotice, type ImportOptions } from '../../lib/import/index.ts';
import { detectLanguage } from '../../lib/import/language.ts';
import { compileNoticeBody } from '../../lib/markdown/compile.ts';
import { formatNoticeSource } from '../../lib/notice-file.ts';
import { getPlaceholders } from '../../lib/placeholders.ts';
import { NOTICE_SETTINGS_FILE } from '../../lib/schemas.ts';
import { defineCommand } from '../command.ts';
import type { Context } from '../context.ts';
import { CliProblem, UsageError } from '../problems.ts';
import { planSidebarEntry } from '../steps/add-to-sidebar.ts';
import { requireNoticeSlug, requireRealDate } from '../steps/check-arguments.ts';
import { loadSiteForCommand, requireLocale } from '../steps/load-site.ts';
import { planNoticeSettings } from '../steps/notice-settings.ts';
import { writePlannedFiles, type PlannedWrite } from '../steps/write-files.ts';

type Format = 'html' | 'markdown' | 'text';

const IMPORTERS: Record<Format, (input: string, options: ImportOptions) => ImportedNotice> = {
  html: importHtml,
  markdown: importMarkdown,
  text: importPlainText,
};

interface Options {
  notice?: string;
  locale?: string;
  date?: string;
  title?: string;
  format?: string;
  force?: boolean;
  keep?: boolean;
  'base-url'?: string;
  'from-git'?: string;
}

/** One text to write: a version's date and what the import made of it. */
interface Planned {
  date: string;
  /** Where the date came from, for the Review. */
  dateFrom: string;
  imported: ImportedNotice;
  /** Label for the Review when several versions are written. */
  label?: string;
}

export const noticeImport = defineCommand({
  name: 'import',
  summary: 'Convert a notice from HTML, Markdown or plain text (or its whole Git history) into version texts',
  args: ['<file>'],
  options: {
    notice: { type: 'string', value: '<notice>', description: 'The notice the text belongs to (default: from the file name; a new one is added to the sidebar)' },
    locale: { type: 'string', value: '<locale>', description: 'The language of the text (default: the language it is written in)' },
    date: {
      type: 'string',
      value: 'YYYY-MM-DD',
      description: 'Effective date of the version (default: the text\'s "Last updated" or "Effective" line)',
    },
    title: { type: 'string', value: '"…"', description: "The title (default: the text's frontmatter title, first heading or title line)" },
    format: { type: 'string', value: 'html|markdown|text', description: 'How to read the file (default: from its extension)' },
    keep: { type: 'boolean', description: 'Keep the lines a plain-text import leaves out (before the date line, in another language)' },
    'base-url': {
      type: 'string',
      value: '<url>',
      description: 'Where the text was published: links to pages that are not notices here become addresses there',
    },
    'from-git': {
      type: 'string',
      value: '<repository>',
      description: 'Import every dated text of <file> (a path in that repository) from its Git history, as versions',
    },
    force: { type: 'boolean', description: 'Replace version texts that exist' },
  },
  writes: true,
  description: [
    'Writes content/notices/<notice>/<date>/<locale>.mdx. The title comes from the text, never from the file name;\n' +
      'the date from its "Last updated" or "Effective" line in English, Swedish or French (else --date, or with --from-git\n' +
      'the commit date). Headings get {#anchors} (a translation takes them from the source text of the same version);\n' +
      'anchors in the text (<a id>, {: #id}) are kept; raw HTML, scripts and images are dropped.',
    'A plain-text page leaves out, and lists, the lines before its "last updated" line and lines in another language\n' +
      'than --locale (--keep keeps them). The import then compares its text with the source, word by word, and lists\n' +
      'anything lost. A new notice in another language than the site\'s sourceLocale gets that language as its source\n' +
      `(in notices/<notice>/${NOTICE_SETTINGS_FILE}).`,
  ],
  examples: [
    'npm run notice -- import ~/Downloads/ccpa.txt --notice ccpa-supplement --locale sv',
    'npm run notice -- import terms.md --notice terms-of-use --base-url https://example.com/legal/terms/',
    'npm run notice -- import --from-git ../legal-docs en/privacy_notice.md --notice privacy-notice',
  ],
  run(context) {
    const options = context.options as Options;
    const [input] = context.args;
    const slug = options.notice ?? slugFromPath(input);
    requireNoticeSlug(slug);
    if (options.date) requireRealDate('--date', options.date);
    if (options['base-url'] !== undefined && !/^https:\/\/[^/\s]+/i.test(options['base-url'])) {
      throw new UsageError(`--base-url must be an https:// address, not "${options['base-url']}"`);
    }
    const format = getFormat(input, options.format);
    const site = loadSiteForCommand(context);
    const notice = site.notices.find((n) => n.slug === slug);
    const noticeDir = path.join(site.contentDir, 'notices', slug);

    const sources = readSources(context, input, options);
    const locale = chooseLocale(context, site, sources[0].text, options, input);
    const sourceLocale = notice?.sourceLocale ?? locale;
    const links = { notices: new Set([...site.notices.map((n) => n.slug), slug]), baseUrl: options['base-url'] };
    const importer = IMPORTERS[format];
    const convert = (text: string, date?: string) => {
      const anchors = date && locale !== sourceLocale ? getSourceAnchors(notice, date, sourceLocale) : undefined;
      return importer(text, { locale, keep: options.keep, links, anchors });
    };

    const planned: Planned[] = [];
    for (const source of sources) {
      const first = convert(source.text);
      const date = options.date ?? first.date ?? source.date;
      if (!date) {
        throw new CliProblem({
          file: source.file,
          severity: 'error',
          message: 'the text has no "Last updated" or "Effective date" line, so its effective date is unknown',
          fix: 'give the date with --date YYYY-MM-DD',
        });
      }
      if (options.date && first.date && first.date !== options.date) {
        context.warn(`The text says ${first.date}, but --date is ${options.date}: using ${options.date}.`);
      }
      const dateFrom = options.date ? '--date' : first.date ? 'its own date line' : `the date of commit ${source.commit?.slice(0, 10)}`;
      planned.push({ date, dateFrom, imported: locale !== sourceLocale ? convert(source.text, date) : first, label: source.label });
    }
    const versions = keepLastPerDate(planned);
    const writes: PlannedWrite[] = [];
    const review: string[] = [];
    const existing = new Set(notice?.versions.map((v) => v.date) ?? []);
    let previous: Planned | undefined;
    for (const version of versions) {
      const target = path.join(noticeDir, version.date, `${locale}.mdx`);
      if (fs.existsSync(target) && !options.force) {
        throw new CliProblem({
          file: context.display(target),
          severity: 'error',
          message: `this version already has its ${locale} text`,
          fix: 'add --force to replace it, or edit the file instead',
        });
      }
      // A revision without a title of its own takes the nearest one's: titles change far less often than texts.
      const borrowed = options.title ?? version.imported.title ? undefined : findNearestTitle(versions, version);
      const title = options.title ?? version.imported.title ?? borrowed?.imported.title;
      if (borrowed) review.push(`${versions.length > 1 ? `${version.date} (${version.label}): ` : ''}the text has no title of its own; it took "${title}" from the version of ${borrowed.date}.`);
      if (!title) {
        throw new CliProblem({
          file: version.label ?? context.display(path.resolve(context.cwd, input)),
          severity: 'error',
          message: 'the text has no title: no frontmatter title, no level-1 heading, no title line before its date',
          fix: 'give the title with --title "…", in the language of the text',
        });
      }
      const placeholders = getPlaceholders(locale);
      const follows = Boolean(previous) || [...existing].some((date) => date < version.date);
      const summary = version.imported.summary ?? findFirstSentence(version.imported.body) ?? placeholders.summary;
      const changes = previous ? describeChanges(blocksOf(previous), blocksOf(version), locale) : follows ? placeholders.changes : undefined;
      const content = formatNoticeSource(
        { title, summary, ...(changes ? { changes } : {}), ...(follows && !previous ? { material: false } : {}) },
        `\n${version.imported.body}`,
      );
      writes.push({ absolutePath: target, content });
      const prefix = versions.length > 1 ? `${version.date} (${version.label}): ` : '';
      review.push(...version.imported.notes.map((note) => `${prefix}${note}`));
      if (versions.length > 1) review.push(`${prefix}dated by ${version.dateFrom}.`);
      if (!version.imported.summary && summary !== placeholders.summary) review.push(`${prefix}the summary is the text's first sentence: make it say what the notice covers.`);
      if (previous) review.push(`${prefix}"changes" was written from the redline against ${previous.date}: make it say what changed for readers.`);
      if (locale !== sourceLocale && !getSourceAnchors(notice, version.date, sourceLocale)) {
        review.push(`${prefix}There is no ${sourceLocale} text for ${version.date} yet, so anchors were made from this text's headings: align them with the source's.`);
      }
      review.push(...describeFidelity(version.imported, prefix));
      previous = version;
    }
    const isNew = !fs.existsSync(noticeDir);
    if (isNew) {
      if (locale !== site.sourceLocale) {
        writes.push(planNoticeSettings(noticeDir, locale));
        review.push(`${locale} is the source language of the new notice ${slug} (recorded in notices/${slug}/${NOTICE_SETTINGS_FILE}); the site's other notices keep ${site.sourceLocale}.`);
      }
      const sidebarEntry = planSidebarEntry(site.contentDir, slug, site.sourceLocale);
      if (sidebarEntry) writes.push(sidebarEntry);
    } else if (locale !== sourceLocale) {
      for (const version of versions) {
        if (notice?.versions.find((v) => v.date === version.date)?.texts[sourceLocale]) continue;
        review.push(
          `${slug} is written in ${sourceLocale}, and the version of ${version.date} has no ${sourceLocale}.mdx: add it (this text is its ${locale} translation), or, if ${locale} is the language ${slug} is written in, set "sourceLocale: ${locale}" in notices/${slug}/${NOTICE_SETTINGS_FILE}. npm run check fails until then.`,
        );
      }
    }
    writePlannedFiles(context, writes);

    if (review.length) {
      context.print('');
      context.print('Review:');
      for (const note of review) context.print(`  - ${note}`);
    }
    if (context.dryRun) return;
    const backDated = versions.filter((v) => v.date <= site.now).map((v) => v.date);
    context.print('');
    context.print('Next steps:');
    context.print(`  1. Read ${versions.length === 1 ? 'the text' : `the ${versions.length} texts`} against the original; replace the summary${versions.length > 1 ? ' and "changes"' : ''} where needed.`);
    context.print('  2. Run "npm run check".');
    if (backDated.length) {
      context.print(`  3. ${backDated.length === 1 ? `The version of ${backDated[0]} has` : `${backDated.length} versions have`} taken effect: once reviewed, run "npm run notice -- lock". Until then, and until the texts reach the main branch, you may still edit them.`);
    }
  },
});

interface Source {
  text: string;
  /** For messages. */
  file: string;
  date?: string;
  commit?: string;
  label?: string;
}

function readSources(context: Context<unknown>, input: string, options: Options): Source[] {
  const repository = options['from-git'];
  if (repository) {
    const repo = path.resolve(context.cwd, repository);
    const history = readDocumentHistory(repo, input);
    if (!history) {
      throw new CliProblem({
        file: context.display(path.join(repo, input)),
        severity: 'error',
        message: `${context.display(repo)} has no history of ${input}`,
        fix: 'give a Git repository with --from-git and the path of a document in it, relative to its top folder',
      });
    }
    return history.map((revision) => ({
      text: new TextDecoder('utf-8').decode(revision.bytes),
      file: `${context.display(repo)}:${revision.path}@${revision.commit.slice(0, 10)}`,
      date: revision.date,
      commit: revision.commit,
      label: `commit ${revision.commit.slice(0, 10)}`,
    }));
  }
  const inputPath = path.resolve(context.cwd, input);
  if (!fs.existsSync(inputPath) || !fs.statSync(inputPath).isFile()) {
    throw new CliProblem({
      file: context.display(inputPath),
      severity: 'error',
      message: 'there is no file to import here',
      fix: 'check the path; it is read relative to the folder you run the command in',
    });
  }
  return [{ text: fs.readFileSync(inputPath, 'utf8'), file: context.display(inputPath) }];
}

/** --locale, else the language the text is written in, when it is one of the site's. */
function chooseLocale(context: Context<unknown>, site: Site, text: string, options: Options, input: string): string {
  if (options.locale) {
    requireLocale(site, options.locale, context.display);
    return options.locale;
  }
  const detected = detectLanguage(text, site.locales);
  if (detected) {
    context.warn(`The text is in ${detected}: importing it as ${detected} (give --locale to choose).`);
    return detected;
  }
  throw new CliProblem({
    file: input,
    severity: 'error',
    message: "the text's language could not be told",
    fix: `give it with --locale (one of ${site.locales.join(', ')})`,
  });
}

function findNearestTitle(versions: Planned[], version: Planned): Planned | undefined {
  const index = versions.indexOf(version);
  return [...versions.slice(index + 1), ...versions.slice(0, index).reverse()].find((other) => other.imported.title);
}

/** The source text's anchors of the version of `date`, so a translation links the same way. */
function getSourceAnchors(notice: Notice | undefined, date: string, sourceLocale: string): string[] | undefined {
  const source = notice?.versions.find((v) => v.date === date)?.texts[sourceLocale];
  return source?.compiled.outline.headings.map((heading) => heading.id);
}

/** One text per date: the last revision that carried it, which is what readers got under that date. */
function keepLastPerDate(planned: Planned[]): Planned[] {
  const byDate = new Map<string, Planned>();
  for (const version of planned) byDate.set(version.date, version);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function blocksOf(version: Planned) {
  return compileNoticeBody({ file: 'imported.mdx', body: version.imported.body, bodyLine: 1 }, { imageHosts: [] }).blocks;
}

/** The first sentence of the first paragraph, when it is short enough to serve as a summary. */
function findFirstSentence(body: string): string | undefined {
  const { outline } = compileNoticeBody({ file: 'imported.mdx', body, bodyLine: 1 }, { imageHosts: [] });
  const paragraph = outline.blocks.find((block) => block.kind === 'paragraph' && block.text.trim().length > 20)?.text;
  const sentence = paragraph?.replace(/\s+/g, ' ').trim().match(/^.*?[.!?](?=\s|$)/u)?.[0] ?? paragraph;
  return sentence && sentence.length <= 300 ? sentence : undefined;
}

function describeFidelity(imported: ImportedNotice, prefix: string): string[] {
  const { counts, lost, added } = imported.fidelity;
  const parts = [
    `${counts.heading} headings`,
    `${counts.paragraph} paragraphs`,
    `${counts.item} list items`,
    `${counts.cell} table cells`,
  ].join(', ');
  if (lost.length === 0 && added.length === 0) {
    return [`${prefix}compared with the source: every word of its ${parts} reached the text, in order.`];
  }
  return [
    `${prefix}compared with the source (${parts}): ${lost.length} ${lost.length === 1 ? 'passage' : 'passages'} lost, ${added.length} added or moved — check them:`,
    ...lost.map((run) => `${prefix}  lost${run.line ? ` (line ${run.line})` : ''}: "${shorten(run.words)}"`),
    ...added.map((words) => `${prefix}  added: "${shorten(words)}"`),
  ];
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** A notice name from a file name: `legal/privacy/index.md` → `privacy`, `Firefox_Privacy_Notice.md` → `firefox-privacy-notice`. */
function slugFromPath(input: string): string {
  const parts = input.split(/[\\/]/).filter(Boolean);
  let name = parts.at(-1) ?? input;
  if (/^(?:index|readme)\.[a-z]+$/i.test(name) && parts.length > 1) name = parts.at(-2)!;
  return name
    .replace(/\.[a-z0-9]+$/i, '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

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
