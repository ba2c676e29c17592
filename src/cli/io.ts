// The real outside world for the CLI entry points: this process's streams, folder, environment and git.

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { GitHistory } from '../lib/translation-status.ts';
import type { CliIO } from './context.ts';

/** Reads a file's history with the git command; outside a repository every answer is empty. */
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

export function getProcessIO(): CliIO {
  // `npm run i18n -- status | head` closes the pipe early; that ends the program quietly, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    exit: (code) => {
      // Let pending output drain instead of cutting it off with process.exit().
      process.exitCode = code;
    },
    git: processGit,
  };
}
