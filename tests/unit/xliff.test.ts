// The XLIFF exchange's pure parts: units and codes from a notice body, the XLIFF 2.0 file as written and
// read back, codes in a translation matched with the source's, and translations rebuilt into the source.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNoticeBody } from '../../src/lib/markdown/parse.ts';
import { readXliff, writeXliff, type RawItem } from '../../src/lib/xliff/document.ts';
import { escapeText, rebuildTranslation } from '../../src/lib/xliff/rebuild.ts';
import { getExistingTargets, resolveTarget } from '../../src/lib/xliff/targets.ts';
import { getBodyUnits, getContentText, type InlineContent, type TranslationUnit } from '../../src/lib/xliff/units.ts';
import { compileMarkdown } from '../helpers/compile.ts';

const BODY = [
  '<KeyPoints>',
  '',
  '- **Who:** [We](#who-we-are) decide.',
  '',
  '</KeyPoints>',
  '',
  '## Who we are {#who-we-are}',
  '',
  'We are *Kvarnby* and write <Lang code="sv">Integritetsskyddsmyndigheten</Lang> here <Anchor id="here" />,',
  'with `kv_session` and www.imy.se.',
  '',
  '| Name | Purpose |',
  '|---|---|',
  '| kv\\|x | Keeps you **signed** in |',
  '',
].join('\n');

function unitsOf(body: string): TranslationUnit[] {
  const parsed = parseNoticeBody(body, 1, 'test.mdx');
  if (!parsed.tree) throw new Error(parsed.problems[0].message);
  return getBodyUnits(parsed.tree, body);
}

/** A target written as the source's content with every text run changed by `change`. */
function mapText(content: InlineContent, change: (text: string) => string): InlineContent {
  return content.map((item) => (typeof item === 'string' ? change(item) : item.type === 'span' ? { ...item, children: mapText(item.children, change) } : item));
}

function rebuild(body: string, targets: Map<string, InlineContent>) {
  const units = unitsOf(body);
  return rebuildTranslation({
    source: { body, bodyLine: 1, frontmatter: { title: 'T', summary: 'S' } },
    units,
    targets,
    sourceHash: 'a'.repeat(64),
    file: 'fr.mdx',
  });
}

function bodyOf(text: string): string {
  return text.slice(text.indexOf('\n---\n') + 5);
}

