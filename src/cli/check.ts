// `npm run check`: every problem in the content and interface strings, with file, line and the fix; exit 1 on any error.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseTexts } from '../build/analyse-texts.ts';
import { inspectContent, sortProblems } from '../lib/checks/index.ts';
import { formatProblem, type Problem } from '../lib/errors.ts';
import { createMainBranch } from '../lib/git.ts';
import { getLockPath, type MainBranch } from '../lib/published-lock.ts';
import { getSettings } from '../lib/settings.ts';

export interface CheckIO {
  /** The folder relative paths resolve from and problem paths are shown relative to. */
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Which texts the main branch has; by default, git is asked about PARAGRAF_MAIN_BRANCH (main). */
  mainBranch?: MainBranch;
}

/** Checks the content the environment points at, prints the problems and a summary, and returns the exit code. */
export async function runCheck({ cwd, env, stdout, stderr, mainBranch }: CheckIO): Promise<number> {
  let settings;
  try {
    settings = getSettings(env, cwd);
  } catch (error) {
    stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  await analyseTexts(settings);
  const inspection = inspectContent({ ...settings, mainBranch: mainBranch ?? createMainBranch(settings.mainBranch) });
  const { site } = inspection;
  const problems = sortProblems(inspection.problems.map((problem) => showFrom(cwd, problem)));
  for (const problem of problems) stdout.write(`${formatProblem(problem)}\n`);

  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors) {
    stdout.write(`\n✖ ${count(errors, 'error')}, ${count(warnings, 'warning')}\n`);
    return 1;
  }
  const files = site ? countCheckedFiles(site, settings.localesDir) : 1;
  stdout.write(
    warnings
      ? `\n✔ No errors in ${count(files, 'file')}; ${count(warnings, 'warning')} to consider\n`
      : `✔ No problems in ${count(files, 'file')}\n`,
  );
  return 0;
}

/** Problem paths come relative to this process's folder; show them relative to the caller's `cwd`. */
function showFrom(cwd: string, problem: Problem): Problem {
  const absolute = path.resolve(process.cwd(), problem.file);
  const relative = path.relative(cwd, absolute);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return { ...problem, file: shown.split(path.sep).join('/') };
}

function countCheckedFiles(site: NonNullable<ReturnType<typeof inspectContent>['site']>, localesDir: string): number {
  const texts = site.notices.reduce(
    (sum, notice) => sum + notice.versions.reduce((inner, version) => inner + Object.keys(version.texts).length, 0),
    0,
  );
  const locales = site.locales.filter((locale) => fs.existsSync(path.join(localesDir, `${locale}.json`))).length;
  const lock = fs.existsSync(getLockPath(site.contentDir)) ? 1 : 0;
  return 1 + texts + locales + lock;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await runCheck({ cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
}
