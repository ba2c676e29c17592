// Step: upgrade a lock written by Paragraf 0.1 (lockfileVersion 1, hashes of the file's bytes) to
// version 2 (hashes of what readers get), after checking that no locked text changed since.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Site } from '../../lib/content.ts';
import { displayPath, type Problem } from '../../lib/errors.ts';
import { splitNoticeSource } from '../../lib/notice-file.ts';
import { getExpectedHash, getLockKey, LOCKFILE_VERSION, type PublishedLock } from '../../lib/published-lock.ts';
import { readTextFile } from '../../lib/text-file.ts';
import { CliProblem } from '../problems.ts';

const versionOneSchema = z.object({
  lockfileVersion: z.literal(1),
  files: z.record(
    z.string(),
    z.object({
      sha256: z.string(),
      corrections: z.array(z.object({ date: z.string(), reason: z.string(), sha256: z.string() })).optional(),
    }),
  ),
});

/**
 * The version 1 hash, kept only to verify a lock before upgrading it: the file's text with "\r\n"
 * made "\n" and the frontmatter's `translatedFrom` line left out. (It was replaced because a body
 * line could pass for that frontmatter line.)
 */
function hashVersionOne(source: string): string {
  const text = source.replace(/\r\n/g, '\n');
  // The frontmatter with its fences, as notice-file.ts finds it; a text it cannot split had none for version 1.
  const split = splitNoticeSource(text);
  const head = 'message' in split ? '' : text.slice(0, text.length - split.body.length);
  const published = head.replace(/^translatedFrom:.*\n/m, '') + text.slice(head.length);
  return createHash('sha256').update(published, 'utf8').digest('hex');
}

/** The upgraded lock; throws a CliProblem listing every locked text that no longer matches its version 1 hash. */
export function upgradeLock(site: Site, lockPath: string): { lock: PublishedLock; count: number } {
  const problems: Problem[] = [];
  const file = displayPath(lockPath);
  const read = readTextFile(lockPath, { file }, problems);
  if (!read) throw new CliProblem(problems);
  let parsed: z.infer<typeof versionOneSchema>;
  try {
    parsed = versionOneSchema.parse(JSON.parse(read.text));
  } catch {
    throw new CliProblem({
      file,
      severity: 'error',
      message: `this is not a version 1 lock file, so there is nothing to upgrade`,
      fix: 'run npm run notice -- lock without --upgrade',
    });
  }
  const texts = new Map(
    site.notices.flatMap((notice) =>
      notice.versions.flatMap((version) => Object.values(version.texts).map((text) => [getLockKey(site.contentDir, text.absolutePath), text] as const)),
    ),
  );
  const files: PublishedLock['files'] = {};
  for (const [key, entry] of Object.entries(parsed.files)) {
    const absolute = path.join(site.contentDir, ...key.split('/'));
    const text = texts.get(key);
    if (!text || !fs.existsSync(absolute)) {
      problems.push({ file, severity: 'error', message: `${key} is locked but cannot be read`, fix: 'restore the file from Git, then upgrade' });
      continue;
    }
    if (hashVersionOne(fs.readFileSync(absolute, 'utf8')) !== getExpectedHash(entry)) {
      problems.push({
        file: text.file,
        line: 1,
        column: 1,
        severity: 'error',
        message: 'this locked text has changed since it was locked, so the upgrade cannot vouch for it',
        fix: 'restore the published text from Git (or record the change with npm run notice -- correct on the old Paragraf), then upgrade',
      });
      continue;
    }
    // Earlier hashes in a correction history stay as they were: a record, never compared again.
    files[key] = entry.corrections?.length
      ? { ...entry, corrections: entry.corrections.map((c, i, all) => (i === all.length - 1 ? { ...c, sha256: text.hash } : c)) }
      : { sha256: text.hash };
  }
  if (problems.length) throw new CliProblem(problems);
  return { lock: { lockfileVersion: LOCKFILE_VERSION, files }, count: Object.keys(files).length };
}
