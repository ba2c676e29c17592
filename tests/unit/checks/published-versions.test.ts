// Published versions are immutable: texts in effect are locked, and a locked text changes only by a recorded correction.

import fs from 'node:fs';
import path from 'node:path';
import { hashFile } from '../../helpers/compile.ts';
import { describe, expect, it } from 'vitest';
import { checkPublishedVersions } from '../../../src/lib/checks/published-versions.ts';
import type { Site } from '../../../src/lib/content.ts';
import {
  createEmptyLock,
  lockPublished,
  readLock,
  recordCorrection,
  writeLock,
} from '../../../src/lib/published-lock.ts';
import type { MainBranch } from '../../../src/lib/published-lock.ts';
import { editFile, writeFile } from '../../helpers/fixtures.ts';
import { checkFixture, copyBasic, fileOf, loadCopy } from './site.ts';

const POLICY_2024_EN = 'content/notices/policy/2024-01-01/en.mdx';

/** A copy of the basic fixture with every text in effect locked as it is. */
function copyLocked(): { root: string; contentDir: string } {
  const root = copyBasic();
  const contentDir = path.join(root, 'content');
  writeLock(contentDir, lockPublished(loadCopy(root), createEmptyLock()));
  return { root, contentDir };
}

function check(root: string, site: Site = loadCopy(root), mainBranch?: MainBranch) {
  return checkPublishedVersions(site, readLock(path.join(root, 'content')), mainBranch);
}

/** A main branch that has every text of the basic fixture and none that a test adds. */
function mainBranchOf(root: string): MainBranch {
  const onMain = new Set(
    loadCopy(root).notices.flatMap((notice) => notice.versions.flatMap((version) => Object.values(version.texts).map((text) => text.absolutePath))),
  );
  return { name: 'main', hasFile: (absolutePath) => onMain.has(absolutePath) };
}

const IMPORTED = 'content/notices/policy/2025-03-01/en.mdx';
const importedText = '---\ntitle: Privacy policy\nsummary: How we handle data.\nchanges: Shorter.\nmaterial: false\n---\n\n## Who we are {#who-we-are}\n\nWe are the fixture organisation.\n';

