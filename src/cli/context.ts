// The one typed context every CLI command receives: parsed arguments plus everything from the outside world, injected.

import path from 'node:path';
import type { Settings } from '../lib/settings.ts';
import { getSettings } from '../lib/settings.ts';
import { UNKNOWN_MAIN_BRANCH, type MainBranch } from '../lib/published-lock.ts';
import type { GitHistory } from '../lib/translation-status.ts';
import { CliProblem } from './problems.ts';

/** Anything text can be written to: process.stdout in a terminal, an array in a test. */
export interface Writer {
  write(text: string): unknown;
}

export type Env = Record<string, string | undefined>;

/** What a command may touch outside its arguments; tests pass fakes for all of it. */
export interface CliIO {
  stdout: Writer;
  stderr: Writer;
  /** The folder relative paths and the content folder resolve from. */
  cwd: string;
  env: Env;
  /** Whether stdout is a terminal; decides colour together with NO_COLOR and FORCE_COLOR. */
  isTTY: boolean;
  /** Ends the program; called once with the exit code after the command has finished. */
  exit(code: number): void;
  /** Reads earlier revisions of files; the real one runs git. */
  git: GitHistory;
  /** Tells which files the main branch has; unknown for all when not given. */
  mainBranch?: MainBranch;
}

export interface Context<Values> {
  /** `notice` or `i18n`, as typed after `npm run`. */
  program: string;
  command: string;
  /** Positional arguments after the command name. */
  args: string[];
  options: Values;
  /** True when --dry-run was given: print what would be written and write nothing. */
  dryRun: boolean;
  cwd: string;
  env: Env;
  /** Whether output may use ANSI colours. */
  color: boolean;
  git: GitHistory;
  mainBranch: MainBranch;
  /** Writes one line to stdout. */
  print(line?: string): void;
  /** Writes one line to stderr. */
  warn(line: string): void;
  /** Content folder and build date from PARAGRAF_* variables, read on first use. */
  settings(): Settings;
  /** A path as the editor should read it: relative to cwd, with forward slashes. */
  display(absolutePath: string): string;
}

/**
 * Colour follows the conventions other tools share: FORCE_COLOR (other than 0/false) forces it on,
 * FORCE_COLOR=0 or a non-empty NO_COLOR turn it off, otherwise only a terminal gets it.
 */
export function shouldUseColor(env: Env, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

export function createContext<Values>(
  io: CliIO,
  parsed: { program: string; command: string; args: string[]; options: Values; dryRun: boolean },
): Context<Values> {
  let settings: Settings | undefined;
  return {
    ...parsed,
    cwd: io.cwd,
    env: io.env,
    color: shouldUseColor(io.env, io.isTTY),
    git: io.git,
    mainBranch: io.mainBranch ?? UNKNOWN_MAIN_BRANCH,
    print: (line = '') => void io.stdout.write(`${line}\n`),
    warn: (line) => void io.stderr.write(`${line}\n`),
    settings() {
      if (!settings) {
        try {
          settings = getSettings(io.env, io.cwd);
        } catch {
          throw new CliProblem({
            file: 'PARAGRAF_NOW',
            severity: 'error',
            message: `PARAGRAF_NOW is "${io.env.PARAGRAF_NOW}", which is not a real date`,
            fix: 'set it to a day as YYYY-MM-DD, e.g. PARAGRAF_NOW=2026-12-01, or unset it to use today',
          });
        }
      }
      return settings;
    },
    display(absolutePath) {
      const relative = path.relative(io.cwd, absolutePath);
      const shown = relative.startsWith('..') || path.isAbsolute(relative) ? absolutePath : relative;
      return shown.split(path.sep).join('/');
    },
  };
}
