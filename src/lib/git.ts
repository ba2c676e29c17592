// The git command as Paragraf uses it: earlier revisions of a file, and whether the main branch has it.
// Outside a repository every answer is empty or unknown; callers decide what unknown means.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { MainBranch } from './published-lock.ts';
import type { GitHistory } from './translation-status.ts';

/** Reads a file's history with the git command. */
export const processGit: GitHistory = {
  listRevisions(absolutePath) {
    const output = runGit(path.dirname(absolutePath), ['log', '--format=%H', '--', path.basename(absolutePath)]);
    return output ? output.toString('utf8').split('\n').filter(Boolean) : [];
  },
  readRevision(revision, absolutePath) {
    // `./name` makes git resolve the path from the file's folder rather than the repository root.
    return runGit(path.dirname(absolutePath), ['show', `${revision}:./${path.basename(absolutePath)}`]);
  },
};

/**
 * Asks git whether the main branch has a file. The branch is `name` (PARAGRAF_MAIN_BRANCH, default
 * "main"), or `origin/<name>` where only the remote one is known, as in many CI checkouts.
 */
export function createMainBranch(name: string): MainBranch {
  const refs = new Map<string, string | undefined>();
  const findRef = (dir: string): string | undefined => {
    const root = runGit(dir, ['rev-parse', '--show-toplevel'])?.toString('utf8').trim();
    if (!root) return undefined;
    if (!refs.has(root)) {
      const found = [name, `origin/${name}`].find((ref) => runGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== undefined);
      refs.set(root, found);
    }
    return refs.get(root);
  };
  return {
    name,
    hasFile(absolutePath) {
      const dir = path.dirname(absolutePath);
      const ref = findRef(dir);
      if (!ref) return undefined;
      return runGit(dir, ['cat-file', '-e', `${ref}:./${path.basename(absolutePath)}`]) !== undefined;
    },
  };
}

function runGit(cwd: string, args: string[]): Buffer | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** One revision of a document in a repository's history. */
export interface DocumentRevision {
  commit: string;
  /** The commit's date, YYYY-MM-DD. */
  date: string;
  /** The document's path at that commit (it may have been renamed since). */
  path: string;
  bytes: Uint8Array;
}

/**
 * Every revision of the document at `documentPath` in the repository at `repository`, oldest first,
 * following renames; undefined when the folder is not a repository or the path has no history.
 */
export function readDocumentHistory(repository: string, documentPath: string): DocumentRevision[] | undefined {
  const log = runGit(repository, ['log', '--follow', '--format=%x00%H %cs', '--name-only', '--', documentPath]);
  if (!log) return undefined;
  const revisions: DocumentRevision[] = [];
  for (const entry of log.toString('utf8').split('\0').filter((part) => part.trim())) {
    const [header, ...names] = entry.split('\n').filter(Boolean);
    const [commit, date] = header.split(' ');
    const path = names.at(-1);
    if (!commit || !date || !path) continue;
    // A commit that deleted the file has nothing to read.
    const bytes = runGit(repository, ['show', `${commit}:${path}`]);
    if (bytes) revisions.push({ commit, date, path, bytes });
  }
  return revisions.length ? revisions.reverse() : undefined;
}
