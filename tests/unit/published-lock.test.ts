// The published-version lock: hashing, reading, writing, locking new texts and recording corrections.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEmptyLock,
  getExpectedHash,
  lockPublished,
  parseLock,
  readLock,
  recordCorrection,
  serializeLock,
  writeLock,
} from '../../src/lib/published-lock.ts';
import { getText, copyBasic, loadCopy } from './checks/site.ts';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

describe('the published-version lock', () => {
  it('expects the hash of the last correction, else the hash as published', () => {
    expect(getExpectedHash({ sha256: HASH_A })).toBe(HASH_A);
    expect(
      getExpectedHash({
        sha256: HASH_A,
        corrections: [
          { date: '2026-01-01', reason: 'Typo.', sha256: 'c'.repeat(64) },
          { date: '2026-02-01', reason: 'Another typo.', sha256: HASH_B },
        ],
      }),
    ).toBe(HASH_B);
  });

  it('locks every text in effect on the build date and none that is upcoming', () => {
    const root = copyBasic();
    const lock = lockPublished(loadCopy(root), createEmptyLock());
    expect(Object.keys(lock.files)).toEqual([
      'notices/cookies/2025-01-01/en.mdx',
      'notices/cookies/2025-01-01/fr.mdx',
      'notices/cookies/2025-01-01/sv.mdx',
      'notices/policy/2024-01-01/en.mdx',
      'notices/policy/2024-01-01/fr.mdx',
      'notices/policy/2024-01-01/sv.mdx',
      'notices/policy/2026-06-01/en.mdx',
      'notices/policy/2026-06-01/sv.mdx',
    ]);
    const text = getText(loadCopy(root), 'policy', '2024-01-01', 'en');
    expect(lock.files['notices/policy/2024-01-01/en.mdx']).toEqual({ sha256: text.hash });
  });

  it('keeps existing entries as they are when locking again, even when the text changed', () => {
    const root = copyBasic();
    const stale = { sha256: HASH_A };
    const lock = lockPublished(loadCopy(root), { lockfileVersion: 2, files: { 'notices/policy/2024-01-01/en.mdx': stale, 'notices/gone/2020-01-01/en.mdx': stale } });
    expect(lock.files['notices/policy/2024-01-01/en.mdx']).toEqual({ sha256: HASH_A });
    expect(lock.files['notices/gone/2020-01-01/en.mdx']).toEqual({ sha256: HASH_A });
    expect(Object.keys(lock.files)).toHaveLength(9);
  });

  it('records a correction after any earlier ones and refuses a file that is not locked', () => {
    const lock = { lockfileVersion: 2 as const, files: { 'notices/a/2020-01-01/en.mdx': { sha256: HASH_A } } };
    const corrected = recordCorrection(lock, 'notices/a/2020-01-01/en.mdx', { date: '2026-11-30', reason: 'Fixed a typo.', sha256: HASH_B });
    expect(corrected.files['notices/a/2020-01-01/en.mdx']).toEqual({
      sha256: HASH_A,
      corrections: [{ date: '2026-11-30', reason: 'Fixed a typo.', sha256: HASH_B }],
    });
    expect(lock.files['notices/a/2020-01-01/en.mdx']).toEqual({ sha256: HASH_A });
    expect(() => recordCorrection(lock, 'notices/b/2020-01-01/en.mdx', { date: '2026-11-30', reason: 'x', sha256: HASH_B })).toThrow(
      'notices/b/2020-01-01/en.mdx is not in published.lock.json: only published texts can be corrected.',
    );
  });

  it('writes 2-space JSON with sorted keys and a final newline, and reads it back', () => {
    const root = copyBasic();
    const contentDir = path.join(root, 'content');
    writeLock(contentDir, {
      lockfileVersion: 2,
      files: { 'notices/z/2020-01-01/en.mdx': { sha256: HASH_B }, 'notices/a/2020-01-01/en.mdx': { sha256: HASH_A } },
    });
    const text = fs.readFileSync(path.join(contentDir, 'published.lock.json'), 'utf8');
    expect(text).toBe(
      `{\n  "files": {\n    "notices/a/2020-01-01/en.mdx": {\n      "sha256": "${HASH_A}"\n    },\n    "notices/z/2020-01-01/en.mdx": {\n      "sha256": "${HASH_B}"\n    }\n  },\n  "lockfileVersion": 2\n}\n`,
    );
    expect(readLock(contentDir).lock?.files['notices/z/2020-01-01/en.mdx']).toEqual({ sha256: HASH_B });
    expect(serializeLock(createEmptyLock())).toBe('{\n  "files": {},\n  "lockfileVersion": 2\n}\n');
  });

  it('reads a missing lock as no lock and no problem', () => {
    const root = copyBasic();
    const result = readLock(path.join(root, 'content'));
    expect(result.lock).toBeUndefined();
    expect(result.problems).toEqual([]);
  });

  it('reports a lock that is not JSON, or not in the lock format, with the place', () => {
    expect(parseLock('{ "files": ', 'lock.json').problems[0]).toMatchObject({
      file: 'lock.json',
      severity: 'error',
      fix: 'restore it from Git, or delete it and run npm run notice -- lock to record the published texts again',
    });
    const wrong = parseLock('{\n  "files": {\n    "x.mdx": { "sha256": "nope" }\n  },\n  "lockfileVersion": 2\n}\n', 'lock.json');
    expect(wrong.problems).toEqual([
      {
        file: 'lock.json',
        line: 3,
        column: 26,
        severity: 'error',
        message: 'the lock file is not in the expected format at "files.x.mdx.sha256" (a sha256 hash of 64 hexadecimal characters)',
        fix: 'restore it from Git; it is written by npm run notice -- lock and npm run notice -- correct, not by hand',
      },
    ]);
  });

  it('sends a lock written by Paragraf 0.1 to the upgrade, instead of trusting its hashes', () => {
    const old = parseLock(`{\n  "files": {},\n  "lockfileVersion": 1\n}\n`, 'lock.json');
    expect(old.lock).toBeUndefined();
    expect(old.problems).toEqual([
      {
        file: 'lock.json',
        line: 1,
        column: 1,
        severity: 'error',
        message: 'the lock file was written by an earlier Paragraf, whose hashes missed some edits (lockfileVersion 1)',
        fix: 'run npm run notice -- lock --upgrade; it checks every text against the old hashes and records them anew',
      },
    ]);
  });
});
