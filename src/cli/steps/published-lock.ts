// Step: read content/published.lock.json for a command, turning an unusable lock into problems.

import { createEmptyLock, readLock, type PublishedLock } from '../../lib/published-lock.ts';
import { CliProblem } from '../problems.ts';

export interface LoadedLock {
  absolutePath: string;
  /** The lock as it is, or an empty one when the file does not exist yet. */
  lock: PublishedLock;
  exists: boolean;
}

export function loadLockForCommand(contentDir: string): LoadedLock {
  const file = readLock(contentDir);
  if (file.problems.length) throw new CliProblem(file.problems);
  return { absolutePath: file.absolutePath, lock: file.lock ?? createEmptyLock(), exists: file.lock !== undefined };
}