describe('translation units', () => {
  it('makes one unit per heading, paragraph, key point and table cell, with codes for formatting, links, components and code', () => {
    const units = unitsOf(BODY);
    expect(units.map((u) => `${u.id} ${getContentText(u.content)}`)).toEqual([
      'kp-1 Who: We decide.',
      'h-2 Who we are',
      'p-3 We are Kvarnby and write Integritetsskyddsmyndigheten here , with  and .',
      'th-4 Name',
      'th-5 Purpose',
      'td-6 kv|x',
      'td-7 Keeps you signed in',
    ]);
    const paragraph = units[2];
    expect([...paragraph.codes.values()].map((c) => [c.role, c.open ?? c.markup, c.close])).toEqual([
      ['emphasis', '*', '*'],
      ['lang', '<Lang code="sv">', '</Lang>'],
      ['anchor', '<Anchor id="here" />', undefined],
      ['code', '`kv_session`', undefined],
      ['autolink', 'www.imy.se', undefined],
    ]);
    expect(units[0].codes.get('2')).toMatchObject({ role: 'link', open: '[', close: '](#who-we-are)', signature: 'link:#who-we-are' });
    expect(units[1].note).toBe('Heading, level 2; its anchor {#who-we-are} is kept by Paragraf.');
  });

  it('rebuilds the source exactly when every target is the source text', () => {
    const result = rebuild(BODY, new Map());
    expect(result.problems).toEqual([]);
    expect(bodyOf(result.text!)).toBe(BODY);
  });

  it('writes translated words in place and keeps every code, even when the translation moves it', () => {
    const units = unitsOf(BODY);
    const targets = new Map<string, InlineContent>([
      ['h-2', ['Qui sommes-nous']],
      ['td-7', ['Vous garde ', { type: 'span', id: '1', role: 'strong', children: ['connecté'] }]],
      ['kp-1', [{ type: 'span', id: '2', role: 'link', children: ['Nous'] }, ' décidons, ', { type: 'span', id: '1', role: 'strong', children: ['qui :'] }]],
    ]);
    const result = rebuild(BODY, targets);
    expect(result.problems).toEqual([]);
    const body = bodyOf(result.text!);
    expect(body).toContain('## Qui sommes-nous {#who-we-are}');
    expect(body).toContain('| kv\\|x | Vous garde **connecté** |');
    expect(body).toContain('- [Nous](#who-we-are) décidons, **qui :**');
    expect(units).toHaveLength(7);
    // The rebuilt text has the source's blocks, kind for kind and line for line.
    const blocks = (text: string) => compileMarkdown(text).blocks.map((b) => [b.kind, b.line]);
    expect(blocks(body)).toEqual(blocks(BODY));
  });

  it('escapes words so that Markdown and MDX read them as text, whatever they hold', () => {
    const hostile = 'import x from "y" {process.exit(1)} <script>alert(1)</script> &copy; *a* _b_ [c](javascript:d) `e` ~~f~~ | g';
    const result = rebuild('Plain paragraph.\n', new Map([['p-1', [hostile]]]));
    expect(result.problems).toEqual([]);
    const body = bodyOf(result.text!);
    expect(body).toBe('&#105;mport x from "y" \\{process.exit(1)\\} \\<script>alert(1)\\</script> \\&copy; \\*a\\* \\_b\\_ \\[c\\](javascript:d) \\`e\\` \\~\\~f\\~\\~ | g\n');
    const compiled = compileMarkdown(body);
    expect(compiled.problems).toEqual([]);
    expect(compiled.blocks.map((b) => b.text)).toEqual([hostile]);
  });

  it('escapes what would start a heading, list, quote or rule at the start of a line', () => {
    for (const start of ['# a', '- a', '+ a', '> a', '1. a', '2) a', '---', 'export const a = 1']) {
      const result = rebuild('- item\n', new Map([['li-1', [start]]]));
      expect(result.problems, start).toEqual([]);
      expect(compileMarkdown(bodyOf(result.text!)).blocks.map((b) => [b.kind, b.text]), start).toEqual([['list-item', start]]);
    }
    expect(escapeText('kv_session a_b _c', { lineStart: false, table: false, heading: false })).toBe('kv_session a_b \\_c');
  });

  it('reads back any words as exactly those words (generated inputs)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'ab _*#-+>`<{}[]()|\\&!~=.1:;é\u00a0'.split('')), minLength: 1, maxLength: 24 });
    fc.assert(
      fc.property(word, word, (paragraph, cell) => {
        // Runs of spaces read as one, and the ends lose theirs; a no-break space is a character like any other.
        const text = (s: string) => s.replace(/[ \t]+/g, ' ').replace(/^ | $/g, '');
        fc.pre(text(paragraph).trim() !== '' && text(cell).trim() !== '');
        const result = rebuild('Para.\n\n| A |\n|---|\n| b |\n', new Map([['p-1', [paragraph]], ['td-3', [cell]]]));
        if (result.problems.length) return true === /link/.test(result.problems[0].message);
        const body = bodyOf(result.text!);
        expect(compileMarkdown(body).problems).toEqual([]);
        return unitsOf(body).map((unit) => getContentText(unit.content)).join('|') === [text(paragraph), 'A', text(cell)].join('|');
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a translation that would not read back as meant, naming the unit', () => {
    const result = rebuild('A **b** c.\n', new Map([['p-1', ['x', { type: 'span', id: '1', role: 'strong', children: [] }, 'y']]]));
    expect(result.text).toBeUndefined();
    expect(result.problems).toEqual([
      { unit: 'p-1', message: 'written as MDX, the translation would read "x****y" instead of "x"<strong:></strong>"y"', fix: expect.any(String) },
    ]);
  });

  it('moves spaces inside a formatting code outside it, where Markdown needs them', () => {
    const result = rebuild('A **b** c.\n', new Map([['p-1', ['Un', { type: 'span', id: '1', role: 'strong', children: [' gras '] }, 'mot.']]]));
    expect(bodyOf(result.text!)).toBe('Un **gras** mot.\n');
  });
});

describe('codes in a translation', () => {
  const [unit] = unitsOf('See [our notice](/privacy/) and **this**.\n');

  it('gives each code of the target its source role', () => {
    const raw: RawItem[] = [{ kind: 'pc', id: '2', children: ['ceci'] }, ' et ', { kind: 'pc', id: '1', children: ['notre politique'] }];
    expect(resolveTarget(raw, unit)).toEqual({
      content: [{ type: 'span', id: '2', role: 'strong', children: ['ceci'] }, ' et ', { type: 'span', id: '1', role: 'link', children: ['notre politique'] }],
      problems: [],
    });
  });

  it('refuses codes that are added, copied, changed or missing', () => {
    const messages = (raw: RawItem[]) => resolveTarget(raw, unit).problems.map((p) => p.message);
    expect(messages([{ kind: 'pc', id: '1', children: ['a'] }, { kind: 'pc', id: '1', children: ['b'] }, { kind: 'ph', id: '7' }])).toEqual([
      'the link to /privacy/ (code 1) appears twice',
      'the translation has a code (id "7") that the source does not have',
      'the translation lacks the bold text (code 2)',
    ]);
    expect(messages([{ kind: 'ph', id: '1' }, { kind: 'pc', id: '2', children: [] }])).toEqual(['the link to /privacy/ (code 1) surrounds words in the source, but not here']);
  });

  it('takes an existing translation as targets when it matches block for block, matching codes by what they are', () => {
    const source = unitsOf('## A {#a}\n\nSee [our notice](/privacy/) and **this**.\n');
    const same = unitsOf('## B {#a}\n\nVoir **ceci** et [notre politique](/privacy/).\n');
    const targets = getExistingTargets(source, same);
    expect(targets.get('p-2')).toEqual(['Voir ', { type: 'span', id: '2', role: 'strong', children: ['ceci'] }, ' et ', { type: 'span', id: '1', role: 'link', children: ['notre politique'] }, '.']);
    expect(getExistingTargets(source, unitsOf('Voir ceci.\n')).size).toBe(0);
  });
});

describe('a <Lang> only the translation has', () => {
  it('is exported as a code of its own that names its language, and written back as <Lang>', () => {
    const body = 'Select "Do Not Sell" at the bottom.\n';
    const [source] = unitsOf(body);
    const [translation] = unitsOf('Choisissez « <Lang code="en">Do Not Sell</Lang> » en bas.\n');
    const target = getExistingTargets([source], [translation]).get('p-1')!;
    expect(target).toEqual(['Choisissez « ', { type: 'span', id: 'lang-en-1', role: 'lang', children: ['Do Not Sell'] }, ' » en bas.']);
    const raw: RawItem[] = ['Choisissez « ', { kind: 'pc', id: 'lang-en-1', children: ['Do Not Sell'] }, ' » en bas.'];
    const resolved = resolveTarget(raw, source);
    expect(resolved.problems).toEqual([]);
    expect(bodyOf(rebuild(body, new Map([['p-1', resolved.content!]])).text!)).toBe('Choisissez « <Lang code="en">Do Not Sell</Lang> » en bas.\n');
    // It may be left out; an id that names no language is a code the source does not have.
    expect(resolveTarget(['Choisissez « Do Not Sell » en bas.'], source).problems).toEqual([]);
    expect(resolveTarget([{ kind: 'pc', id: 'lang-zz-1', children: ['x'] }], source).problems.map((p) => p.message)).toEqual(['the translation has a code (id "lang-zz-1") that the source does not have']);
  });
});

describe('XLIFF 2.0 files', () => {
  const [unit] = unitsOf('Read [this & that](https://x.example/?a=1&b=<2> "t") <Anchor id="a" /> now, AT\\&amp;T.\n');

  it('writes protected codes with how the notice writes them, escaped for XML', async () => {
    const xml = await writeXliff({ sourceLanguage: 'en', targetLanguage: 'fr', files: [{ id: 'f', units: [{ id: unit.id, note: 'A <note> & more', source: unit.content, codes: unit.codes }] }] });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">',
        '  <file id="f">',
        '    <unit id="p-1">',
        '      <notes>',
        '        <note>A &lt;note&gt; &amp; more</note>',
        '      </notes>',
        '      <segment>',
        '        <source>Read <pc id="1" type="link" canCopy="no" canDelete="no" dispStart="[" dispEnd="](https://x.example/?a=1&amp;b=&lt;2&gt; &quot;t&quot;)">this &amp; that</pc> <ph id="2" type="other" canCopy="no" canDelete="no" disp="&lt;Anchor id=&quot;a&quot; /&gt;" equiv=""/> now, AT&amp;amp;T.</source>',
        '      </segment>',
        '    </unit>',
        '  </file>',
        '</xliff>',
        '',
      ].join('\n'),
    );
  });

  it('reads back a target as written, spaces between codes and annotations included', async () => {
    const xml = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
  <file id="f"><unit id="u"><segment>
    <source>x</source>
    <target>Lire
      <pc id="1">ceci &amp; <mrk id="m" type="term">cela</mrk></pc> <ph id="2"/> <sc id="3"/>gras<ec startRef="3"/> AT&amp;amp;T.</target>
  </segment></unit>
  <unit id="empty"><segment><source>y</source><target>  </target></segment></unit></file>
</xliff>`;
    const read = await readXliff(xml, 'fr.xlf');
    expect(read.problems).toEqual([]);
    expect(read.document!.files[0].units.get('u')!.target).toEqual([
      'Lire ',
      { kind: 'pc', id: '1', children: ['ceci & cela'] },
      ' ',
      { kind: 'ph', id: '2' },
      ' ',
      { kind: 'pc', id: '3', children: ['gras'] },
      ' AT&amp;T.',
    ]);
    expect(read.document!.files[0].units.get('empty')!.target).toBeUndefined();
  });

  it('refuses DTDs and entities, which could read other files or expand without end', async () => {
    const external = `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<xliff version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>s</source><target>&secret;</target></segment></unit></file></xliff>`;
    expect((await readXliff(external, 'fr.xlf')).problems).toEqual([
      {
        file: 'fr.xlf',
        line: 2,
        column: 1,
        severity: 'error',
        message: 'the file has a <!DOCTYPE> declaration, which Paragraf does not read: an XLIFF file needs no DTD or entities',
        fix: 'save the file again from your translation tool without a DOCTYPE, or remove that declaration',
      },
    ]);
    const undeclared = '<xliff version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>s</source><target>&lol9;</target></segment></unit></file></xliff>';
    expect((await readXliff(undeclared, 'fr.xlf')).problems[0].message).toMatch(/^the file is not well-formed XML \(Invalid character entity/);
  });

  it('explains files that are not XLIFF 2.0', async () => {
    const message = async (xml: string) => (await readXliff(xml, 'fr.xlf')).problems[0]?.message;
    expect(await message('<xliff version="1.2"><file original="x"/></xliff>')).toBe('the file is XLIFF 1.2; Paragraf reads XLIFF 2.0');
    expect(await message('<html><body/></html>')).toBe('the file is not XLIFF: its root element is <html>');
    expect(await message('<xliff version="2.0">' + '<g>'.repeat(70) + '</g>'.repeat(70) + '</xliff>')).toBe('the elements in the file are nested more than 64 levels deep');
  });
});
