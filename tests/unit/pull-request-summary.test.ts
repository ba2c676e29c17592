// The pull-request summary's Markdown stays under GitHub's size limit without leaving an element open.

import { describe, expect, it } from 'vitest';
import type { NoticeText } from '../../src/lib/content.ts';
import type { Problem } from '../../src/lib/errors.ts';
import { formatPullRequestSummary } from '../../src/lib/pull-request-summary-markdown.ts';
import type { PullRequestSummary, TextChange } from '../../src/lib/pull-request-summary.ts';
import { buildRedline } from '../../src/lib/redline.ts';
import { compileMarkdown } from '../helpers/compile.ts';

const text = (body: string) => ({ compiled: compileMarkdown(body) }) as unknown as NoticeText;

/** A new notice whose whole text, `words` words in paragraphs of 100, is its redline. */
function newNotice(notice: string, words: number): TextChange {
  const paragraphs = Array.from({ length: Math.ceil(words / 100) }, (_, p) =>
    Array.from({ length: Math.min(100, words - p * 100) }, (_, i) => `word${p * 100 + i}`).join(' '),
  );
  const body = `## Terms {#terms}\n\n${paragraphs.join('.\n\n')}.\n`;
  const view = buildRedline(text(''), text(body), { locale: 'en', resolveLink: (href) => href });
  return {
    notice,
    date: '2027-01-01',
    locale: 'en',
    change: 'added',
    file: `content/notices/${notice}/2027-01-01/en.mdx`,
    title: notice,
    status: 'upcoming',
    draft: false,
    firstVersion: true,
    fields: [],
    sameText: false,
    unreadable: false,
    redline: { against: 'nothing', view },
  };
}

function warning(index: number): Problem {
  return { file: `content/notices/a/2027-01-01/en.mdx`, line: index + 1, severity: 'warning', message: `warning number ${index}`, fix: 'look at it' };
}

function summaryOf(texts: TextChange[], warnings: Problem[] = []): PullRequestSummary {
  return {
    base: { ref: 'main', commit: '0123456789abcdef0123456789abcdef01234567', hasContent: true },
    now: '2026-12-01',
    texts,
    noticeTitles: {},
    translations: [],
    translationsKnown: true,
    translationsAlreadyBehind: 0,
    errors: [],
    warnings,
    otherWarnings: [],
    corrections: [],
    otherFiles: [],
  };
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('pull-request summary size', () => {
  it('prints everything when it fits', () => {
    const markdown = formatPullRequestSummary(summaryOf([newNotice('a', 500), newNotice('b', 500)]), { maxBytes: 1_000_000 });
    expect(count(markdown, '<details>')).toBe(2);
    expect(count(markdown, '</details>')).toBe(2);
    expect(markdown).not.toContain('left out');
  });

  it('leaves out whole redlines that would pass the limit, keeping the ones before and after that fit', () => {
    const summary = summaryOf([newNotice('a', 400), newNotice('b', 3000), newNotice('c', 400)]);
    const whole = formatPullRequestSummary(summary, { maxBytes: 10_000_000 });
    // Room for the short redlines of a and c, not for the long one of b.
    const maxBytes = Buffer.byteLength(whole) - 10_000;
    const markdown = formatPullRequestSummary(summary, { maxBytes });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(maxBytes);
    expect(count(markdown, '<details>')).toBe(2);
    expect(count(markdown, '</details>')).toBe(2);
    const b = markdown.slice(markdown.indexOf('### b'), markdown.indexOf('### c'));
    expect(b).toContain(
      '<em>Whole text: no earlier version in this language to compare with: left out to keep this summary under its size limit. ' +
        'Run <code>npm run review -- --base main --output review.md --max-bytes 100000000</code> to read every redline.</em>',
    );
    expect(markdown.slice(markdown.indexOf('### c'))).toContain('word399');
  });

  it('ends a summary too long even without redlines after the last list item that fits, with a note', () => {
    const warnings = Array.from({ length: 2000 }, (_, index) => warning(index));
    const markdown = formatPullRequestSummary(summaryOf([newNotice('a', 100)], warnings), { maxBytes: 20_000 });
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(20_000);
    expect(Buffer.byteLength(markdown)).toBeGreaterThan(19_000);
    const lines = markdown.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      '> **This summary stops here:** it reached its limit of 20000 bytes. Run <code>npm run check</code> and <code>npm run review</code> locally to read all of it.',
    );
    expect(lines.at(-3)).toMatch(/^- <code>content\/notices\/a\/2027-01-01\/en\.mdx:\d+:1<\/code> warning number \d+ — \*\*Fix:\*\* look at it$/);
    expect(count(markdown, '<details>')).toBe(count(markdown, '</details>'));
  });
});

describe('pull-request summary escaping', () => {
  it('escapes the base ref, file paths and problems, which are Markdown even inside <code>', () => {
    const summary = summaryOf([{ ...newNotice('a', 10), file: 'content/notices/*a*/x.mdx' }], [
      { file: 'content/<b>.mdx', line: 3, severity: 'warning', message: 'a `tick` and </details>', fix: '*do* it' },
    ]);
    summary.base.ref = 'feature/`<img src=x>`';
    const lines = formatPullRequestSummary(summary, { maxBytes: 1_000_000 }).split('\n');
    expect(lines[4]).toMatch(/^Compared with <code>feature\/\\`&lt;img src=x&gt;\\`<\/code> \(commit 0123456789ab\)/);
    expect(lines).toContain('- **File:** <code>content/notices/\\*a\\*/x.mdx</code>');
    expect(lines).toContain('- <code>content/&lt;b&gt;.mdx:3:1</code> a \\`tick\\` and &lt;/details&gt; — **Fix:** \\*do\\* it');
  });
});
