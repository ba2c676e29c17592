// What editors actually get wrong: placeholders left in, a second H1, table rows with missing or extra cells.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlaceholders } from '../../../src/lib/checks/placeholders.ts';
import { checkStructure } from '../../../src/lib/checks/structure.ts';
import { getPlaceholders } from '../../../src/lib/placeholders.ts';
import { editFile } from '../../helpers/fixtures.ts';
import { copyBasic, loadCopy } from './site.ts';

const SV = 'content/notices/policy/2027-03-01/sv.mdx';
const EN = 'content/notices/policy/2027-03-01/en.mdx';

function found(root: string, check: typeof checkPlaceholders): string[] {
  return check(loadCopy(root)).map((p) => `${path.relative(root, path.resolve(p.file))}:${p.line}:${p.column} ${p.severity} ${p.message} — ${p.fix}`);
}

describe('the placeholder check', () => {
  it('finds the basic fixture free of placeholders', () => {
    expect(found(copyBasic(), checkPlaceholders)).toEqual([]);
  });

  it.each(['en', 'sv', 'fr'])('refuses the %s summary, "changes" and paragraph the notice commands write, in any file', (locale) => {
    const root = copyBasic();
    const placeholders = getPlaceholders(locale);
    editFile(root, SV, /^summary: .*$/m, `summary: ${placeholders.summary}`);
    editFile(root, SV, /^changes: .*$/m, `changes: "${placeholders.changes}"`);
    editFile(root, SV, 'Vi fattar inga automatiserade beslut om dig.', placeholders.paragraph);
    expect(found(root, checkPlaceholders)).toEqual([
      `${SV}:3:1 error "summary" is still the placeholder the notice commands write ("${placeholders.summary}") — write in a sentence or two what this notice covers, in this file’s language`,
      `${SV}:4:1 error "changes" is still the placeholder the notice commands write ("${placeholders.changes}") — write in a sentence or two what changed for readers since the previous version`,
      expect.stringMatching(new RegExp(`^${SV}:\\d+:1 error this paragraph is still the placeholder`)),
    ]);
  });
});

describe('the structure check', () => {
  it('finds the basic fixture with one H1 per page and full table rows', () => {
    expect(found(copyBasic(), checkStructure)).toEqual([]);
  });

  it('refuses a level-1 heading in the text, which would give the page two', () => {
    const root = copyBasic();
    editFile(root, EN, '## Who we are {#who-we-are}', '# Privacy policy\n\n## Who we are {#who-we-are}');
    expect(found(root, checkStructure)).toEqual([
      `${EN}:8:1 error "# Privacy policy" is a level-1 heading, but the page already shows the title as its one level-1 heading — make it a section with "## …", or, if it is the title, put it in "title:" in the frontmatter and remove the line`,
    ]);
  });

  it('refuses a table row with a missing cell and one with an extra cell', () => {
    const root = copyBasic();
    editFile(root, EN, '| Account | 1 year |', '| 1 year |\n| Logs | 1 year | 5 years |');
    const problems = found(root, checkStructure);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/row 2 of the 1st table has 1 of the header's 2 cells, so its values may stand in the wrong columns/);
    expect(problems[1]).toMatch(/row 3 of the 1st table has 3 cells but the header 2: readers never see the last one/);
  });
});
