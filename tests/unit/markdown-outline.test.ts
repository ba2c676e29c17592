// The outline the checks share: headings with anchors, links, lists, tables and visible text, at lines of the whole file.

import { describe, expect, it } from 'vitest';
import { compileNoticeBody } from '../../src/lib/markdown/compile.ts';

const parseOutline = (text: string, bodyLine: number) => compileNoticeBody({ file: 'test.mdx', body: text, bodyLine }, { imageHosts: [] }).outline;

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

  it('lists links in document order, in tables too, and a reference where it is used, with its definition’s address', () => {
    expect(outline.links).toEqual([
      { url: '/cookies/', image: false, line: 5, column: 14 },
      { url: 'mailto:a@b.example', image: false, line: 5, column: 36 },
      { url: 'https://x.example', image: false, line: 19, column: 3 },
    ]);
  });

  it('counts the items of each list, a nested list apart from its parent', () => {
    expect(outline.lists).toEqual([
      { ordered: false, items: 2, depth: 1, line: 9, column: 1 },
      { ordered: true, items: 1, depth: 2, line: 11, column: 3 },
    ]);
  });

  it('counts table rows including the header row', () => {
    expect(outline.tables).toEqual([{ rows: 2, cells: [2, 2], rowLines: [17, 19], line: 17, column: 1 }]);
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
    expect(outline.links).toEqual([{ url: '/policy/#your-rights', image: false, line: 2, column: 5 }]);
    expect(outline.blocks.map((b) => b.text)).toEqual(['See rights.']);
  });

  it('has nothing to outline in a text MDX cannot read: the reason is the one problem reported', () => {
    const compiled = compileNoticeBody({ file: 'test.mdx', body: '## Fees {#fees}\n\nLess than <5 euros.\n', bodyLine: 1 }, { imageHosts: [] });
    expect(compiled.outline.headings).toEqual([]);
    expect(compiled.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '3:11 this "<" cannot be read: MDX takes it for the start of a component or HTML tag',
    ]);
  });
});
