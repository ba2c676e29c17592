// What a content pull request can try, and what it gets: for every hostile input, `npm run check` exits 1
// with the exact message at the exact place, and `npm run build` fails the same way, runs no code,
// leaves the published site untouched and no staging folder behind.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check.ts';
import { copyFixture, editFile, fixturesDir, projectRoot, writeFile } from '../helpers/fixtures.ts';

/** Where each hostile notice text goes: a new notice's upcoming version, so no lock or translation is involved. */
const TARGET = 'content/notices/hostile/2027-06-01/en.mdx';
const NOW = '2026-12-01';

interface HostileCase {
  /** What the input tries. */
  name: string;
  /** Puts the input into a copy of the basic fixture (root holds content/ and locales/). */
  setup(root: string): void;
  /** Every error the check must report: `<path from root>:<line>:<column>  <message>`. */
  errors: string[];
}

const hostileText = (fixture: string) => (root: string) =>
  writeFile(root, TARGET, fs.readFileSync(path.join(fixturesDir, 'hostile', fixture), 'utf8'));
const hostileBytes = (fixture: string) => (root: string) => {
  fs.mkdirSync(path.dirname(path.join(root, TARGET)), { recursive: true });
  fs.copyFileSync(path.join(fixturesDir, 'hostile', fixture), path.join(root, TARGET));
};
const at = (place: string, message: string) => `${TARGET}:${place}  ${message}`;
const generated = (body: string) => (root: string) => writeFile(root, TARGET, `---\ntitle: Generated\nsummary: A generated text.\n---\n\n${body}`);

const EXPRESSION = 'is a JavaScript expression, which notices may not contain';
const RELATIVE = 'is relative, so it would lead somewhere different from each page';

