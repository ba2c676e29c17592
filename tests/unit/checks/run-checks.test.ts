// runChecks: every rule runs, and the problems come back sorted by file, line and column.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sortProblems } from '../../../src/lib/checks/index.ts';
import type { Problem } from '../../../src/lib/errors.ts';
import { editFile, writeFile } from '../../helpers/fixtures.ts';
import { checkFixture, copyBasic, inspectCopy } from './site.ts';

describe('running all checks', () => {
  it('runs every rule, the safe-MDX allow-list included, and sorts the problems by file, line and column', () => {
    const root = copyBasic();
    writeFile(root, 'content/notices/cookies/2025-01-01/sv.mdx', fs.readFileSync(checkFixture('readability', 'hard-sv.mdx'), 'utf8'));
    editFile(root, 'content/notices/cookies/2025-01-01/en.mdx', 'We use one', 'Check this page regularly. {1} We use one');
    editFile(root, 'content/notices/cookies/2025-01-01/fr.mdx', '(/policy/#your-rights)', '(http://policy.example/)');
    const problems = inspectCopy(root, checkFixture('interface-strings', 'locales'));
    const shown = problems.map((p) => `${path.relative(root, path.resolve(p.file))}:${p.line ?? '-'}:${p.column ?? '-'} ${p.severity} ${p.message}`);
    expect(shown.map((line) => line.replace(/^\.\.\/.*?tests\/fixtures\/checks\/interface-strings\//, ''))).toEqual([
      'content/notices/cookies/2025-01-01/en.mdx:-:- warning cookies has not been reviewed since 2025-01-01, when its version in effect took effect: more than 12 months ago',
      'content/notices/cookies/2025-01-01/en.mdx:8:1 warning "Check this page regularly" leaves it to readers to look for changes',
      'content/notices/cookies/2025-01-01/en.mdx:8:28 error "{1}" is a JavaScript expression, which notices may not contain',
      'content/notices/cookies/2025-01-01/fr.mdx:-:- warning this translation does not record which en text it was made from, so nobody can tell whether it is up to date',
      'content/notices/cookies/2025-01-01/fr.mdx:8:59 error the link "http://policy.example/" is not secure (http://)',
      'content/notices/cookies/2025-01-01/fr.mdx:8:59 error the 1st link goes to "http://policy.example/" here but to "/policy/#your-rights" in en.mdx (line 8)',
      'content/notices/cookies/2025-01-01/sv.mdx:-:- warning this translation does not record which en text it was made from, so nobody can tell whether it is up to date',
      'content/notices/cookies/2025-01-01/sv.mdx:10:1 warning LIX 100 is above the limit of 50 (very hard)',
      `content/notices/cookies/2025-01-01/sv.mdx:${fs.readFileSync(path.join(root, 'content/notices/cookies/2025-01-01/sv.mdx'), 'utf8').trimEnd().split('\n').length}:1 error en.mdx has a 1st link, to "/policy/#your-rights" (line 8), that is missing here`,
      ...['policy/2024-01-01/fr', 'policy/2024-01-01/sv', 'policy/2026-06-01/sv', 'policy/2027-03-01/fr', 'policy/2027-03-01/sv'].map(
        (text) => `content/notices/${text}.mdx:-:- warning this translation does not record which en text it was made from, so nobody can tell whether it is up to date`,
      ),
      'content/published.lock.json:-:- error there is no published.lock.json, so nothing protects the 8 published texts from being edited after they took effect',
      'locales/fr.json:3:1 error "home.lastUpdated" lacks {{date}}, which en.json has',
      'locales/fr.json:4:1 error "search.resultCount" has no "many" form, which French needs (for numbers such as 1,000,000)',
      'locales/sv.json:-:- error the interface string "footer.published" is missing',
      'locales/sv.json:3:1 error "home.lastUpdated" has {{datum}} where en.json has {{date}}',
      'locales/sv.json:6:1 warning the interface string "home.oldHeading" is not in en.json, so the site never shows it',
    ]);
  });

  it('sorts problems without a line first in their file, and keeps the order of equal places', () => {
    const problem = (file: string, line: number | undefined, message: string): Problem => ({
      file,
      ...(line ? { line, column: 1 } : {}),
      severity: 'error',
      message,
      fix: '',
    });
    const sorted = sortProblems([problem('b', 2, 'b2'), problem('a', 3, 'first a3'), problem('b', undefined, 'b'), problem('a', 3, 'second a3'), problem('a', 1, 'a1')]);
    expect(sorted.map((p) => p.message)).toEqual(['a1', 'first a3', 'second a3', 'b', 'b2']);
  });
});
