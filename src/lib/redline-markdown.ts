// Renders a redline document as GitHub-flavoured Markdown with <del> and <ins>, for pull-request
// summaries and `notice diff --format markdown`. Notice text is untrusted: every character of it is
// escaped, so no text can close a tag, start a block or add formatting of its own.

import type { NoticeText, Site } from './content.ts';
import type { NoticeDiff } from './diff/index.ts';
import { buildRedline, type RedlineList, type RedlineNode, type RedlineRow, type RedlineRun, type RedlineSection, type RedlineSegment, type RedlineView } from './redline.ts';
import { getAbsoluteUrl, getVersionUrl, localizeHref } from './routes.ts';

export interface MarkdownRedlineOptions {
  /** The Markdown heading level the notice's H2 sections get (1–6); deeper headings follow, capped at 6. */
  headingLevel: number;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML: inside a tag's content or an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character]);
}

/**
 * Text as literal inline Markdown: on one line, HTML's special characters as entities and the
 * characters GitHub's Markdown gives a meaning inside a line backslash-escaped (emphasis, code,
 * links, table cells, strikethrough, maths, a heading's closing #). What only matters at the start of a line is left to
 * escapeLineStart.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[&<>\\`*_[\]|~$#]/g, (character) => HTML_ENTITIES[character] ?? `\\${character}`);
}

/**
 * Escapes what would make a line a heading, a list item, a setext underline or a thematic break: a
 * line of rendered inline Markdown is then always the paragraph or item text it was meant to be.
 */
export function escapeLineStart(line: string): string {
  const numbered = /^(\d{1,9})([.)])/.exec(line);
  if (numbered) return `${numbered[1]}\\${numbered[2]}${line.slice(numbered[0].length)}`;
  return /^[#+=-]/.test(line) ? `\\${line}` : line;
}

/**
 * The redline of two texts of one notice and language, with links as a reader outside the site
 * follows them: to the published site, a section link into the version it was written in.
 */
export function buildMarkdownRedline(site: Site, from: NoticeText, to: NoticeText): RedlineView {
  const slugs = new Set(site.notices.map((notice) => notice.slug));
  const absolute = (pathname: string) => getAbsoluteUrl(site.config.url, pathname);
  return buildRedline(from, to, {
    locale: to.locale,
    resolveLink(href, kind, side) {
      if (kind === 'site') return absolute(localizeHref(href, to.locale, slugs));
      if (kind === 'fragment') return absolute(`${getVersionUrl(to.locale, to.notice, side === 'before' ? from.date : to.date)}${href}`);
      return href;
    },
  });
}

/** "1 section changed, 4 words added, 0 words removed, 1 block changed". */
export function formatDiffStats(diff: NoticeDiff): string {
  const { sectionsChanged, wordsAdded, wordsRemoved, blocksChanged } = diff.stats;
  return [
    `${countNoun(sectionsChanged, 'section')} changed`,
    `${countNoun(wordsAdded, 'word')} added`,
    `${countNoun(wordsRemoved, 'word')} removed`,
    `${countNoun(blocksChanged, 'block')} changed`,
  ].join(', ');
}

/**
 * The changed sections of a redline, each under its heading, as Markdown blocks separated by blank
 * lines; unchanged passages are counted, not shown. Empty when nothing changed.
 */
export function formatRedlineMarkdown(view: RedlineView, options: MarkdownRedlineOptions): string {
  const blocks: string[] = [];
  for (const section of view.sections) {
    if (section.status === 'unchanged' && !section.moved) continue;
    blocks.push(formatSectionHeading(section, options.headingLevel));
    blocks.push(...formatNodes(section.nodes, options.headingLevel));
  }
  return blocks.join('\n\n');
}

function formatSectionHeading(section: RedlineSection, level: number): string {
  const marks = '#'.repeat(clampLevel(level));
  if (!section.heading) return `${marks} (before the first heading)`;
  return `${marks} ${formatContent(section.heading.content)}${section.moved ? ' <em>(section moved here)</em>' : ''}`;
}