const CASES: HostileCase[] = [
  // Where the frontmatter ends: every reader of the file must agree, or the file is refused.
  {
    name: 'an empty frontmatter followed by a second block that hides code in a YAML comment',
    setup: hostileText('empty-frontmatter.mdx'),
    errors: [at('2:1', 'the frontmatter has no "title"'), at('2:1', 'the frontmatter has no "summary"')],
  },
  {
    name: 'a closing fence with a trailing space, and a body line posing as translatedFrom',
    setup: hostileText('fence-trailing-space.mdx'),
    errors: [at('4:1', 'this line starts like the end of the frontmatter but is "---·", not exactly "---"')],
  },
  {
    name: 'an opening fence with a trailing space',
    setup: hostileText('opening-fence-space.mdx'),
    errors: [at('1:1', 'the first line is "---·", not exactly "---"')],
  },
  {
    name: 'a four-hyphen closing fence with code after it',
    setup: hostileText('four-hyphen-fence.mdx'),
    errors: [at('4:1', 'this line starts like the end of the frontmatter but is "----", not exactly "---"')],
  },
  {
    name: 'a YAML document-end marker inside the frontmatter',
    setup: hostileText('yaml-document-end.mdx'),
    errors: [at('4:1', 'this line starts like the end of the frontmatter but is "...", not exactly "---"')],
  },
  {
    name: 'TOML frontmatter',
    setup: hostileText('toml-frontmatter.mdx'),
    errors: [at('1:1', 'the frontmatter is written as TOML ("+++"); notices use YAML between "---" lines')],
  },
  // The YAML itself.
  {
    name: 'a YAML alias bomb (nine levels of nine aliases)',
    setup: hostileText('yaml-alias-bomb.mdx'),
    errors: [at('2:4', `"&a" is a YAML anchor (and 80 more); Paragraf's files do not use anchors and aliases, which repeat values and can multiply them`)],
  },
  {
    name: 'YAML tags',
    setup: hostileText('yaml-tags.mdx'),
    errors: [at('2:8', 'the YAML tag "!foo" is not allowed (and 1 more); values are plain text, numbers, true/false, lists and mappings')],
  },
  {
    name: 'a key given twice',
    setup: hostileText('yaml-duplicate-key.mdx'),
    errors: [at('4:1', 'a key is given twice (Map keys must be unique)')],
  },
  {
    name: 'a direction-override character in the title',
    setup: hostileText('bidi-title.mdx'),
    errors: [at('2:8', '"title" holds a direction-override character (U+202E), which makes text display in a different order than it is written')],
  },
  // Encodings and characters.
  {
    name: 'a UTF-16 file',
    setup: hostileBytes('utf16.mdx'),
    errors: [at('1:1', 'the file is saved as UTF-16; Paragraf reads UTF-8 only')],
  },
  {
    name: 'a Latin-1 file',
    setup: hostileBytes('latin1.mdx'),
    errors: [at('6:1', 'the file is not valid UTF-8 text (it looks like another encoding, such as Windows-1252, or binary data)')],
  },
  {
    name: 'a NUL byte in the text',
    setup: hostileBytes('nul-byte.mdx'),
    errors: [at('6:13', 'the text holds an invisible control character (U+0000)')],
  },
  // Code in the body.
  {
    name: 'an export line that would write a file',
    setup: hostileText('esm-export.mdx'),
    errors: [at('6:1', 'an "export" line is not allowed in a notice: notice texts may not contain code')],
  },
  {
    name: 'an import line',
    setup: hostileText('esm-import.mdx'),
    errors: [at('6:1', 'an "import" line is not allowed in a notice: notice texts may not contain code')],
  },
  {
    name: 'an expression on a line of its own',
    setup: hostileText('expression-flow.mdx'),
    errors: [at('8:1', `"{process.getBuiltinModule("node:fs").wri…}" ${EXPRESSION}`)],
  },
  {
    name: 'an expression in a heading',
    setup: hostileText('expression-in-heading.mdx'),
    errors: [at('6:11', `"{process.getBuiltinModule("node:fs").wri…}" ${EXPRESSION}`)],
  },
  {
    name: 'an expression as an attribute value',
    setup: hostileText('expression-in-attribute.mdx'),
    errors: [at('6:10', `type={process.getBuiltinModule("node:fs").wri…} ${EXPRESSION}`)],
  },
  {
    name: 'a spread attribute',
    setup: hostileText('spread-attribute.mdx'),
    errors: [at('6:10', `"{...globalThis}" in <Callout> ${EXPRESSION}`)],
  },
  {
    name: 'names that exist on every object (constructor, toString, __proto__)',
    setup: hostileText('prototype-names.mdx'),
    errors: [
      at('6:1', '<constructor> is not allowed in a notice: the only components are <Callout> (a note that stands out), <KeyPoints> (the first layer: a short list of key points at the top), <Lang> (a passage in another language), <Anchor> (a place links can point to)'),
      at('8:10', '<Callout> has no "toString" attribute'),
      at('14:10', '<Callout> has no "constructor" attribute'),
      at('14:26', '<Callout> has no "__proto__" attribute'),
    ],
  },
  {
    name: 'script, iframe, an event handler and an unknown component',
    setup: hostileText('elements.mdx'),
    errors: [
      at('6:1', 'a <script> element is not allowed: notices may not run code'),
      at('8:1', 'an <iframe> element is not allowed: notices may not embed other pages or files'),
      at('10:22', 'the "onClick" attribute would run code when the reader uses the page'),
      at('16:1', '<Widget> is not allowed in a notice: the only components are <Callout> (a note that stands out), <KeyPoints> (the first layer: a short list of key points at the top), <Lang> (a passage in another language), <Anchor> (a place links can point to)'),
    ],
  },
  {
    name: 'language marks and key points with attributes that are no language, event handlers and a second first layer',
    setup: hostileText('lang-and-key-points.mdx'),
    errors: [
      at('8:24', 'code="x onerror" is not a language tag'),
      at('9:19', 'the "onmouseover" attribute would run code when the reader uses the page'),
      at('9:62', 'code="qq" names no language Paragraf knows ("qq")'),
      at('9:105', `code={"en"} ${EXPRESSION}`),
      at('11:1', '<KeyPoints> holds one list and nothing else'),
      at('11:1', 'a <script> element is not allowed: notices may not run code'),
      at('15:17', '<Lang> has no "dir" attribute'),
      at('21:7', 'code="javascript:alert(1)" is not a language tag'),
      at('21:53', '<Lang> needs a "code" attribute'),
      at('21:91', 'code="EN" is not written the usual way'),
      at('25:1', 'a text has one <KeyPoints>, and this is another (the first is on line 6)'),
    ],
  },
  {
    name: 'an HTML comment',
    setup: hostileText('html-comment.mdx'),
    errors: [at('8:1', 'an HTML comment ("<!-- … -->") cannot be read: notices cannot hold comments')],
  },
  // Addresses.
  {
    name: 'javascript:, data: and vbscript: however written (case, entities, tab, reference definition)',
    setup: hostileText('script-addresses.mdx'),
    errors: [
      at('6:1', 'the address "JaVaScRiPt:alert(1)" is not allowed: javascript: addresses can run code in the reader’s browser'),
      at('8:1', 'the address "javascript:alert(1)" is not allowed: javascript: addresses can run code in the reader’s browser'),
      at('10:1', 'the address "java script:alert(1)" is not allowed: javascript: addresses can run code in the reader’s browser'),
      at('14:1', 'the address "javascript:alert(1)" is not allowed: javascript: addresses can run code in the reader’s browser'),
      at('16:1', 'the address "data:text/html;base64,PHNjcmlwdD4=" is not allowed: data: addresses can run code in the reader’s browser'),
      at('18:1', 'the address "vbscript:msgbox" is not allowed: vbscript: addresses can run code in the reader’s browser'),
    ],
  },
  {
    name: 'protocol-relative, backslashed, file: and relative addresses',
    setup: hostileText('other-site-addresses.mdx'),
    errors: [
      at('6:1', 'the address "//evil.example/x" leads to another site but does not say https:'),
      at('8:1', 'the address "/\\evil.example/" leads to another site but does not say https:'),
      at('10:1', 'the address "file:///etc/passwd" uses "file:", which the site does not allow'),
      at('12:1', `the address "privacy/" ${RELATIVE}`),
    ],
  },
  // Images.
  {
    name: 'an image that is a JavaScript module in a dot-file beside the text',
    setup: (root) => {
      hostileText('image-module.mdx')(root);
      writeFile(root, 'content/notices/hostile/2027-06-01/.logo.mjs', 'process.getBuiltinModule("node:fs").writeFileSync(process.env.PARAGRAF_CANARY, "pwned");\n');
    },
    errors: [
      'content/notices/hostile/2027-06-01/.logo.mjs  ".logo.mjs" is not a notice text: files here must be named <locale>.mdx',
      at('6:1', `the address "./.logo.mjs" ${RELATIVE}`),
    ],
  },
  {
    name: 'images that climb out of the content folder',
    setup: hostileText('image-traversal.mdx'),
    errors: [
      at('6:1', `the address "../../../../../../../../etc/passwd?raw" ${RELATIVE}`),
      at('8:1', 'the address "/assets/../../../etc/passwd" holds "." or ".." steps, which lead somewhere else than the path says'),
    ],
  },
  {
    name: 'a tracking pixel from another site',
    setup: hostileText('image-remote.mdx'),
    errors: [at('8:1', 'the image "https://tracker.example/pixel.png" is on another site: loading it would tell that site who reads this notice')],
  },
  {
    name: 'an SVG image, and an image without a description',
    setup: hostileText('image-svg-and-no-alt.mdx'),
    errors: [
      at('6:1', '"/assets/logo.svg" is not an image file Paragraf publishes'),
      at('8:1', 'the image has no description, so screen-reader users do not know what it shows'),
      at('8:1', `the image "/assets/photo.png" does not exist in the content folder's assets/`),
    ],
  },
  {
    name: 'a script disguised as a PNG in assets/',
    setup: (root) => {
      writeFile(root, 'content/assets/logo.png', '<script>alert(1)</script>');
      writeFile(root, 'content/assets/notes.html', '<script>alert(1)</script>');
      generated('![Logo](/assets/logo.png)\n')(root);
    },
    errors: [
      "content/assets/logo.png  the file's content is not a PNG image, whatever its name says",
      'content/assets/notes.html  "notes.html" is not an image file Paragraf publishes',
      at('6:1', `the image "/assets/logo.png" does not exist in the content folder's assets/`),
    ],
  },
  // Heading anchors.
  {
    name: 'markup in a heading anchor',
    setup: hostileText('anchor-markup.mdx'),
    errors: [at('6:11', 'the "{" in this heading cannot be read: only an anchor such as {#your-rights} may follow a heading')],
  },
  {
    name: 'attributes, classes, capitals, a page id and a repeated id after headings',
    setup: hostileText('anchor-attributes.mdx'),
    errors: [
      at('6:1', 'the heading carries "onclick" after it; only an anchor {#id} may follow a heading'),
      at('8:1', 'the heading carries ".class" after it; only an anchor {#id} may follow a heading'),
      at('10:1', 'the heading anchor "{#Who_We_Are}" may use only lowercase letters a–z, digits and single hyphens'),
      at('12:1', 'the heading anchor "{#main}" is a name the page itself uses'),
      at('14:1', 'the heading anchor {#rights} is also used on line 6'),
    ],
  },
  {
    name: 'an <Anchor> whose id is markup, an expression, a page id, a script address or taken, with handlers, text or no id',
    setup: hostileText('anchor-component.mdx'),
    errors: [
      at('6:9', 'id="x" onmouseover="alert(1)" in <Anchor> may use only lowercase letters a–z, digits and single hyphens'),
      at('8:9', `id={process.getBuiltinModule("node:fs").wri…} ${EXPRESSION}`),
      at('10:9', 'id="main" in <Anchor> is a name the page itself uses'),
      at('12:22', 'the "onclick" attribute would run code when the reader uses the page'),
      at('12:68', '<Anchor> has no "href" attribute'),
      at('14:1', '<Anchor> holds text, but it only marks a place'),
      at('16:1', '<Anchor> needs an "id" attribute'),
      at('20:1', 'the anchor id="rights" is also used on line 18'),
      at('22:9', 'id="javascript:alert(1)" in <Anchor> may use only lowercase letters a–z, digits and single hyphens'),
    ],
  },
  // Limits: small files that would make the parser work for minutes, or exhaust memory or stack.
  {
    name: 'fifty quotes inside each other',
    setup: generated(`${'> '.repeat(50)}deep\n`),
    errors: [at('6:1', 'this line opens more than 10 quotes or lists inside each other')],
  },
  {
    name: 'five thousand quotes inside each other',
    setup: hostileText('deep-quote.mdx'),
    errors: [at('6:10001', 'line 6 is 10,004 characters long, more than the 10,000 Paragraf reads')],
  },
  {
    name: 'emphasis nested a hundred levels deep',
    setup: hostileText('deep-emphasis.mdx'),
    errors: [at('6:1', 'the marks here (emphasis, links, lists, quotes) are nested more than 64 levels deep')],
  },
  {
    name: 'a 200 KB paragraph of stray emphasis marks, in short lines',
    setup: generated(`${'*a_ '.repeat(19)}*a_\n`.repeat(2600)),
    errors: [at('6:1', 'the paragraph starting here is longer than 10,000 characters')],
  },
  {
    name: 'a 200 KB line of stray emphasis marks',
    setup: generated(`${'*a_ '.repeat(50_000)}\n`),
    errors: [at('6:10001', 'line 6 is 200,000 characters long, more than the 10,000 Paragraf reads')],
  },
  {
    name: 'a 2 MB table',
    setup: generated(`| a | b |\n|---|---|\n${'| x | y |\n'.repeat(220_000)}`),
    errors: [`${TARGET}  the file is 2.2 MB, more than the 1.0 MB Paragraf reads`],
  },
  // The file system.
  {
    name: 'a notice text that is a link to a file outside the repository',
    setup: (root) => {
      fs.mkdirSync(path.dirname(path.join(root, TARGET)), { recursive: true });
      fs.symlinkSync('/etc/passwd', path.join(root, TARGET));
    },
    errors: [`${TARGET}  this is a symbolic link; Paragraf does not follow links, so nothing outside the content folder can be read`],
  },
  {
    name: 'a notice folder that is a link to another folder',
    setup: (root) => {
      fs.mkdirSync(path.join(root, 'outside/2027-06-01'), { recursive: true });
      fs.symlinkSync(path.join(root, 'outside'), path.join(root, 'content/notices/linked'));
    },
    errors: ['content/notices/linked  this is a symbolic link; Paragraf does not follow links, so nothing outside the content folder can be read'],
  },
  {
    name: 'a named pipe where a text is expected, which would make a reader wait forever',
    setup: (root) => {
      fs.mkdirSync(path.dirname(path.join(root, TARGET)), { recursive: true });
      generated('Text.\n')(root);
      execFileSync('mkfifo', [path.join(root, 'content/notices/hostile/2027-06-01/fr.mdx')]);
    },
    errors: ['content/notices/hostile/2027-06-01/fr.mdx  this is not a regular file (a pipe, socket or device)'],
  },
  {
    name: 'a folder named like a text',
    setup: (root) => {
      generated('Text.\n')(root);
      fs.mkdirSync(path.join(root, 'content/notices/hostile/2027-06-01/fr.mdx'));
    },
    errors: ['content/notices/hostile/2027-06-01/fr.mdx  this is a folder where a file is expected'],
  },
  {
    name: 'an interface-string file that is a link',
    setup: (root) => {
      generated('Text.\n')(root);
      fs.rmSync(path.join(root, 'locales/sv.json'));
      fs.symlinkSync('/etc/hostname', path.join(root, 'locales/sv.json'));
    },
    errors: ['locales/sv.json  this is a symbolic link; Paragraf does not follow links, so nothing outside the content folder can be read'],
  },
  // site.yaml.
  {
    name: 'sidebar links to another site without https:, with a backslash, and to javascript:',
    setup: (root) => {
      generated('Text.\n')(root);
      editFile(root, 'content/site.yaml', 'href: https://help.fixture.example', 'href: //evil.example/x');
      editFile(
        root,
        'content/site.yaml',
        'href: //evil.example/x\n',
        'href: //evil.example/x\n      - label: { sv: A, fr: A, en: A }\n        href: /\\evil.example/\n      - label: { sv: B, fr: B, en: B }\n        href: "javascript:alert(1)"\n',
      );
    },
    errors: [
      'content/site.yaml:34:15  sidebar link "//evil.example/x" is neither an https:// address nor a path on this site',
      'content/site.yaml:36:15  sidebar link "/\\evil.example/" is neither an https:// address nor a path on this site',
      'content/site.yaml:38:15  sidebar link "javascript:alert(1)" is neither an https:// address nor a path on this site',
    ],
  },
  {
    name: 'a date locale that is not a locale',
    setup: (root) => {
      generated('Text.\n')(root);
      editFile(root, 'content/site.yaml', 'dateLocale: en-GB', 'dateLocale: "not a locale!"');
    },
    errors: ['content/site.yaml:11:17  dateLocale "not a locale!" is not a locale that dates can be written in'],
  },
  {
    name: 'a YAML alias bomb in site.yaml',
    setup: (root) => {
      generated('Text.\n')(root);
      const bomb = ['x: &a [x,x,x,x,x,x,x,x,x]', ...'bcdefghi'.split('').map((n, i) => `${n}${i}: &${n} [${Array(9).fill(`*${i === 0 ? 'a' : 'bcdefghi'[i - 1]}`).join(',')}]`)];
      fs.appendFileSync(path.join(root, 'content/site.yaml'), `${bomb.join('\n')}\n`);
    },
    errors: [`content/site.yaml:35:4  "&a" is a YAML anchor (and 80 more); Paragraf's files do not use anchors and aliases, which repeat values and can multiply them`],
  },
];

