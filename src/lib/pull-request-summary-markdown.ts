// Writes a pull request's summary as GitHub-flavoured Markdown for a job summary or a comment: the
// texts that change with their collapsed redlines, then translations, the check and corrections,
// kept under a size limit by leaving out whole redlines and, if need be, cutting at a block.

import { diffWords } from './diff/index.ts';
import type { Problem } from './errors.ts';
import type { PullRequestSummary, TextChange } from './pull-request-summary.ts';
import { escapeMarkdown, formatDiffStats, formatRedlineMarkdown } from './redline-markdown.ts';

/** GitHub refuses a step's summary above 1 MiB; this leaves room for what other tools add. */
export const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;

export interface SummaryFormatOptions {
  /** The most UTF-8 bytes the Markdown may have. */
  maxBytes: number;
}

/** A block of the summary; one with a fallback is shown as the fallback when the whole would be too long. */
interface Chunk {
  text: string;
  fallback?: string;
  /** A list of one-line items, which may be cut between two lines. */
  list?: boolean;
}

const STATUS_WORDS = { current: 'current', upcoming: 'upcoming', archived: 'archived' } as const;

export function formatPullRequestSummary(summary: PullRequestSummary, options: SummaryFormatOptions): string {
  const chunks: Chunk[] = [
    { text: '# Review of content changes' },
    { text: formatOverview(summary) },
    { text: formatComparedWith(summary) },
    ...formatTexts(summary),
    ...formatTranslations(summary),
    ...formatCheck(summary),
    ...formatCorrections(summary),
    ...formatOtherFiles(summary),
  ];
  return fitChunks(chunks, options.maxBytes);
}

function formatOverview(summary: PullRequestSummary): string {
  const notices = new Set(summary.texts.map((text) => text.notice)).size;
  const texts = summary.texts.length
    ? `${countNoun(summary.texts.length, 'text')} changed in ${countNoun(notices, 'notice')}`
    : 'No notice text changed';
  return `${texts}; check: ${countNoun(summary.errors.length, 'error')}, ${countNoun(summary.warnings.length + summary.otherWarnings.length, 'warning')}.`;
}

function formatComparedWith(summary: PullRequestSummary): string {
  const { ref, commit, hasContent } = summary.base;
  const lines = [
    `Compared with ${code(ref)} (commit ${commit.slice(0, 12)}) on the build date ${summary.now}. ` +
      'In the redlines, removed words are <del>struck through</del> and added words <ins>underlined</ins>.',
  ];
  if (!hasContent) lines.push('', 'The base has no content folder, so every text is new.');
  return lines.join('\n');
}

function formatTexts(summary: PullRequestSummary): Chunk[] {
  if (summary.texts.length === 0) return [];
  const chunks: Chunk[] = [{ text: '## Notice texts' }];
  let notice: string | undefined;
  for (const text of summary.texts) {
    if (text.notice !== notice) {
      notice = text.notice;
      const title = summary.noticeTitles[notice];
      chunks.push({ text: `### ${title ? `${escapeMarkdown(title)} (${notice})` : notice}` });
    }
    chunks.push({ text: `#### ${text.date} · ${text.locale} · ${text.change}` });
    chunks.push({ text: formatFacts(text) });
    chunks.push(formatTextBody(text, summary));
  }
  return chunks;
}

function formatFacts(text: TextChange): string {
  const facts = [`- **File:** ${code(text.file)}`];
  if (text.unreadable) return [...facts, '- The content could not be read far enough to show this text; the check below says why.'].join('\n');
  facts.push(`- **Effective date:** ${text.date}`);
  if (text.status) facts.push(`- **Status:** ${formatStatus(text)}`);
  if (text.change === 'removed') return facts.join('\n');
  facts.push(`- **Kind of change:** ${formatKind(text)}`);
  facts.push(`- **What changed:** ${text.changes ? escapeMarkdown(text.changes) : text.firstVersion ? '(first version)' : '(not given)'}`);
  if (text.fields.length) {
    facts.push('- **Frontmatter changed:**');
    for (const field of text.fields) facts.push(`  - ${escapeMarkdown(field.field)}: ${formatFieldChange(field, text.locale)}`);
  }
  return facts.join('\n');
}

