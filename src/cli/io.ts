// The real outside world for the CLI entry points: this process's streams, folder, environment and git.

import { createMainBranch, processGit } from '../lib/git.ts';
import { getMainBranchName } from '../lib/settings.ts';
import type { CliIO } from './context.ts';

export { processGit };

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
    mainBranch: createMainBranch(getMainBranchName(process.env)),
  };
}
