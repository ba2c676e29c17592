// Analysing every text before the model loads: results land in the cache, and a text that takes too
// long is reported as a problem instead of stalling the check or the build.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTexts } from '../../src/build/analyse-texts.ts';
import { inspectContent } from '../../src/lib/checks/index.ts';
import { writeFile, projectRoot } from '../helpers/fixtures.ts';
import { copyBasic, fileOf } from './checks/site.ts';

const SLOW = 'content/notices/policy/2027-03-01/fr.mdx';

describe('analysing texts before the content model loads', () => {
  it('reports a text that takes longer than the limit, and the check and the build then refuse it', async () => {
    const root = copyBasic();
    // Within every structural limit, but costly for the parser (seconds, where a notice takes milliseconds):
    // thousands of entities in each of a hundred paragraphs.
    const paragraph = '&amp;'.repeat(1900);
    writeFile(root, SLOW, `---\ntitle: Lent\nsummary: Lent.\nchanges: Lent.\n---\n\n${`${paragraph}\n\n`.repeat(100)}`);
    const contentDir = path.join(root, 'content');
    const summary = await analyseTexts({ contentDir, now: '2026-12-01' }, { timeLimitMs: 1000 });
    expect(summary.slow).toEqual([fileOf(root, SLOW)]);
    const problems = inspectContent({ contentDir, localesDir: path.join(projectRoot, 'locales'), now: '2026-12-01' }).problems;
    const slow = problems.filter((p) => p.file === fileOf(root, SLOW) && p.message.includes('took more than'));
    expect(slow.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
      '6:1 error reading this text took more than 1 s, far more than its size explains: something in it makes the parser work too hard',
    ]);
  });

  it('leaves nothing to do for texts it has analysed before', async () => {
    const root = copyBasic();
    const contentDir = path.join(root, 'content');
    const first = await analyseTexts({ contentDir, now: '2026-12-01' });
    expect(first.texts).toBe(11);
    expect((await analyseTexts({ contentDir, now: '2026-12-01' })).texts).toBe(0);
  });
});
