// The components for the presentation rules: <KeyPoints> (the first layer) and <Lang> (a passage's language),
// rendered from the one guarded tree, in the outline and redline blocks like any other text.

import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/errors.ts';
import { parseNoticeBody } from '../../src/lib/markdown/parse.ts';
import { renderNoticeHtml } from '../../src/lib/markdown/render.ts';
import { compileMarkdown } from '../helpers/compile.ts';

const BODY = `<KeyPoints>

- [We](#who-we-are) are responsible for your data.
- You have [rights][rights].

</KeyPoints>

Välj ”<Lang code="en">Do Not Sell My Personal Information</Lang>”.

## Who we are {#who-we-are}

<Lang code="fr-CA">

Un paragraphe en français canadien.

</Lang>

## Your rights {#your-rights}

[rights]: #your-rights
`;

describe('<KeyPoints>', () => {
  it('is rendered on its own, for the page to place above the contents, and left out of the text', () => {
    const compiled = compileMarkdown(BODY);
    expect(compiled.problems).toEqual([]);
    expect(compiled.keyPointsHtml).toBe(
      '<ul>\n<li><a href="#who-we-are">We</a> are responsible for your data.</li>\n<li>You have <a href="#your-rights">rights</a>.</li>\n</ul>',
    );
    expect(compiled.html).not.toContain('responsible');
    expect(compiled.html?.startsWith('<p>Välj')).toBe(true);
  });

  it('gives the outline its points with their links, and the checks its links and list', () => {
    const { outline } = compileMarkdown(BODY);
    expect(outline.keyPoints).toEqual({
      line: 1,
      column: 1,
      points: [
        { text: 'We are responsible for your data.', links: ['#who-we-are'], line: 3, column: 1 },
        { text: 'You have rights.', links: ['#your-rights'], line: 4, column: 1 },
      ],
    });
    expect(outline.links.map((l) => l.url)).toEqual(['#who-we-are', '#your-rights']);
    expect(outline.lists).toEqual([{ ordered: false, items: 2, depth: 1, line: 3, column: 1 }]);
  });

  it('becomes list items in the redline blocks, in the introduction', () => {
    const blocks = compileMarkdown(BODY).blocks;
    expect(blocks.slice(0, 3).map((b) => [b.kind, b.text, b.section])).toEqual([
      ['list-item', 'We are responsible for your data.', undefined],
      ['list-item', 'You have rights.', undefined],
      ['paragraph', 'Välj ”Do Not Sell My Personal Information”.', undefined],
    ]);
  });
});

describe('<Lang>', () => {
  it('renders a passage inside a paragraph as a span, and one on lines of its own as a div, each with its lang', () => {
    const { html } = compileMarkdown(BODY);
    expect(html).toContain('<p>Välj ”<span lang="en">Do Not Sell My Personal Information</span>”.</p>');
    expect(html).toContain('<div lang="fr-CA"><p>Un paragraphe en français canadien.</p></div>');
  });

  it('tells the outline which runs of text it marks, and where they stand', () => {
    const block = compileMarkdown(BODY).outline.blocks.find((b) => b.text.startsWith('Välj'))!;
    expect(block.segments).toEqual([
      { start: 0, line: 8, column: 1 },
      { start: 6, line: 8, column: 23, lang: 'en' },
      { start: 41, line: 8, column: 65 },
    ]);
    const french = compileMarkdown(BODY).outline.blocks.find((b) => b.text.startsWith('Un paragraphe'))!;
    expect(french.segments[0].lang).toBe('fr-CA');
  });

  it('is refused by the renderer on its own when its code is not a language, so no attribute reaches the page', () => {
    for (const code of ['x onerror', 'en" onclick="x', 'xx']) {
      const { tree } = parseNoticeBody(`<Lang code="${code.replace(/"/g, '&quot;')}">x</Lang>\n`, 1, 'x.mdx');
      expect(() => renderNoticeHtml(tree!, { file: 'x.mdx', imageHosts: [] }), code).toThrow(ContentError);
    }
  });
});
