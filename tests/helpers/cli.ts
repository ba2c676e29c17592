// Runs a CLI program in-process against a fixture copy, capturing what it prints and the exit code.

import { runProgram, type Program } from '../../src/cli/command.ts';
import type { CliIO } from '../../src/cli/context.ts';
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
}

/** A repository with no history: every file is new. */
export const noGit: GitHistory = { listRevisions: () => [], readRevision: () => undefined };

export async function runCli(program: Program, argv: string[], options: CliRunOptions): Promise<CliRun> {
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
  };
  const code = await runProgram(program, argv, io);
  return { code, stdout, stderr, exitedWith };
}
