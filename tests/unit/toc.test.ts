import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc.ts';

describe('table of contents', () => {
  it('nests H3 subsections under their H2 and leaves out deeper headings', () => {
    const toc = buildToc([
      { depth: 2, id: 'who', text: 'Who we are' },
      { depth: 2, id: 'rights', text: 'Your rights' },
      { depth: 3, id: 'access', text: 'Access' },
      { depth: 4, id: 'detail', text: 'Detail' },
      { depth: 3, id: 'erasure', text: 'Erasure' },
    ]);
    expect(toc).toEqual([
      { slug: 'who', text: 'Who we are', children: [] },
      {
        slug: 'rights',
        text: 'Your rights',
        children: [
          { slug: 'access', text: 'Access', children: [] },
          { slug: 'erasure', text: 'Erasure', children: [] },
        ],
      },
    ]);
  });
});
