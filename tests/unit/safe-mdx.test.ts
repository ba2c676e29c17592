// Safe MDX: notice texts may not contain code, unsafe addresses or anything outside the component allow-list.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/errors.ts';
import { compileNoticeBody } from '../../src/lib/markdown/compile.ts';
import { guardTree } from '../../src/lib/markdown/guard.ts';
import { parseNoticeBody } from '../../src/lib/markdown/parse.ts';
import { renderNoticeHtml } from '../../src/lib/markdown/render.ts';
import { splitNoticeSource, type NoticeSource } from '../../src/lib/notice-file.ts';
import { readLink } from '../../src/lib/urls.ts';
import { fixturesDir, writeFile } from '../helpers/fixtures.ts';
import { checkFixture, copyBasic, fileOf, inspectCopy } from './checks/site.ts';

/** Compiles a body as if it started on line 5 of `x.mdx`, and returns `line:column message — fix` per problem. */
function check(body: string): string[] {
  return compileNoticeBody({ file: 'x.mdx', body, bodyLine: 5 }, { imageHosts: [] }).problems.map(
    (p) => `${p.line}:${p.column} ${p.message} — ${p.fix}`,
  );
}

/** The errors `npm run check` reports about the English cookie notice of a copy of the basic fixture. */
function checkSafeMdx(root: string) {
  return inspectCopy(root).filter((p) => p.file === fileOf(root, 'content/notices/cookies/2025-01-01/en.mdx') && p.severity === 'error');
}

describe('the safe-MDX check', () => {
  it('accepts Markdown, heading anchors, escaped braces and the Callout component', () => {
    const root = copyBasic();
    writeFile(root, 'content/notices/cookies/2025-01-01/en.mdx', fs.readFileSync(checkFixture('safe-mdx', 'allowed.mdx'), 'utf8'));
    expect(checkSafeMdx(root)).toEqual([]);
  });

  it('reports an export line with its file and line, before anything could run it', () => {
    const root = copyBasic();
    writeFile(root, 'content/notices/cookies/2025-01-01/en.mdx', fs.readFileSync(checkFixture('safe-mdx', 'export.mdx'), 'utf8'));
    expect(checkSafeMdx(root)).toEqual([
      {
        file: fileOf(root, 'content/notices/cookies/2025-01-01/en.mdx'),
        line: 6,
        column: 1,
        severity: 'error',
        message: 'an "export" line is not allowed in a notice: notice texts may not contain code',
        fix: 'remove the line; to start a line with that word, write it differently (e.g. put it after other words)',
      },
    ]);
  });

  it('reports script, javascript: links, iframes, unknown attributes and event handlers, each at its place', () => {
    const root = copyBasic();
    writeFile(root, 'content/notices/cookies/2025-01-01/en.mdx', fs.readFileSync(checkFixture('safe-mdx', 'unsafe-html.mdx'), 'utf8'));
    const file = fileOf(root, 'content/notices/cookies/2025-01-01/en.mdx');
    expect(checkSafeMdx(root).map((p) => [p.file, p.line, p.column, p.message])).toEqual([
      [file, 8, 1, 'a <script> element is not allowed: notices may not run code'],
      [file, 10, 12, 'the address "javascript:alert(1)" is not allowed: javascript: addresses can run code in the reader’s browser'],
      [file, 12, 1, 'an <iframe> element is not allowed: notices may not embed other pages or files'],
      [file, 14, 10, 'type="warning" is not a kind of <Callout>'],
      [file, 14, 25, 'the "onClick" attribute would run code when the reader uses the page'],
    ]);
  });

  it.each([
    ['import x from "y"', '5:1 an "import" line is not allowed in a notice: notice texts may not contain code'],
    ['Costs {1 + 1} euros.', '5:7 "{1 + 1}" is a JavaScript expression, which notices may not contain'],
    ['{process.exit(1)}', '5:1 "{process.exit(1)}" is a JavaScript expression, which notices may not contain'],
    ['Text {#id} in a paragraph.', '5:6 this "{" cannot be read: MDX takes it for the start of a JavaScript expression'],
    ['<style>p</style>', '5:1 a <style> element is not allowed: the site’s own stylesheet styles every notice'],
    ['<object data="x.swf" />', '5:1 an <object> element is not allowed: notices may not embed other pages or files'],
    ['<embed src="x.swf" />', '5:1 an <embed> element is not allowed: notices may not embed other pages or files'],
    ['<div>Hi</div>', '5:1 <div> is not allowed in a notice: the only components are <Callout> (a note that stands out), <KeyPoints> (the first layer: a short list of key points at the top), <Lang> (a passage in another language), <Anchor> (a place links can point to)'],
    ['![pixel](data:image/png;base64,AAAA)', '5:1 the address "data:image/png;base64,AAAA" is not allowed: data: addresses can run code in the reader’s browser'],
    ['[x]: vbscript:msgbox', '5:1 the address "vbscript:msgbox" is not allowed: vbscript: addresses can run code in the reader’s browser'],
    ['Text <Callout>inline</Callout>.', '5:6 <Callout> must stand on lines of its own, not inside a paragraph'],
    ['<Callout title="Hi">\nx\n</Callout>', '5:10 <Callout> has no "title" attribute'],
    ['<Callout type={kind}>\nx\n</Callout>', '5:10 type={kind} is a JavaScript expression, which notices may not contain'],
    ['<Callout {...props}>\nx\n</Callout>', '5:10 "{...props}" in <Callout> is a JavaScript expression, which notices may not contain'],
  ])('reports %j', (body, expected) => {
    expect(check(body).map((line) => line.split(' — ')[0])).toEqual([expected]);
  });

  it('explains an unescaped "<" or "{" in plain words, pointing at the character', () => {
    expect(check('Fees are <5 euros.')).toEqual([
      '5:10 this "<" cannot be read: MDX takes it for the start of a component or HTML tag — write \\< for a less-than sign, or use words ("less than"); write links as [text](https://…)',
    ]);
    expect(check('First line.\n\nWe use {braces\n\nhere.')).toEqual([
      '7:8 this "{" cannot be read: MDX takes it for the start of a JavaScript expression — write \\{ for a brace, or use words; a heading anchor {#id} goes at the very end of the heading line',
    ]);
  });

  it('explains a tag with a mistake inside and a Callout that is never closed', () => {
    expect(check('<Callout type=note>\nx\n</Callout>')[0]).toMatch(/^5:1 the tag starting here cannot be read: a component is written <Callout type="note">, with quoted values/);
    expect(check('Intro.\n\n<Callout>\n\nNever closed.')).toEqual([
      '7:1 a tag is not closed properly (Expected a closing tag for `<Callout>`) — close every <Callout> with </Callout> on a line of its own, with blank lines around',
    ]);
  });

  it('sees through the tricks browsers allow in a scheme', () => {
    expect(readLink('JavaScript:alert(1)')).toMatchObject({ kind: 'refused', reason: 'script' });
    expect(readLink(' java\tscript:alert(1)')).toMatchObject({ kind: 'refused', reason: 'script' });
    expect(readLink('https://example.com/javascript:')).toMatchObject({ kind: 'web', secure: true });
    expect(readLink('/policy/')).toMatchObject({ kind: 'site', path: '/policy/' });
  });
});