describe('the published-version check', () => {
  it('passes when every text in effect is locked and unchanged, upcoming ones needing no lock', () => {
    const { root, contentDir } = copyLocked();
    expect(Object.keys(readLock(contentDir).lock!.files)).not.toContain('notices/policy/2027-03-01/en.mdx');
    editFile(root, 'content/notices/policy/2027-03-01/en.mdx', 'We make no automated decisions', 'We make no automated decision');
    expect(check(root)).toEqual([]);
  });

  it('reports a text in effect that the lock does not record', () => {
    const { root, contentDir } = copyLocked();
    const lock = readLock(contentDir).lock!;
    delete lock.files['notices/policy/2024-01-01/en.mdx'];
    writeLock(contentDir, lock);
    expect(check(root)).toEqual([
      {
        file: fileOf(root, POLICY_2024_EN),
        line: 1,
        column: 1,
        severity: 'error',
        message: 'this text took effect on 2024-01-01 but is not recorded in published.lock.json',
        fix: 'run npm run notice -- lock to record it as published, and commit the lock file with it',
      },
    ]);
  });

  it('reports a published text that was edited afterwards', () => {
    const { root } = copyLocked();
    editFile(root, POLICY_2024_EN, 'You may complain', 'You can complain');
    expect(check(root)).toEqual([
      {
        file: fileOf(root, POLICY_2024_EN),
        line: 1,
        column: 1,
        severity: 'error',
        message: 'this text was published on 2024-01-01 and has been edited since (it no longer matches published.lock.json)',
        fix: 'undo the edit and put the change in a new dated version, or, for a correction such as a typo, record it with npm run notice -- correct policy 2024-01-01 --locale en --reason "…"',
      },
    ]);
  });

  it('accepts an edit recorded as a correction, and only that edit', () => {
    const { root, contentDir } = copyLocked();
    editFile(root, POLICY_2024_EN, 'fax.', 'telefax.');
    const corrected = hashFile(path.join(root, POLICY_2024_EN));
    const lock = recordCorrection(readLock(contentDir).lock!, 'notices/policy/2024-01-01/en.mdx', {
      date: '2026-11-30',
      reason: 'Fixed a word.',
      sha256: corrected,
    });
    writeLock(contentDir, lock);
    expect(check(root)).toEqual([]);
    editFile(root, POLICY_2024_EN, 'telefax.', 'telefax!');
    expect(check(root).map((p) => p.message)).toEqual([
      'this text was published on 2024-01-01 and has been edited since (it no longer matches published.lock.json)',
    ]);
  });

  it('hashes line endings away, so a checkout with CRLF is not an edit', () => {
    const { root } = copyLocked();
    const file = path.join(root, POLICY_2024_EN);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    expect(check(root)).toEqual([]);
  });

  it('reports a locked text that no longer exists, at its line in the lock', () => {
    const { root, contentDir } = copyLocked();
    fs.rmSync(path.join(root, 'content/notices/cookies/2025-01-01/fr.mdx'));
    const lockText = fs.readFileSync(path.join(contentDir, 'published.lock.json'), 'utf8');
    const line = lockText.split('\n').findIndex((l) => l.includes('"notices/cookies/2025-01-01/fr.mdx"')) + 1;
    expect(check(root)).toEqual([
      {
        file: fileOf(root, 'content/published.lock.json'),
        line,
        column: 5,
        severity: 'error',
        message: 'notices/cookies/2025-01-01/fr.mdx was published but no longer exists',
        fix: 'restore the file (published versions stay available for good); if it must be withdrawn, remove its entry here in a reviewed change',
      },
    ]);
    expect(line).toBe(6);
  });

  it('warns, not fails, about a back-dated text that is not on the main branch yet, and fails once it is', () => {
    const { root } = copyLocked();
    const main = mainBranchOf(root);
    writeFile(root, IMPORTED, importedText);
    expect(check(root, loadCopy(root), main)).toEqual([
      {
        file: fileOf(root, IMPORTED),
        line: 1,
        column: 1,
        severity: 'warning',
        message: 'this text takes effect on 2025-03-01, which has passed, and is not yet locked (it is not on the main branch yet, so you may still edit it)',
        fix: 'review it, then run npm run notice -- lock and commit the lock file with it',
      },
    ]);
    const merged: MainBranch = { name: 'main', hasFile: () => true };
    expect(check(root, loadCopy(root), merged).map((p) => [p.severity, p.message])).toEqual([
      ['error', 'this text took effect on 2025-03-01 but is not recorded in published.lock.json'],
    ]);
    // Without a repository to ask, the text counts as published: the safe reading.
    expect(check(root).map((p) => p.severity)).toEqual(['error']);
  });

  it('lets an editor tidy a locked text that is not on the main branch yet, and lock it again', () => {
    const { root, contentDir } = copyLocked();
    const main = mainBranchOf(root);
    writeFile(root, IMPORTED, importedText);
    writeLock(contentDir, lockPublished(loadCopy(root), readLock(contentDir).lock!, main));
    expect(check(root, loadCopy(root), main)).toEqual([]);
    editFile(root, IMPORTED, 'We are the fixture organisation.', 'We are the fixture organisation, in Malmö.');
    expect(check(root, loadCopy(root), main)).toEqual([
      {
        file: fileOf(root, IMPORTED),
        line: 1,
        column: 1,
        severity: 'warning',
        message: 'this text changed after it was locked; it is not on the main branch yet, so it was never published and may still change',
        fix: 'when it is ready, run npm run notice -- lock again to record the text as it is now',
      },
    ]);
    writeLock(contentDir, lockPublished(loadCopy(root), readLock(contentDir).lock!, main));
    expect(check(root, loadCopy(root), main)).toEqual([]);
    // A text on the main branch keeps its entry: an edit of it stays an error.
    editFile(root, POLICY_2024_EN, 'You may complain', 'You can complain');
    writeLock(contentDir, lockPublished(loadCopy(root), readLock(contentDir).lock!, main));
    expect(check(root, loadCopy(root), main).map((p) => [p.severity, p.file])).toEqual([['error', fileOf(root, POLICY_2024_EN)]]);
  });

  it('reports a missing lock once, not once per text', () => {
    const root = copyBasic();
    expect(check(root)).toEqual([
      {
        file: fileOf(root, 'content/published.lock.json'),
        severity: 'error',
        message: 'there is no published.lock.json, so nothing protects the 8 published texts from being edited after they took effect',
        fix: 'run npm run notice -- lock and commit the file it writes',
      },
    ]);
  });

  it('reports a lock in an unknown format instead of trusting it', () => {
    const root = copyBasic();
    fs.copyFileSync(checkFixture('published-versions', 'wrong-version.lock.json'), path.join(root, 'content/published.lock.json'));
    expect(check(root)).toEqual([
      {
        file: fileOf(root, 'content/published.lock.json'),
        line: 3,
        column: 22,
        severity: 'error',
        message: 'the lock file is not in the expected format at "lockfileVersion" (Invalid input: expected 2)',
        fix: 'restore it from Git; it is written by npm run notice -- lock and npm run notice -- correct, not by hand',
      },
    ]);
  });
});
