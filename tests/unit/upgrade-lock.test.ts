// `notice lock --upgrade`: a lock of Paragraf 0.1 (hashes of the file's text, `translatedFrom` left out)
// becomes a version 2 lock only when every locked text still matches its old hash.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { upgradeLock } from '../../src/cli/steps/upgrade-lock.ts';
import { CliProblem } from '../../src/cli/problems.ts';
import { getLockKey } from '../../src/lib/published-lock.ts';
import { copyBasic, getText, loadCopy } from './checks/site.ts';
import { editFile } from '../helpers/fixtures.ts';

/** Paragraf 0.1's hash, written out as it was, to make version 1 locks in the test. */
function versionOneHash(bytes: string): string {
  const text = bytes.replace(/\r\n/g, '\n');
  const head = /^---\n[\s\S]*?\n---(?:\n|$)/.exec(text)?.[0] ?? '';
  return createHash('sha256').update(head.replace(/^translatedFrom:.*\n/m, '') + text.slice(head.length), 'utf8').digest('hex');
}

const LOCKED = ['content/notices/policy/2024-01-01/en.mdx', 'content/notices/policy/2024-01-01/fr.mdx', 'content/notices/cookies/2025-01-01/sv.mdx'];

function writeVersionOneLock(root: string): string {
  const contentDir = path.join(root, 'content');
  const files = Object.fromEntries(
    LOCKED.map((relative) => {
      const absolute = path.join(root, relative);
      return [getLockKey(contentDir, absolute), { sha256: versionOneHash(fs.readFileSync(absolute, 'utf8')) }];
    }),
  );
  const lockPath = path.join(contentDir, 'published.lock.json');
  fs.writeFileSync(lockPath, JSON.stringify({ lockfileVersion: 1, files }));
  return lockPath;
}

describe('upgrading a version 1 lock', () => {
  it('records each unchanged text by the hash of what readers get, CRLF files and recorded translations included', () => {
    const root = copyBasic();
    const crlf = path.join(root, LOCKED[1]);
    fs.writeFileSync(crlf, fs.readFileSync(crlf, 'utf8').replace(/^title: /m, `translatedFrom: ${'a'.repeat(64)}\ntitle: `).replace(/\n/g, '\r\n'));
    const lockPath = writeVersionOneLock(root);
    // Recording the translation after locking did not change the text as version 1 saw it.
    editFile(root, LOCKED[1], 'a'.repeat(64), 'b'.repeat(64));
    const site = loadCopy(root);
    const { lock, count } = upgradeLock(site, lockPath);
    expect(count).toBe(3);
    const key = (relative: string) => getLockKey(site.contentDir, path.join(root, relative));
    expect(lock.files[key(LOCKED[1])]).toEqual({ sha256: getText(site, 'policy', '2024-01-01', 'fr').hash });
    expect(lock.files[key(LOCKED[2])]).toEqual({ sha256: getText(site, 'cookies', '2025-01-01', 'sv').hash });
  });

  it('refuses to vouch for a locked text that changed, naming it', () => {
    const root = copyBasic();
    const lockPath = writeVersionOneLock(root);
    editFile(root, LOCKED[2], 'Vi använder en nödvändig kaka.', 'Vi använder två nödvändiga kakor.');
    let thrown: unknown;
    try {
      upgradeLock(loadCopy(root), lockPath);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliProblem);
    const problems = (thrown as CliProblem).problems.map((p) => `${path.basename(path.dirname(path.dirname(p.file)))}/${path.basename(path.dirname(p.file))}/${path.basename(p.file)} ${p.message}`);
    expect(problems).toEqual(['cookies/2025-01-01/sv.mdx this locked text has changed since it was locked, so the upgrade cannot vouch for it']);
  });
});
