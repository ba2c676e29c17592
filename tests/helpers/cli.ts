// Runs a CLI program in-process against a fixture copy, capturing what it prints and the exit code.

import { runProgram, runSingleCommandProgram, type Program } from '../../src/cli/command.ts';
import type { CliIO } from '../../src/cli/context.ts';
import type { MainBranch } from '../../src/lib/published-lock.ts';
import type { GitHistory } from '../../src/lib/translation-status.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The code handed to the injected exit, which must equal `code`. */
  exitedWith?: number;
}

export interface CliRunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  git?: GitHistory;
  /** Which texts the main branch has; unknown for all when not given. */
  mainBranch?: MainBranch;
}

/** A repository with no history: every file is new. */
export const noGit: GitHistory = { listRevisions: () => [], readRevision: () => undefined };

export async function runCli(program: Program, argv: string[], options: CliRunOptions): Promise<CliRun> {
  return runWith(runProgram, program, argv, options);
}

/** Runs a program that is a single command, such as `npm run review -- --base main`. */
export async function runSingleCommandCli(program: Program, argv: string[], options: CliRunOptions): Promise<CliRun> {
  return runWith(runSingleCommandProgram, program, argv, options);
}

async function runWith(run: typeof runProgram, program: Program, argv: string[], options: CliRunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let exitedWith: number | undefined;
  const io: CliIO = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: options.cwd,
    env: { PARAGRAF_NOW: '2026-12-01', ...options.env },
    isTTY: options.isTTY ?? false,
    exit: (code) => {
      exitedWith = code;
    },
    git: options.git ?? noGit,
    ...(options.mainBranch ? { mainBranch: options.mainBranch } : {}),
  };
  const code = await run(program, argv, io);
  return { code, stdout, stderr, exitedWith };
}
