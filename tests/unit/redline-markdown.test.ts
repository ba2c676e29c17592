// The Markdown redline of pull-request summaries and `notice diff --format markdown`: tables, lists and
// formatting kept, and notice text that cannot add markup of its own.

import { describe, expect, it } from 'vitest';
import type { NoticeText } from '../../src/lib/content.ts';
import { buildRedline, type RedlineView } from '../../src/lib/redline.ts';
import { escapeLineStart, escapeMarkdown, formatRedlineMarkdown } from '../../src/lib/redline-markdown.ts';
import { compileMarkdown } from '../helpers/compile.ts';

const text = (body: string) => ({ compiled: compileMarkdown(body) }) as unknown as NoticeText;

function redline(before: string, after: string, headingLevel = 3): string[] {
  const view = buildRedline(text(before), text(after), {
    locale: 'en',
    resolveLink: (href, kind) => (kind === 'site' ? `https://legal.example${href}` : href),
  });
  return formatRedlineMarkdown(view, { headingLevel }).split('\n');
}

describe('Markdown redline', () => {
  it('shows each changed section under its heading, removed and added words in <del> and <ins>, unchanged passages counted', () => {
    const lines = redline(
      '## Data {#data}\n\nWe keep data.\n\nWe delete it.\n\n### Logs {#logs}\n\nWe keep logs for two years.\n\n## Rights {#rights}\n\nAsk us.\n',
      '## Data {#data}\n\nWe keep data.\n\nWe delete it.\n\n### Logs {#logs}\n\nWe keep logs for one year.\n\n## Rights {#rights}\n\nAsk us.\n',
      4,
    );
    expect(lines).toEqual([
      '#### Data',
      '',
      '<em>… 2 unchanged passages</em>',
      '',
      '##### Logs',
      '',
      'We keep logs for <del>two years</del><ins>one year</ins>.',
    ]);
  });

  it('escapes text that would close the summary\'s <details>, start a script or an entity', () => {
    const lines = redline(
      '## A {#a}\n\nText one.\n',
      '## A {#a}\n\nText one \\</details>\\<script>alert(1)\\</script> &amp;lt;b&amp;gt;.\n',
    );
    expect(lines).toEqual([
      '### A',
      '',
      '<del>Text one.</del>',
      '',
      '<ins>Text one &lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;b&amp;gt;.</ins>',
    ]);
    expect(lines.join('\n')).not.toMatch(/<\/details>|<script|<b>/);
  });

  it('keeps Markdown syntax written as text literal, inside a line and at its start', () => {
    const lines = redline(
      '## A {#a}\n\nOld.\n',
      '## A {#a}\n\nOld.\n\n1\\. not a list, \\*not bold\\*, \\[not\\](a-link), \\`no code\\`, a \\| b, \\~\\~x\\~\\~, $x$, \\_u\\_ and C\\#\n\n\\- no item\n\n\\# no heading\n',
    );
    expect(lines.slice(2)).toEqual([
      '<em>… 1 unchanged passage</em>',
      '',
      '<ins>1. not a list, \\*not bold\\*, \\[not\\](a-link), \\`no code\\`, a \\| b, \\~\\~x\\~\\~, \\$x\\$, \\_u\\_ and C\\#</ins>',
      '',
      '<ins>- no item</ins>',
      '',
      '<ins>\\# no heading</ins>',
    ]);
    // Unchanged text starts the line itself, so the line start is escaped there.
    expect(escapeLineStart(escapeMarkdown('1. not a list'))).toBe('1\\. not a list');
    expect(escapeLineStart(escapeMarkdown('- no item'))).toBe('\\- no item');
    expect(escapeLineStart(escapeMarkdown('+ no item'))).toBe('\\+ no item');
    expect(escapeLineStart(escapeMarkdown('=== no underline'))).toBe('\\=== no underline');
    expect(escapeLineStart(escapeMarkdown('# no heading'))).toBe('\\# no heading');
  });

  it('writes formatting as HTML and links only to web addresses, with the address escaped', () => {
    const lines = redline(
      '## A {#a}\n\n**Access:** get a copy.\n',
      '## A {#a}\n\n**Access:** get a _full_ copy from [the portal](https://portal.example/?a=1&b=2) or [cookies](/cookies/).\n',
    );
    expect(lines[2]).toBe(
      '<strong>Access:</strong> get a <ins><em>full</em> </ins>copy<ins> from <a href="https://portal.example/?a=1&amp;b=2">the portal</a> or <a href="https://legal.example/cookies/">cookies</a></ins>.',
    );
  });

  it('never makes a link of an address a reader cannot open safely', () => {
    const view: RedlineView = {
      diff: { changes: [], sections: [], stats: { sectionsChanged: 1, wordsAdded: 1, wordsRemoved: 0, blocksChanged: 1 }, identical: false },
      sections: [
        {
          anchor: 'changes',
          title: '',
          status: 'changed',
          moved: false,
          changes: 1,
          nodes: [
            {
              kind: 'block',
              element: 'paragraph',
              change: 'insert',
              content: [{ change: 'insert', runs: [{ text: 'click', marks: [{ type: 'link', href: 'javascript:alert("x")' }] }] }],
            },
            {
              kind: 'block',
              element: 'paragraph',
              change: 'insert',
              content: [{ change: 'insert', runs: [{ text: 'mail', marks: [{ type: 'link', href: 'mailto:a@b.example?subject="><script>' }] }] }],
            },
          ],
        },
      ],
    };
    expect(formatRedlineMarkdown(view, { headingLevel: 2 }).split('\n')).toEqual([
      '## (before the first heading)',
      '',
      '<ins>click</ins>',
      '',
      '<ins><a href="mailto:a@b.example?subject=&quot;&gt;&lt;script&gt;">mail</a></ins>',
    ]);
  });

  it('keeps a table as a table with its header, marking the changed cells and escaping pipes', () => {
    const lines = redline(
      '## Keep {#keep}\n\n| Data | Retention |\n| --- | --- |\n| Account | 2 years |\n| Logs | 30 days |\n',
      '## Keep {#keep}\n\n| Data | Retention |\n| --- | --- |\n| Account | 1 year |\n| Logs | 30 days |\n| Backups \\| raw | 90 days |\n',
    );
    expect(lines).toEqual([
      '### Keep',
      '',
      '| Data | Retention |',
      '| --- | --- |',
      '| Account | <del>2 years</del><ins>1 year</ins> |',
      '| Logs | 30 days |',
      '| <ins>Backups \\| raw</ins> | <ins>90 days</ins> |',
    ]);
  });

  it('keeps lists nested and numbered, with the added item where it stands', () => {
    const lines = redline(
      '## Data {#data}\n\n- Data\n  - Name\n  - E-mail\n- Rights\n\n1. First\n2. Second\n',
      '## Data {#data}\n\n- Data\n  - Name\n  - Phone\n  - E-mail\n- Rights\n\n1. First\n2. Second\n3. Third\n',
    );
    expect(lines).toEqual([
      '### Data',
      '',
      '- Data',
      '  - Name',
      '  - <ins>Phone</ins>',
      '  - E-mail',
      '- Rights',
      '',
      '1. First',
      '2. Second',
      '3. <ins>Third</ins>',
    ]);
  });

  it('shows a removed section with its heading and body struck through', () => {
    const lines = redline('## Keep {#keep}\n\nStays.\n\n## Gone {#gone}\n\nLeaves.\n', '## Keep {#keep}\n\nStays.\n');
    expect(lines).toEqual(['### <del>Gone</del>', '', '<del>Leaves.</del>']);
  });
});
