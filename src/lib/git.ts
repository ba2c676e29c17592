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
