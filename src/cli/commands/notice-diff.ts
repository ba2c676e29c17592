// `npm run notice -- diff <notice>`: prints the redline between two versions of one locale's text.

import path from 'node:path';
import type { NoticeText, NoticeVersion } from '../../lib/content.ts';
import { diffBlocks, formatDiffForTerminal } from '../../lib/diff/index.ts';
import { buildMarkdownRedline, formatDiffStats, formatRedlineMarkdown } from '../../lib/redline-markdown.ts';
import { defineCommand } from '../command.ts';
import { CliProblem, UsageError } from '../problems.ts';
import { requireNoticeSlug, requireRealDate } from '../steps/check-arguments.ts';
import { findNotice, findVersion, loadSiteForCommand, requireLocale } from '../steps/load-site.ts';

export const noticeDiff = defineCommand({
  name: 'diff',
  summary: 'Show the redline between two versions of a notice',
  args: ['<notice>'],
  options: {
    locale: { type: 'string', value: '<locale>', description: "Which language to compare (default: the notice's source language)" },
    from: { type: 'string', value: 'YYYY-MM-DD', description: 'The older version (default: the one before --to)' },
    to: { type: 'string', value: 'YYYY-MM-DD', description: 'The newer version (default: the newest one, upcoming or not)' },
    format: {
      type: 'string',
      value: 'text|markdown',
      description: 'text for a terminal (default), or markdown with <del> and <ins> for a pull request or an e-mail',
    },
  },
  writes: false,
  description: [
    'Compares the texts block by block and word by word. Colours are used when the output is a terminal\n' +
      '(NO_COLOR turns them off, FORCE_COLOR on).',
    'With --format markdown it prints the redline the way `npm run review` shows it in a pull request: each\n' +
      'changed section under its heading, removed words in <del>, added words in <ins>, tables and lists kept.',
  ],
  examples: [
    'npm run notice -- diff privacy-notice',
    'npm run notice -- diff privacy-notice --locale sv --from 2023-03-01',
    'npm run notice -- diff privacy-notice --format markdown > redline.md',
  ],
  run(context) {
    const [slug] = context.args;
    requireNoticeSlug(slug);
    const { from, to } = context.options;
    const format = context.options.format ?? 'text';
    if (format !== 'text' && format !== 'markdown') {
      throw new UsageError(`--format "${format}" is not a format: use text or markdown`);
    }
    if (from) requireRealDate('--from', from);
    if (to) requireRealDate('--to', to);
    const site = loadSiteForCommand(context);
    const notice = findNotice(site, slug, context.display);
    const locale = context.options.locale ?? notice.sourceLocale;
    requireLocale(site, locale, context.display);
    const noticeDir = path.join(site.contentDir, 'notices', slug);

    // The newest version is the one an editor is working on, whether it has taken effect or not.
    const after = to ? findVersion(site, notice, to, context.display) : notice.versions.at(-1)!;
    const before = from ? findVersion(site, notice, from, context.display) : after.previous;
    if (!before) {
      throw new CliProblem({
        file: context.display(path.join(noticeDir, after.date)),
        severity: 'error',
        message: `${after.date} is the first version of "${slug}", so there is nothing before it to compare with`,
        fix: `pick two versions with --from and --to (versions: ${notice.versions.map((v) => v.date).join(', ')})`,
      });
    }
    if (before.date >= after.date) {
      throw new CliProblem({
        file: context.display(path.join(noticeDir, before.date)),
        severity: 'error',
        message: `--from ${before.date} is not before --to ${after.date}`,
        fix: 'give the older version as --from and the newer one as --to',
      });
    }
    const oldText = requireText(before, locale, noticeDir, notice.versions, context.display);
    const newText = requireText(after, locale, noticeDir, notice.versions, context.display);
    const title = `${slug} (${locale}) ${before.date} → ${after.date}`;
    if (format === 'markdown') {
      const view = buildMarkdownRedline(site, oldText, newText);
      const body = view.diff.identical ? 'No changes.' : `${formatDiffStats(view.diff)}\n\n${formatRedlineMarkdown(view, { headingLevel: 3 })}`;
      context.print(`## Redline: ${title}\n\n${body}`);
      return;
    }
    const diff = diffBlocks(oldText.compiled.blocks, newText.compiled.blocks, locale);
    context.print(formatDiffForTerminal(diff, { color: context.color, title }).replace(/\n$/, ''));
  },
});

function requireText(
  version: NoticeVersion,
  locale: string,
  noticeDir: string,
  versions: NoticeVersion[],
  display: (path: string) => string,
): NoticeText {
  const text = version.texts[locale];
  if (text) return text;
  const having = versions.filter((v) => v.texts[locale]).map((v) => v.date);
  throw new CliProblem({
    file: display(path.join(noticeDir, version.date, `${locale}.mdx`)),
    severity: 'error',
    message: `the version of ${version.date} has no ${locale} text`,
    fix: having.length
      ? `compare versions that have one (${locale}: ${having.join(', ')}), or use another --locale`
      : `no version has a ${locale} text yet; use another --locale`,
  });
}