function formatStatus(text: TextChange): string {
  const status = STATUS_WORDS[text.status!];
  if (text.change === 'removed') return `${status} (at the base)`;
  return text.draft ? `draft: not on the main branch yet; ${status} once merged` : status;
}

function formatKind(text: TextChange): string {
  if (text.material === true) return 'material';
  if (text.material === false) return 'editorial';
  return text.firstVersion ? 'first version of the notice' : 'not stated (add "material: true" or "material: false")';
}

// Record-keeping fields hold hashes and dates a reviewer need not read; the fact that they changed is enough.
function formatFieldChange(field: { field: string; before?: string; after?: string }, locale: string): string {
  if (field.before === undefined) return field.field === 'translatedFrom' ? 'added' : `<ins>${escapeMarkdown(field.after ?? '')}</ins>`;
  if (field.after === undefined) return field.field === 'translatedFrom' ? 'removed' : `<del>${escapeMarkdown(field.before)}</del>`;
  if (field.field === 'translatedFrom') return 'updated';
  return diffWords(field.before, field.after, locale)
    .map((part) => {
      const text = escapeMarkdown(part.text);
      return part.type === 'insert' ? `<ins>${text}</ins>` : part.type === 'delete' ? `<del>${text}</del>` : text;
    })
    .join('');
}

function formatTextBody(text: TextChange, summary: PullRequestSummary): Chunk {
  if (text.change === 'removed') return { text: 'This text is removed.' };
  if (text.unreadable || !text.redline) return { text: '' };
  if (text.sameText) return { text: 'The text readers get is unchanged: only record-keeping fields changed.' };
  const { view, against, previousDate } = text.redline;
  if (view.diff.identical) return { text: 'The body of the text is unchanged.' };
  const what =
    against === 'base'
      ? 'Redline against the text at the base'
      : against === 'previous'
        ? `Redline against the version of ${previousDate}`
        : 'Whole text: no earlier version in this language to compare with';
  const redline = formatRedlineMarkdown(view, { headingLevel: 5 });
  return {
    text: [`<details><summary>${what}: ${formatDiffStats(view.diff)}</summary>`, '', redline, '', '</details>'].join('\n'),
    fallback:
      `<em>${what}: left out to keep this summary under its size limit. ` +
      `Run ${code(`npm run review -- --base ${summary.base.ref} --output review.md --max-bytes 100000000`)} to read every redline.</em>`,
  };
}

function formatTranslations(summary: PullRequestSummary): Chunk[] {
  const lines = summary.translations.map(
    (group) => `- ${group.notice} ${group.date} — ${group.locales.join(', ')}: ${group.status}${group.newVersion ? ' (new version)' : ''}`,
  );
  if (!summary.translationsKnown) {
    return [{ text: '## Translations to update' }, { text: 'Unknown until the content can be read; the check below says why.' }];
  }
  const behind = summary.translationsAlreadyBehind;
  const note = behind
    ? `${countNoun(behind, 'other translation')} ${behind === 1 ? 'was' : 'were'} already stale or missing at the base; <code>npm run i18n -- status</code> lists them.`
    : '';
  return [
    { text: '## Translations to update' },
    lines.length ? { text: lines.join('\n'), list: true } : { text: 'No translation goes out of date with this change.' },
    ...(note ? [{ text: note }] : []),
  ];
}

