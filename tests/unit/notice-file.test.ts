// The one reader of a notice file: where the frontmatter ends, agreed with every other reader of the file
// or refused; what the hash covers; and how the CLI rewrites frontmatter through it.

import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/errors.ts';
import {
  hashNoticeText,
  parseNoticeBytes,
  parseNoticeSource,
  setFrontmatterFields,
  setFrontmatterLine,
  splitNoticeSource,
  type NoticeFile,
  type NoticeSource,
} from '../../src/lib/notice-file.ts';

function read(text: string): NoticeFile {
  const file = parseNoticeSource(text, 'x.mdx', []);
  if (!file) throw new Error('the test text cannot be read');
  return file;
}

/** What Sätteri's own frontmatter reading (the parser Paragraf renders with) makes of a file. */
function satteriSplit(text: string): { frontmatter?: string; endLine?: number } {
  try {
    const tree = mdxToMdast(text, { features: { frontmatter: true } }) as { children: { type: string; value?: string; position?: { end: { line: number } } }[] };
    const first = tree.children[0];
    return first?.type === 'yaml' ? { frontmatter: first.value ?? '', endLine: first.position?.end.line } : {};
  } catch {
    return {};
  }
}

describe('splitting a notice file', () => {
  it.each([
    ['a frontmatter and a body', '---\ntitle: T\n---\n\nBody.\n', { frontmatter: 'title: T\n', body: '\nBody.\n', bodyLine: 4 }],
    ['an empty frontmatter', '---\n---\nBody.\n', { frontmatter: '', body: 'Body.\n', bodyLine: 3 }],
    ['a frontmatter only', '---\ntitle: T\n---', { frontmatter: 'title: T\n', body: '', bodyLine: 4 }],
    ['a later "---" in the body, which is the body’s', '---\ntitle: T\n---\n\nA\n\n---\n\nB\n', { frontmatter: 'title: T\n', body: '\nA\n\n---\n\nB\n', bodyLine: 4 }],
  ])('reads %s', (_what, text, expected) => {
    expect(splitNoticeSource(text)).toEqual(expected);
  });

  it.each([
    ['an opening fence with a trailing space', '--- \ntitle: T\n---\n', 1, 'the first line is "---·", not exactly "---"'],
    ['a closing fence with a trailing space', '---\ntitle: T\n--- \nbody\n---\n', 3, 'this line starts like the end of the frontmatter but is "---·", not exactly "---"'],
    ['a closing fence with a tab', '---\ntitle: T\n---\t\n', 3, 'this line starts like the end of the frontmatter but is "---→", not exactly "---"'],
    ['four hyphens', '---\ntitle: T\n----\n', 3, 'this line starts like the end of the frontmatter but is "----", not exactly "---"'],
    ['a document-end marker', '---\ntitle: T\n...\n', 3, 'this line starts like the end of the frontmatter but is "...", not exactly "---"'],
    ['TOML', '+++\ntitle = "T"\n+++\n', 1, 'the frontmatter is written as TOML ("+++"); notices use YAML between "---" lines'],
    ['a blank line before the fence', '\n---\ntitle: T\n---\n', 1, 'the file has no frontmatter: it must start with a "---" line'],
    ['no closing fence', '---\ntitle: T\n', 1, 'the frontmatter is not closed: no line of exactly "---" follows the first'],
  ])('refuses %s', (_what, text, line, message) => {
    expect(splitNoticeSource(text)).toMatchObject({ line, message });
  });

  it('reads bytes with a byte-order mark and Windows line endings as the same text', () => {
    const plain = '---\ntitle: Villkor\nsummary: Kort.\n---\n\nText på svenska.\n';
    const windows = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plain.replace(/\n/g, '\r\n'))]);
    const problems: Problem[] = [];
    const file = parseNoticeBytes(windows, 'x.mdx', problems);
    expect(problems).toEqual([]);
    expect(file).toMatchObject({ source: plain, bodyLine: 5, body: '\nText på svenska.\n' });
  });

  // Every other reader — Astro's frontmatter helper, Sätteri's own frontmatter parsing — must see
  // exactly the same frontmatter and body in any file Paragraf accepts. Files are built from the pieces
  // that confuse splitters: fences with spaces, tabs or extra hyphens, "...", "+++", blank lines, CRs.
  const piece = fc.constantFrom(
    '---',
    '--- ',
    '---\t',
    '----',
    '...',
    '+++',
    '',
    ' ',
    'title: T',
    'summary: S',
    '# comment',
    '#{x}',
    'body text',
    '## Heading {#h}',
    'key: ---',
    '  ---',
    '---x',
    '\r',
  );
  const lines = fc.array(piece, { minLength: 1, maxLength: 9 });
  // Most files start with a fence, as notice files do; the rest start with anything.
  const files = fc.oneof(
    { arbitrary: lines.map((rest) => ['---', ...rest].join('\n')), weight: 4 },
    { arbitrary: lines.map((all) => all.join('\n')), weight: 1 },
  );

  it('agrees with Astro’s and Sätteri’s reading of every file it accepts, and refuses the rest (property)', () => {
    let accepted = 0;
    let satteriCompared = 0;
    fc.assert(
      fc.property(files, fc.boolean(), (text, trailingNewline) => {
        const source = trailingNewline ? `${text}\n` : text;
        // The reader sees text as decoded: "\r\n" and "\r" become "\n" first.
        const normalised = source.replace(/\r\n?/g, '\n');
        const split = splitNoticeSource(normalised);
        if ('message' in split) return;
        accepted += 1;
        const ours = split as NoticeSource;
        // Astro's split (the YAML is its parser's business, so only where the frontmatter ends is compared).
        const raw = extractFrontmatter(normalised);
        expect(raw).toBe(`\n${ours.frontmatter}`);
        const astroBody = normalised.replace(`---${raw}---`, '');
        expect(astroBody).toBe(normalised.length > ours.frontmatter.length + 7 ? `\n${ours.body}` : ours.body);
        const satteri = satteriSplit(normalised);
        if (satteri.frontmatter !== undefined) {
          satteriCompared += 1;
          expect(satteri.frontmatter).toBe(ours.frontmatter.replace(/\n$/, ''));
          expect(satteri.endLine).toBe(ours.bodyLine - 1);
        }
      }),
      { numRuns: 3000, seed: 20261204 },
    );
    expect(accepted).toBeGreaterThan(200);
    expect(satteriCompared).toBeGreaterThan(200);
  });
});