function formatNodes(nodes: RedlineNode[], level: number): string[] {
  return nodes.map((node) => formatNode(node, level));
}

function formatNode(node: RedlineNode, level: number): string {
  switch (node.kind) {
    case 'heading':
      // The notice's H2 is `level`; its H3 one deeper, and so on.
      return `${'#'.repeat(clampLevel(level + node.depth - 2))} ${formatContent(node.content)}${movedNote(node.change)}`;
    case 'block': {
      const line = escapeLineStart(formatContent(node.content)) + movedNote(node.change);
      return node.element === 'quote' || node.element === 'callout' ? `> ${line}` : line;
    }
    case 'list':
      return formatList(node, '').join('\n');
    case 'table':
      return formatTable(node.head, node.body).join('\n');
    case 'unchanged':
      return `<em>… ${countNoun(node.count, 'unchanged passage')}</em>`;
  }
}

function formatList(list: RedlineList, indent: string): string[] {
  const lines: string[] = [];
  for (const item of list.items) {
    const marker = list.ordered ? `${item.number ?? 1}.` : '-';
    lines.push(`${indent}${marker} ${escapeLineStart(formatContent(item.content))}${movedNote(item.change)}`);
    const inner = indent + ' '.repeat(marker.length + 1);
    for (const nested of item.lists) {
      // An ordered list that does not start at 1 cannot interrupt the item's text: a blank line ends that text first.
      if (nested.ordered && (nested.items[0]?.number ?? 1) !== 1) lines.push('');
      lines.push(...formatList(nested, inner));
    }
  }
  return lines;
}

function formatTable(head: RedlineRow[], body: RedlineRow[]): string[] {
  const rows = [...head, ...body];
  // GitHub drops cells beyond the header's count, so every row gets as many cells as the widest.
  const columns = Math.max(1, ...rows.map((row) => row.cells.length));
  const formatRow = (row: RedlineRow | undefined): string => {
    const cells = Array.from({ length: columns }, (_, index) => {
      const cell = row?.cells[index];
      const text = cell ? formatContent(cell.content) : '';
      return index === 0 && row ? text + movedNote(row.change) : text;
    });
    return `| ${cells.join(' | ')} |`;
  };
  // A table has one header row; a replaced header's old row follows it as the first body row.
  const [header, ...rest] = head.length ? rows : [undefined, ...rows];
  return [formatRow(header), `|${' --- |'.repeat(columns)}`, ...rest.map(formatRow)];
}

function movedNote(change: string): string {
  return change === 'move' ? ' <em>(moved)</em>' : '';
}

function formatContent(segments: RedlineSegment[]): string {
  return segments
    .map((segment) => {
      const text = segment.runs.map(formatRun).join('');
      if (segment.change === 'insert') return `<ins>${text}</ins>`;
      if (segment.change === 'delete') return `<del>${text}</del>`;
      return text;
    })
    .join('');
}

const MARK_TAGS = { strong: 'strong', emphasis: 'em', delete: 's', code: 'code' } as const;

// Formatting becomes HTML rather than Markdown delimiters, which would not hold around spaces or inside words.
function formatRun(run: RedlineRun): string {
  let text = escapeMarkdown(run.text);
  for (const mark of [...run.marks].reverse()) {
    if (mark.type === 'link') {
      text = isWebAddress(mark.href) ? `<a href="${escapeHtml(mark.href)}">${text}</a>` : text;
    } else {
      const tag = MARK_TAGS[mark.type];
      text = `<${tag}>${text}</${tag}>`;
    }
  }
  return text;
}

// Only addresses a reader of the summary can open become links; site paths and fragments stay words.
function isWebAddress(href: string): boolean {
  return /^(?:https?:\/\/|mailto:)/i.test(href);
}

function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, level));
}

function countNoun(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
