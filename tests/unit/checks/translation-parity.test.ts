// Translation parity: a translation keeps the source's sections, anchors, link targets, list items and table rows.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTranslationParity } from '../../../src/lib/checks/translation-parity.ts';
import { editFile, writeFile } from '../../helpers/fixtures.ts';
import { checkFixture, copyBasic, loadCopy } from './site.ts';

const SV_2024 = 'content/notices/policy/2024-01-01/sv.mdx';
const EN_2024 = 'content/notices/policy/2024-01-01/en.mdx';
const SV_2027 = 'content/notices/policy/2027-03-01/sv.mdx';

/** Edits a copy of the basic fixture and returns its parity problems as `file:line:column message — fix`. */
function checkAfter(edit: (root: string) => void): { root: string; found: string[] } {
  const root = copyBasic();
  edit(root);
  const found = checkTranslationParity(loadCopy(root)).map(
    (p) => `${path.relative(root, path.resolve(p.file))}:${p.line}:${p.column} ${p.severity} ${p.message} — ${p.fix}`,
  );
  return { root, found };
}

describe('the translation parity check', () => {
  it('finds the basic fixture’s translations in step with their sources', () => {
    expect(checkTranslationParity(loadCopy(copyBasic()))).toEqual([]);
  });

  it('reports a heading whose level differs, with the source’s line', () => {
    const { found } = checkAfter((root) => editFile(root, SV_2024, '### Klagomål', '## Klagomål'));
    expect(found).toEqual([
      `${SV_2024}:17:1 error the 3rd heading is level 2 here but level 3 in en.mdx (line 17) — keep the same sections as the source`,
    ]);
  });

  it('reports a renamed anchor, which links from other pages rely on', () => {
    const { found } = checkAfter((root) => editFile(root, SV_2024, '{#your-rights}', '{#dina-rattigheter}'));
    expect(found).toEqual([
      `${SV_2024}:10:1 error the 2nd heading has the anchor {#dina-rattigheter} here but {#your-rights} in en.mdx (line 10) — use {#your-rights}, as the source does: links point to it`,
    ]);
  });

  it('reports a heading that lost its anchor', () => {
    const { found } = checkAfter((root) => editFile(root, SV_2024, ' {#your-rights}', ''));
    expect(found).toEqual([
      `${SV_2024}:10:1 error the 2nd heading has no anchor here but {#your-rights} in en.mdx (line 10) — add {#your-rights} at the end of the heading line: links point to it`,
    ]);
  });

  it('names a section missing in the middle at the place where it should be', () => {
    const { found } = checkAfter((root) =>
      writeFile(root, SV_2027, fs.readFileSync(checkFixture('translation-parity', 'sv-without-a-section.mdx'), 'utf8')),
    );
    expect(found).toEqual([
      `${SV_2027}:18:1 error en.mdx has a heading before this one, "Your rights" {#your-rights} (line 12), that is missing here — translate that section too; keep the same sections as the source`,
    ]);
  });

  it('names a section missing at the end at the translation’s last line', () => {
    const { root, found } = checkAfter((root) =>
      editFile(root, SV_2027, '## Automatiserade beslut {#automated-decisions}\n\nVi fattar inga automatiserade beslut om dig.\n\n', ''),
    );
    const lastLine = fs.readFileSync(path.join(root, SV_2027), 'utf8').trimEnd().split('\n').length;
    expect(found).toEqual([
      `${SV_2027}:${lastLine}:1 error en.mdx has a 4th heading, "Automated decisions" {#automated-decisions} (line 24), that is missing here — translate that section too; keep the same sections as the source`,
    ]);
  });

  it('reports a source heading without an anchor on the source, with the anchor a translation gives it', () => {
    const { found } = checkAfter((root) => editFile(root, EN_2024, ' {#complaints}', ''));
    expect(found).toEqual([
      `${EN_2024}:17:1 error the 3rd heading, "Complaints", has no anchor, though fr.mdx (line 17) gives it {#complaints} — add {#complaints} at the end of the heading line, and the same anchor in every translation`,
    ]);
  });

  it('reports a heading that no language anchors, since each language would make its own anchor', () => {
    const { found } = checkAfter((root) => {
      for (const locale of ['en', 'fr', 'sv']) editFile(root, `content/notices/policy/2024-01-01/${locale}.mdx`, / \{#complaints\}/, '');
    });
    expect(found).toEqual([
      `${EN_2024}:17:1 error the 3rd heading, "Complaints", has no anchor, so each language (fr.mdx, sv.mdx) makes its own and links break between them — add {#complaints} at the end of the heading line, and the same anchor in every translation`,
    ]);
  });

  it('reports a table row with a missing cell, which moves the others into the wrong column', () => {
    const { found } = checkAfter((root) => editFile(root, SV_2024, '| Konto | 2 år |', '| 2 år |'));
    expect(found).toEqual([
      `${SV_2024}:23:1 error row 2 of the 1st table has 1 cell here but 2 in en.mdx (line 23) — give the row one cell for each cell of the source, in the same order: a missing cell moves the others into the wrong column`,
    ]);
  });

  it('reports a list nested differently from the source', () => {
    const nested = checkAfter((root) => {
      editFile(root, EN_2024, '- access your data;\n- delete your data.', '- access your data;\n  - delete your data.');
      editFile(root, SV_2024, '- få tillgång till dina uppgifter;\n- radera dina uppgifter.', '- få tillgång till dina uppgifter;\n\nText.\n\n- radera dina uppgifter.');
    }).found.filter((line) => line.startsWith(SV_2024));
    expect(nested[0]).toBe(
      `${SV_2024}:18:1 error the 2nd list is not nested here but nested 2 levels deep in en.mdx (line 15) — indent its items under the item they belong to, as the source does`,
    );
  });

  it('reports an <Anchor> that differs from the source’s', () => {
    const { found } = checkAfter((root) => {
      editFile(root, EN_2024, '| Account |', '| <Anchor id="account-data" />Account |');
      editFile(root, SV_2024, '| Konto |', '| <Anchor id="kontodata" />Konto |');
    });
    expect(found.filter((line) => line.startsWith(SV_2024))).toEqual([
      `${SV_2024}:23:3 error the 1st <Anchor> is id="kontodata" here but id="account-data" in en.mdx (line 23) — use id="account-data", as the source does: links point to it`,
    ]);
  });

  it('reports a section the source does not have', () => {
    const { found } = checkAfter((root) => editFile(root, SV_2024, '## Dina rättigheter', '## Extra {#extra}\n\nText.\n\n## Dina rättigheter'));
    expect(found).toEqual([
      `${SV_2024}:10:1 error the 2nd heading, "Extra" {#extra}, is not in en.mdx — remove it; keep the same sections as the source`,
    ]);
  });

  it('reports a link to another place than the source’s', () => {
    const { found } = checkAfter((root) => editFile(root, 'content/notices/cookies/2025-01-01/sv.mdx', '(/policy/#your-rights)', '(/policy/)'));
    expect(found).toEqual([
      'content/notices/cookies/2025-01-01/sv.mdx:8:41 error the 1st link goes to "/policy/" here but to "/policy/#your-rights" in en.mdx (line 8) — link to the same places as the source, in the same order',
    ]);
  });

  it('reports a list with fewer items than the source’s', () => {
    const { found } = checkAfter((root) => editFile(root, SV_2024, '- radera dina uppgifter.\n', ''));
    expect(found).toEqual([
      `${SV_2024}:14:1 error the 1st list has 1 item here but 2 in en.mdx (line 14) — give it one item for each item of the source`,
    ]);
  });

  it('reports a table with more rows than the source’s', () => {
    const { found } = checkAfter((root) => editFile(root, SV_2024, '| Konto | 2 år |', '| Konto | 2 år |\n| Logg | 1 år |'));
    expect(found).toEqual([
      `${SV_2024}:21:1 error the 1st table has 3 rows here but 2 in en.mdx (line 21) — give it one row for each row of the source`,
    ]);
  });

  it('reports only the first place a translation diverges', () => {
    const { found } = checkAfter((root) => {
      editFile(root, SV_2024, '| Konto | 2 år |', '| Konto | 2 år |\n| Logg | 1 år |');
      editFile(root, SV_2024, '- radera dina uppgifter.\n', '');
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('the 1st list has 1 item here but 2 in en.mdx (line 14)');
  });

  it('compares each translation with the source of its own version only', () => {
    // The 2026-06-01 list has three items; the 2024-01-01 translation keeps the two of its own source.
    const { found } = checkAfter((root) => editFile(root, 'content/notices/policy/2026-06-01/en.mdx', '- move your data to another service;\n', ''));
    expect(found).toEqual([
      'content/notices/policy/2026-06-01/sv.mdx:16:1 error the 1st list has 3 items here but 2 in en.mdx (line 16) — give it one item for each item of the source',
    ]);
  });
});