describe('the hash of a published text', () => {
  const text = '---\ntitle: Villkor\nsummary: Kort.\n---\n\nText.\n';

  it('covers what readers get: the published fields and the body', () => {
    expect(hashNoticeText(read(text.replace('Text.', 'Ny text.')))).not.toBe(hashNoticeText(read(text)));
    expect(hashNoticeText(read(text.replace('Kort.', 'Lång.')))).not.toBe(hashNoticeText(read(text)));
  });

  it('leaves out translatedFrom, which records provenance', () => {
    const marked = text.replace('title:', `translatedFrom: ${'b'.repeat(64)}\ntitle:`);
    expect(hashNoticeText(read(marked))).toBe(hashNoticeText(read(text)));
  });

  it('is not fooled by a body line that looks like translatedFrom (the attack on the old hash)', () => {
    const withLine = `${text}translatedFrom: we keep your data for one year\n`;
    const changed = `${text}translatedFrom: we keep your data for ten years\n`;
    expect(hashNoticeText(read(withLine))).not.toBe(hashNoticeText(read(text)));
    expect(hashNoticeText(read(changed))).not.toBe(hashNoticeText(read(withLine)));
  });

  it('does not change with YAML formatting, field order or trailing white space at the end', () => {
    const reformatted = "---\nsummary: 'Kort.'\ntitle: \"Villkor\"\n---\n\nText.\n\n\n";
    expect(hashNoticeText(read(reformatted))).toBe(hashNoticeText(read(text)));
  });
});

describe('rewriting frontmatter', () => {
  const text = '---\ntitle: Villkor # the Swedish title\nsummary: Kort.\n---\n\nText.\n';

  it('sets one line and keeps every other byte', () => {
    expect(setFrontmatterLine(text, 'translatedFrom', 'abc')).toBe(text.replace('Kort.\n', 'Kort.\ntranslatedFrom: abc\n'));
    expect(setFrontmatterLine(setFrontmatterLine(text, 'translatedFrom', 'abc'), 'translatedFrom', 'def')).toBe(
      text.replace('Kort.\n', 'Kort.\ntranslatedFrom: def\n'),
    );
  });

  it('sets and removes fields through the YAML document, keeping the body', () => {
    const changed = setFrontmatterFields(text, { changes: 'Nytt: allt.', summary: undefined });
    expect(changed).toBe("---\ntitle: Villkor # the Swedish title\nchanges: \"Nytt: allt.\"\n---\n\nText.\n");
  });
});
