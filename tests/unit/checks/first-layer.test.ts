// The first layer (WP260 ¶35–36): privacy notices open with 3–8 key points linking into the full text, translated point for point.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFirstLayers } from '../../../src/lib/checks/first-layer.ts';
import { checkTranslationParity } from '../../../src/lib/checks/translation-parity.ts';
import { loadSite } from '../../../src/lib/content.ts';
import { copyFixture, editFile } from '../../helpers/fixtures.ts';
import { copyBasic, loadCopy } from './site.ts';

const EN = 'content/notices/privacy/2026-01-10/en.mdx';
const SV = 'content/notices/privacy/2026-01-10/sv.mdx';
const KEY_POINTS_EN = `<KeyPoints>

- [Presentation Fixture AB](#who-we-are) is responsible for your data.
- We use your data [to run your account](#purposes).
- You can [see, correct and delete](#your-rights) your data.

</KeyPoints>

`;

const show = (root: string, problems: { file: string; line?: number; column?: number; message: string }[]) =>
  problems.map((p) => `${path.relative(root, path.resolve(p.file))}:${p.line}:${p.column}  ${p.message}`);
const load = (root: string) => loadSite(path.join(root, 'content'), '2026-12-01');

describe('the first-layer check', () => {
  it('finds nothing wrong with the presentation fixture', () => {
    expect(checkFirstLayers(load(copyFixture('presentation')))).toEqual([]);
  });

  it('warns when the privacy notice in effect has no first layer', () => {
    const root = copyFixture('presentation');
    editFile(root, EN, KEY_POINTS_EN, '');
    expect(show(root, checkFirstLayers(load(root)))).toEqual([`${EN}:6:1  this privacy notice has 4 sections but no first layer of key points`]);
    expect(checkFirstLayers(load(root))[0].fix).toContain('<KeyPoints>');
  });

  it('leaves alone short notices, other notices and archived versions, and follows checks.firstLayer.notices', () => {
    const root = copyFixture('presentation');
    editFile(root, EN, KEY_POINTS_EN, '');
    // In 2027 the version of 2026-01-10 is archived and the new one has its first layer.
    expect(checkFirstLayers(loadSite(path.join(root, 'content'), '2027-02-02'))).toEqual([]);
    editFile(root, 'content/site.yaml', 'checks:\n', 'checks:\n  firstLayer:\n    notices: [supplement]\n');
    expect(checkFirstLayers(load(root))).toEqual([]);
    expect(checkFirstLayers(loadCopy(copyBasic()))).toEqual([]);
  });

  it('warns about a first layer that is too short or too long, and about a point that links to no section', () => {
    const root = copyFixture('presentation');
    editFile(root, EN, '- You can [see, correct and delete](#your-rights) your data.\n', '');
    editFile(root, EN, '- We use your data [to run your account](#purposes).', '- We use your data to run your account.');
    expect(show(root, checkFirstLayers(load(root)))).toEqual([
      `${EN}:7:1  the first layer has 2 key points; a first layer has 3 to 8`,
      `${EN}:10:1  the 2nd key point links to no section of the full text`,
    ]);
    const long = Array.from({ length: 9 }, (_, i) => `- Point ${i + 1}, see [purposes](#purposes).`).join('\n');
    editFile(root, EN, /<KeyPoints>\n\n[\s\S]*?\n\n<\/KeyPoints>/, `<KeyPoints>\n\n${long}\n\n</KeyPoints>`);
    expect(show(root, checkFirstLayers(load(root)))).toEqual([`${EN}:7:1  the first layer has 9 key points; a first layer has 3 to 8`]);
  });

  it('lets the link check report a key point that links to a section that does not exist, as an error', async () => {
    const root = copyFixture('presentation');
    editFile(root, EN, '(#purposes)', '(#purpose)');
    const { checkLinks } = await import('../../../src/lib/checks/links.ts');
    expect(show(root, checkLinks(load(root)))).toEqual([`${EN}:10:20  the link "#purpose" goes to a section that this text does not have`]);
  });
});

describe('translation parity of the first layer', () => {
  it('reports a translation that drops a key point', () => {
    const root = copyFixture('presentation');
    editFile(root, SV, '- Vi använder dina uppgifter [för att driva ditt konto](#purposes).\n', '');
    const problems = checkTranslationParity(load(root));
    expect(show(root, problems)).toEqual([`${SV}:6:1  the first layer has 2 key points here but 3 in en.mdx (line 7)`]);
    expect(problems[0].fix).toBe('translate each key point of the source, and only those');
  });

  it('reports a translation without the first layer its source opens with', () => {
    const root = copyFixture('presentation');
    editFile(root, SV, /<KeyPoints>[\s\S]*?<\/KeyPoints>\n\n/, '');
    expect(show(root, checkTranslationParity(load(root)))).toEqual([`${SV}:5:1  en.mdx opens with a first layer (<KeyPoints>, line 7) that is missing here`]);
  });
});