describe('the <Anchor> component', () => {
  const body = 'See [the row](#how-we-use-data).\n\n| Purpose | Basis |\n| --- | --- |\n| <Anchor id="how-we-use-data" />To run the app | Contract |\n\n- <Anchor id="item" />an item\n';

  it('renders an empty element carrying the id, in a table cell or a list item, and nothing else', () => {
    const compiled = compileNoticeBody({ file: 'x.mdx', body, bodyLine: 5 }, { imageHosts: [] });
    expect(compiled.problems).toEqual([]);
    expect(compiled.html).toContain('<td role="cell" data-label="Purpose"><span><span id="how-we-use-data"></span>To run the app</span></td>');
    expect(compiled.html).toContain('<li><span id="item"></span>an item</li>');
    expect(compiled.outline.anchors.map((a) => [a.id, a.line, a.column])).toEqual([
      ['how-we-use-data', 9, 3],
      ['item', 11, 3],
    ]);
  });

  it('is a place links resolve to, and a missing one is reported with a suggestion', () => {
    const root = copyBasic();
    const file = 'content/notices/cookies/2025-01-01/en.mdx';
    writeFile(root, file, `---\ntitle: Cookies\nsummary: Cookies we use.\n---\n\n${body}\nAnd [the item](#iten).\n`);
    expect(inspectCopy(root).filter((p) => p.file === fileOf(root, file) && p.severity === 'error').map((p) => `${p.line}:${p.column} ${p.message} — ${p.fix}`)).toEqual([
      '14:5 the link "#iten" goes to a section that this text does not have — did you mean #item?',
    ]);
  });

  it('is refused by the renderer when its id is not an anchor, even if the guard were skipped', () => {
    const tree = parseNoticeBody('<Anchor id="x y" />\n', 1, 'x.mdx').tree!;
    expect(() => renderNoticeHtml(tree, { file: 'x.mdx', imageHosts: [] })).toThrow(ContentError);
  });
});

describe('the renderer, on its own', () => {
  // The guarantee does not rest on the check: the renderer runs the allow-list on the very tree it renders.
  const hostileDir = path.join(fixturesDir, 'hostile');
  const bodies = fs
    .readdirSync(hostileDir)
    .map((name) => ({ name, source: fs.readFileSync(path.join(hostileDir, name), 'utf8') }))
    .map(({ name, source }) => ({ name, split: splitNoticeSource(source) }))
    .filter((entry): entry is { name: string; split: NoticeSource } => !('message' in entry.split));

  it('has the hostile fixtures to try', () => {
    expect(bodies.length).toBeGreaterThan(20);
  });

  it.each(bodies.map((entry) => [entry.name, entry.split] as const))('refuses to render the body of %s when it holds anything the allow-list refuses', (_name, split) => {
    const { tree, problems } = parseNoticeBody(split.body, split.bodyLine, 'x.mdx');
    if (!tree) {
      expect(problems.length).toBeGreaterThan(0);
      return;
    }
    const guard = guardTree(tree, { file: 'x.mdx', imageHosts: [] });
    if (guard.problems.length === 0) return;
    expect(() => renderNoticeHtml(tree, { file: 'x.mdx', imageHosts: [] })).toThrow(ContentError);
  });

  it('refuses raw HTML that gets into a tree some other way than the parser', () => {
    const { tree } = parseNoticeBody('Text.\n', 1, 'x.mdx');
    (tree!.children as unknown[]).push({ type: 'html', value: '<script>alert(1)</script>' });
    expect(() => renderNoticeHtml(tree!, { file: 'x.mdx', imageHosts: [] })).toThrow(ContentError);
  });
});