function prepare(hostile: HostileCase): string {
  const root = copyFixture('basic');
  fs.cpSync(path.join(projectRoot, 'locales'), path.join(root, 'locales'), { recursive: true });
  hostile.setup(root);
  return root;
}

async function check(root: string): Promise<{ code: number; errors: string[] }> {
  let output = '';
  const code = await runCheck({
    cwd: root,
    env: { PARAGRAF_NOW: NOW, PARAGRAF_LOCALES: path.join(root, 'locales') },
    stdout: { write: (text: string) => (output += text) },
    stderr: { write: (text: string) => (output += text) },
  });
  const errors = output
    .split('\n')
    .filter((line) => line.includes('  error  '))
    .map((line) => line.replace('  error  ', '  ').split(' — ')[0]);
  return { code, errors };
}

describe('hostile content', () => {
  it('has a case for each of at least thirty hostile inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  describe.each(CASES)('$name', (hostile) => {
    it('is refused by npm run check with the exact message at the exact place', async () => {
      const root = prepare(hostile);
      expect(await check(root)).toEqual({ code: 1, errors: hostile.errors });
    });

    it('fails npm run build the same way: no code runs, the published site stays, no staging folder', () => {
      const root = prepare(hostile);
      const outDir = path.join(root, 'dist');
      fs.mkdirSync(outDir);
      fs.writeFileSync(path.join(outDir, 'index.html'), 'previous build');
      const canary = path.join(root, 'canary');
      const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'build.ts')], {
        cwd: projectRoot,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          ...process.env,
          PARAGRAF_CONTENT: path.join(root, 'content'),
          PARAGRAF_LOCALES: path.join(root, 'locales'),
          PARAGRAF_OUT_DIR: outDir,
          PARAGRAF_NOW: NOW,
          PARAGRAF_CANARY: canary,
        },
      });
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status, output).toBe(1);
      expect(output).toContain('nothing was published');
      for (const error of hostile.errors) {
        const [where, message] = error.split(/ {2}(.*)/s);
        expect(output).toContain(`${path.join(root, ...where.split('/'))}  error  ${message}`.replace(`${root}${path.sep}`, `${root}/`));
      }
      expect(fs.existsSync(canary)).toBe(false);
      expect(fs.readdirSync(outDir)).toEqual(['index.html']);
      expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous build');
      expect(fs.existsSync(`${outDir}.partial`)).toBe(false);
    });
  });
});
