// The outline the checks share: headings with anchors, links, lists, tables and visible text, at lines of the whole file.

import { describe, expect, it } from 'vitest';
import { getTextOutline, parseOutline } from '../../src/lib/markdown/outline.ts';

const body = [
  'Intro with a [link](/cookies/) and [ref][r].', // 5
  '',
  '## Your rights {#your-rights}', // 7
  '',
  '- one', // 9
  '- two',
  '  1. nested', // 11
  '',
  '### Plain heading', // 13
  '',
  '### Plain heading', // 15
  '',
  '| A | B |', // 17
  '| --- | --- |',
  '| [x](https://x.example) | 2 |', // 19
  '',
  '[r]: mailto:a@b.example', // 21
  '',
].join('\n');

describe('the outline of a notice body', () => {
  const outline = parseOutline(body, 5);

  it('gives headings their explicit anchor, or the slug GitHub would give them, numbering repeats', () => {
    expect(outline.headings).toEqual([
      { depth: 2, id: 'your-rights', explicit: true, text: 'Your rights', line: 7, column: 1 },
      { depth: 3, id: 'plain-heading', explicit: false, text: 'Plain heading', line: 13, column: 1 },
      { depth: 3, id: 'plain-heading-1', explicit: false, text: 'Plain heading', line: 15, column: 1 },
    ]);
  });

  it('lists links in document order, in tables and as definitions too', () => {
    expect(outline.links).toEqual([
      { url: '/cookies/', line: 5, column: 14 },
      { url: 'https://x.example', line: 19, column: 3 },
      { url: 'mailto:a@b.example', line: 21, column: 1 },
    ]);
  });

  it('counts the items of each list, a nested list apart from its parent', () => {
    expect(outline.lists).toEqual([
      { ordered: false, items: 2, line: 9, column: 1 },
      { ordered: true, items: 1, line: 11, column: 3 },
    ]);
  });

  it('counts table rows including the header row', () => {
    expect(outline.tables).toEqual([{ rows: 2, line: 17, column: 1 }]);
  });

  it('keeps the visible text without link addresses or anchors', () => {
    expect(outline.blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['paragraph', 'Intro with a link and ref.', 5],
      ['heading', 'Your rights', 7],
      ['paragraph', 'one', 9],
      ['paragraph', 'two', 10],
      ['paragraph', 'nested', 11],
      ['heading', 'Plain heading', 13],
      ['heading', 'Plain heading', 15],
      ['table-row', 'A B', 17],
      ['table-row', 'x 2', 19],
    ]);
  });

  it('reads text inside a <Callout> as the Markdown the site renders, even without blank lines around it', () => {
    const outline = parseOutline('<Callout>\nSee [rights](/policy/#your-rights).\n</Callout>\n', 1);
    expect(outline.links).toEqual([{ url: '/policy/#your-rights', line: 2, column: 5 }]);
    expect(outline.blocks.map((b) => b.text)).toEqual(['See rights.']);
  });

  it('still outlines a text that MDX cannot read, as plain Markdown', () => {
    const outline = parseOutline('## Fees {#fees}\n\nLess than <5 euros, see [fees](#fees).\n', 1);
    expect(outline.headings.map((h) => [h.id, h.text])).toEqual([['fees', 'Fees']]);
    expect(outline.links.map((l) => l.url)).toEqual(['#fees']);
  });

  it('parses a text once, however often it is asked for', () => {
    const text = { body, bodyLine: 5 };
    expect(getTextOutline(text)).toBe(getTextOutline(text));
  });
});