function formatCheck(summary: PullRequestSummary): Chunk[] {
  const { errors, warnings, otherWarnings } = summary;
  const total = warnings.length + otherWarnings.length;
  const chunks: Chunk[] = [{ text: `## Check: ${countNoun(errors.length, 'error')}, ${countNoun(total, 'warning')}` }];
  if (errors.length === 0 && total === 0) return [...chunks, { text: 'No problems found.' }];
  if (errors.length) chunks.push({ text: '### Errors' }, { text: formatProblems(errors), list: true });
  if (warnings.length) chunks.push({ text: '### Warnings in the files this change touches' }, { text: formatProblems(warnings), list: true });
  if (otherWarnings.length) {
    chunks.push({
      text: [
        `<details><summary>${countNoun(otherWarnings.length, 'warning')} in files this change does not touch</summary>`,
        '',
        formatProblems(otherWarnings),
        '',
        '</details>',
      ].join('\n'),
      fallback: `${countNoun(otherWarnings.length, 'warning')} in files this change does not touch: <code>npm run check</code> lists them.`,
    });
  }
  return chunks;
}

function formatProblems(problems: Problem[]): string {
  return problems
    .map((problem) => {
      const where = [problem.file, problem.line, problem.line ? (problem.column ?? 1) : undefined].filter((part) => part !== undefined).join(':');
      return `- ${code(where)} ${escapeMarkdown(problem.message)} — **Fix:** ${escapeMarkdown(problem.fix)}`;
    })
    .join('\n');
}

function formatCorrections(summary: PullRequestSummary): Chunk[] {
  const lines = summary.corrections.map(
    ({ notice, date, locale, correction }) => `- ${notice} ${date} · ${locale} — corrected on ${escapeMarkdown(correction.date)}: ${escapeMarkdown(correction.reason)}`,
  );
  return [{ text: '## Corrections recorded' }, lines.length ? { text: lines.join('\n'), list: true } : { text: 'None.' }];
}

function formatOtherFiles(summary: PullRequestSummary): Chunk[] {
  if (summary.otherFiles.length === 0) return [];
  const lines = summary.otherFiles.map((file) => `- ${code(file.file)} ${file.change}`);
  return [{ text: '## Other content files' }, { text: lines.join('\n'), list: true }];
}

/**
 * Joins the chunks with blank lines within `maxBytes`: fallbacks stand in for the chunks that do not
 * fit, in order, and if even that is too long the summary ends with a note after the last chunk (or
 * list item) that fits, so no HTML element is ever left open.
 */
function fitChunks(chunks: Chunk[], maxBytes: number): string {
  const size = (text: string) => Buffer.byteLength(text, 'utf8') + 2;
  const shown = chunks.filter((chunk) => chunk.text !== '');
  let budget = maxBytes - shown.reduce((sum, chunk) => sum + size(chunk.fallback ?? chunk.text), 0);
  const fitted = shown.map((chunk): Chunk => {
    if (chunk.fallback === undefined) return chunk;
    const extra = size(chunk.text) - size(chunk.fallback);
    if (extra > budget) return { text: chunk.fallback };
    budget -= extra;
    return { text: chunk.text };
  });
  if (budget >= 0) return `${fitted.map((chunk) => chunk.text).join('\n\n')}\n`;
  const note =
    `> **This summary stops here:** it reached its limit of ${maxBytes} bytes. ` +
    'Run <code>npm run check</code> and <code>npm run review</code> locally to read all of it.';
  const kept: string[] = [];
  let used = size(note);
  for (const chunk of fitted) {
    if (used + size(chunk.text) <= maxBytes) {
      kept.push(chunk.text);
      used += size(chunk.text);
      continue;
    }
    if (chunk.list) {
      const lines: string[] = [];
      for (const line of chunk.text.split('\n')) {
        if (used + size([...lines, line].join('\n')) > maxBytes) break;
        lines.push(line);
      }
      if (lines.length) kept.push(lines.join('\n'));
    }
    break;
  }
  return `${[...kept, note].join('\n\n')}\n`;
}

// In Markdown, text between HTML tags is still Markdown, so a path or ref in <code> is escaped as Markdown too.
function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

function countNoun(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
