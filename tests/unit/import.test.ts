// Importing notices from HTML, Markdown and plain text into safe MDX bodies.

import fs from 'node:fs';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { importHtml, importMarkdown, importPlainText, parseLastUpdated, slugifyAnchor } from '../../src/lib/import/index.ts';
import { fixturesDir } from '../helpers/fixtures.ts';

const sample = (name: string) => fs.readFileSync(path.join(fixturesDir, 'import', name), 'utf8');

/** What no imported body may contain: MDX expressions, JSX, ESM or raw HTML. */
function expectSafeMdx(body: string): void {
  // Parsed as MDX (anchors aside, which the site's Markdown handles), the body must be plain Markdown.
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(body.replace(/ \{#[\w-]+\}$/gm, ''));
  const mdxNodes: string[] = [];
  visit(tree, (node) => {
    if (node.type.startsWith('mdx') || node.type === 'html') mdxNodes.push(node.type);
  });
  expect(mdxNodes).toEqual([]);
  const withoutCode = body.replace(/`[^`]*`/g, '').replace(/ \{#[\w-]+\}$/gm, '');
  expect(withoutCode).not.toMatch(/(?<!\\)[{}]/);
  expect(withoutCode).not.toMatch(/(?<!\\)</);
  expect(body).not.toMatch(/^(?:import|export)\s/m);
}

describe('parseLastUpdated', () => {
  it.each([
    ['Last updated: July 1, 2021', '2021-07-01'],
    ['Last updated on 1st July 2021', '2021-07-01'],
    ['*Last updated: 1 March 2024*', '2024-03-01'],
    ['Effective date: 15 May 2025', '2025-05-15'],
    ['Effective as of Sept. 3, 2024.', '2024-09-03'],
    ['Senast uppdaterad: 1 juli 2021', '2021-07-01'],
    ['SENAST UPPDATERAD: 1 JULI 2021', '2021-07-01'],
    ['Gäller från den 15 maj 2025', '2025-05-15'],
    ['Dernière mise à jour : 1er juillet 2021', '2021-07-01'],
    ['DERNIÈRE MISE À JOUR : 1ER JUILLET 2021', '2021-07-01'],
    ['En vigueur le 3 août 2022', '2022-08-03'],
    ['Last updated: 2023-03-01', '2023-03-01'],
  ])('reads %j as %s', (line, date) => {
    expect(parseLastUpdated(line)).toBe(date);
  });

  it.each([
    'We last updated this notice on 1 July 2021 after a review.',
    'Last updated: soon',
    'Last updated: February 30, 2021',
    'Senast uppdaterad: 1 juli',
    'Your rights',
  ])('ignores %j', (line) => {
    expect(parseLastUpdated(line)).toBeUndefined();
  });
});

describe('importPlainText', () => {
  const result = importPlainText(sample('terms.txt'));

  it('takes the title from the first heading and the date from the "last updated" line, removing both from the body', () => {
    expect(result.title).toBe('TERMS OF SERVICE');
    expect(result.date).toBe('2021-07-01');
    expect(result.body).not.toContain('TERMS OF SERVICE');
    expect(result.body).not.toContain('Last updated');
  });

  it('recognises numbered section titles, all-caps lines and short lines before a blank line as headings', () => {
    expect(result.body).toContain('\n## 1. WHO WE ARE {#who-we-are}\n');
    expect(result.body).toContain('\n## 2. YOUR ACCOUNT {#your-account}\n');
    expect(result.body).toContain('\n## Payments {#payments}\n');
    expect(result.body).toContain('\n## 3. ENDING A RIDE {#ending-a-ride}\n');
  });

  it('joins hard-wrapped lines into paragraphs but keeps the lines of an address', () => {
    expect(result.body.startsWith(
      'These terms apply when you use Lindholm Cycles, the bike-sharing service run by Lindholm Cycles AB. Please read them before you rent a bike.\n\n',
    )).toBe(true);
    expect(result.body).toContain('\nLindholm Cycles AB\\\nHamngatan 4\\\n411 06 Göteborg\n');
  });

  it('turns bullet, numbered and lettered points into lists', () => {
    expect(result.body).toContain(
      'You must:\n\n- be at least 16 years old;\n- give us a working phone number;\n- keep your PIN to yourself.\n',
    );
    expect(result.body).toContain('1. Park the bike in a marked zone.\n2. Lock it with the frame lock.\n');
    expect(result.body).toContain('- a) charge a parking fee;\n- b) close your account.\n');
  });

  it('escapes braces, angle brackets and a line-initial "import"', () => {
    expect(result.body).toContain('Prices are in \\{SEK\\} and \\<always> include VAT.');
    expect(result.body).toContain('\n&#x69;mport nothing from here\n');
    expectSafeMdx(result.body);
  });

  it('numbers a sub-section one level deeper', () => {
    const { body } = importPlainText('Intro text here.\n\n4. DATA\n\n4.1 Account data\n\nWe keep your name.\n');
    expect(body).toBe('Intro text here.\n\n## 4. DATA {#data}\n\n### 4.1 Account data {#account-data}\n\nWe keep your name.\n');
  });

  it('does not take a short last line for a heading', () => {
    const { body, title } = importPlainText('A first paragraph that ends properly.\n\nThank you');
    expect(title).toBeUndefined();
    expect(body).toBe('A first paragraph that ends properly.\n\nThank you\n');
  });

  it('reads Swedish and French "last updated" lines in all caps', () => {
    expect(importPlainText('VILLKOR\nSENAST UPPDATERAD: 1 JULI 2021\n\nText.').date).toBe('2021-07-01');
    expect(importPlainText('Conditions\n\nDernière mise à jour : 1er juillet 2021\n\nTexte.').date).toBe('2021-07-01');
  });
});

describe('importMarkdown', () => {
  const result = importMarkdown(sample('cookies.md'));

  it('drops the foreign frontmatter, takes the H1 as title and the emphasised date line as date', () => {
    expect(result.title).toBe('Cookie notice');
    expect(result.date).toBe('2024-03-01');
    expect(result.body).not.toContain('layout:');
  });

  it('keeps the text of block HTML and drops scripts, inline tags, script links and images', () => {
    expect(result.body).toBe(
      [
        'We use a few cookies. Curly \\{braces\\} and \\<angle> brackets stay text.',
        '',
        'Session cookies end when you close the browser.',
        '',
        '## Which cookies {#which-cookies}',
        '',
        '| Name         | Purpose                 | Lifetime |',
        '| ------------ | ----------------------- | -------- |',
        '| `lc_session` | Keeps you signed in     | Session  |',
        '| lc_lang      | Remembers your language | 1 year   |',
        '',
        '### Your choices {#your-choices}',
        '',
        'You can block cookies in your browser. Learn more or read our [privacy notice](/privacy-notice/).',
        '',
      ].join('\n'),
    );
    expectSafeMdx(result.body);
  });

  it('tells the editor what it removed', () => {
    expect(result.notes).toEqual([
      'Line 2: the frontmatter\'s "layout" has no place in a notice and was left out.',
      'Removed a <script> element: notices may not contain scripts.',
      'Removed raw HTML <span>: notices may not contain HTML.',
      'Removed a script link around "Learn more", keeping its text.',
      'Removed an image ("tracking pixel"): notices may not load images.',
    ]);
  });

  it('keeps an existing {#anchor} and takes anchors from the source text when given', () => {
    const markdown = '## Vilka vi är\n\nText.\n\n## Dina rättigheter {#rights}\n\nMer text.\n';
    expect(importMarkdown(markdown).body).toBe('## Vilka vi är {#vilka-vi-ar}\n\nText.\n\n## Dina rättigheter {#rights}\n\nMer text.\n');
    expect(importMarkdown(markdown, { anchors: ['who-we-are', 'your-rights'] }).body).toBe(
      '## Vilka vi är {#who-we-are}\n\nText.\n\n## Dina rättigheter {#your-rights}\n\nMer text.\n',
    );
  });

  it('warns when the text has a different number of headings than the source', () => {
    const { notes } = importMarkdown('## One\n\nText.\n', { anchors: ['one', 'two'] });
    expect(notes).toEqual([
      "The source text has 2 headings and this text 1: check that every heading's {#anchor} matches the source's.",
    ]);
  });

  it('never writes autolinks, which MDX cannot read', () => {
    expect(importMarkdown('Write to <privacy@example.com> or see <https://example.com>.').body).toBe(
      'Write to [privacy@example.com](mailto:privacy@example.com) or see [https://example.com](https://example.com).\n',
    );
  });
});

describe('importHtml', () => {
  const result = importHtml(sample('privacy.html'));

  it('takes the title from the H1 and the date from the French "dernière mise à jour" paragraph', () => {
    expect(result.title).toBe('Politique de confidentialité');
    expect(result.date).toBe('2021-07-01');
  });

  it('converts headings, lists, links and tables, and drops scripts, styles, iframes and navigation', () => {
    expect(result.body).toBe(
      [
        'Lindholm Cycles AB traite vos données **avec soin**.',
        '',
        '## Vos droits {#vos-droits}',
        '',
        '- Accès à vos données',
        '- Effacement de vos données',
        '',
        '### Réclamations {#reclamations}',
        '',
        'Écrivez à [privacy@lindholm.example](mailto:privacy@lindholm.example).',
        '',
        '| Données | Conservation |',
        '| ------- | ------------ |',
        '| Trajets | 2 ans        |',
        '',
      ].join('\n'),
    );
    expect(result.notes).toEqual([
      'Removed a <style> element: notices may not contain styles.',
      'Removed a <nav> element: notices may not contain navigation.',
      'Removed an <iframe> element: notices may not contain embedded content.',
      'Removed a <script> element: notices may not contain scripts.',
    ]);
    expectSafeMdx(result.body);
  });

  it('keeps the text of a javascript: link but not the link', () => {
    const { body } = importHtml('<p>Click <a href="javascript:alert(1)" onclick="x()">here</a> {now}.</p>');
    expect(body).toBe('Click here \\{now\\}.\n');
  });

  it('falls back to the page title when there is no heading', () => {
    expect(importHtml('<html><head><title>Villkor</title></head><body><p>Text.</p></body></html>').title).toBe('Villkor');
  });
});

describe('slugifyAnchor', () => {
  it('makes ASCII anchors without section numbers', () => {
    expect(slugifyAnchor('3. YOUR RIGHTS')).toBe('your-rights');
    expect(slugifyAnchor('Réclamations et droits')).toBe('reclamations-et-droits');
    expect(slugifyAnchor('Överföringar till länder utanför EU')).toBe('overforingar-till-lander-utanfor-eu');
    expect(slugifyAnchor('!!!')).toBe('section');
  });
});
