// `npm run build`, as functions: check the content with the same code as `npm run check`, build with
// Astro into a staging folder, add the search index, and only then swap the result into place. Any
// failure, a crash of Astro or a stop signal leaves the previous site as it was and no staging folder.

import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSearchIndex, DEFER_INDEX_VARIABLE, reportSearchIndex } from '../integration/search.ts';
import { CACHE_DIR_VARIABLE, getCacheRoot } from '../lib/cache.ts';
import { CODE_VERSION_VARIABLE, getCodeVersion } from '../lib/code-version.ts';
import { CHECKED_VARIABLE } from '../lib/content-fingerprint.ts';
import { ContentError, formatProblem } from '../lib/errors.ts';
import type { CheckResult } from './check-process.ts';
import { getSettings, type Settings } from '../lib/settings.ts';

export interface BuildIO {
  log(message: string): void;
  error(message: string): void;
}

export interface BuildOptions {
  /** The project folder: Astro runs here. */
  root: string;
  env: NodeJS.ProcessEnv;
  /** Extra arguments for `astro build`. */
  astroArgs?: string[];
  io: BuildIO;
  /** Where the process's stop signals are heard; `process` in the real command. */
  signals?: NodeJS.EventEmitter;
}

export interface BuildPaths {
  outDir: string;
  staging: string;
  previous: string;
}

export function getBuildPaths(root: string, env: NodeJS.ProcessEnv): BuildPaths {
  const outDir = path.resolve(root, env.PARAGRAF_OUT_DIR || 'dist');
  return { outDir, staging: `${outDir}.partial`, previous: `${outDir}.previous` };
}

/** Runs the whole build; resolves to the process exit code. */
export async function buildSite(options: BuildOptions): Promise<number> {
  const { root, env, io } = options;
  const paths = getBuildPaths(root, env);
  const shown = path.relative(root, paths.outDir) || paths.outDir;
  const fail = (message: string, code = 1): number => {
    fs.rmSync(paths.staging, { recursive: true, force: true });
    io.error(`${message ? `\n${message}\n` : '\n'}The build failed; ${shown} was left as it was.`);
    return code;
  };

  // A stop signal at any point ends the build at the next step, and is passed on to Astro while it runs.
  const stop: StopState = {};
  const onInt = () => requestStop(stop, 'SIGINT');
  const onTerm = () => requestStop(stop, 'SIGTERM');
  options.signals?.on('SIGINT', onInt);
  options.signals?.on('SIGTERM', onTerm);
  try {
    return await runSteps(options, paths, stop, fail);
  } finally {
    options.signals?.off('SIGINT', onInt);
    options.signals?.off('SIGTERM', onTerm);
  }
}

interface StopState {
  signal?: NodeJS.Signals;
  child?: ChildProcess;
}

function requestStop(stop: StopState, signal: NodeJS.Signals): void {
  stop.signal = signal;
  stop.child?.kill(signal);
}

async function runSteps(options: BuildOptions, paths: BuildPaths, stop: StopState, fail: (message: string, code?: number) => number): Promise<number> {
  const { root, env, io } = options;
  const stopped = () => fail(`The build was stopped (${stop.signal}).`, stop.signal === 'SIGINT' ? 130 : 143);
  let settings;
  try {
    settings = getSettings(env, root);
  } catch (error) {
    return fail((error as Error).message);
  }
  // Every text is compiled and checked on all cores, each within a time limit, into the disk cache, and
  // then the whole site is checked; Astro's process after it loads the compiled texts from there.
  let checked: CheckResult;
  try {
    checked = await checkInChildProcess(settings, stop);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (stop.signal) return stopped();
  const { problems, fingerprint } = checked;
  for (const problem of problems) if (problem.severity === 'warning') io.log(formatProblem(problem));
  if (problems.some((p) => p.severity === 'error')) return fail(new ContentError(problems).message);
  if (stop.signal) return stopped();

  fs.rmSync(paths.staging, { recursive: true, force: true });
  const astro = await runAstro(options, stop, {
    ...env,
    // A smaller young generation makes V8 collect short-lived page data sooner: about a fifth less
    // peak memory for the same time (see BENCHMARKS.md).
    NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-semi-space-size=8`.trim(),
    PARAGRAF_OUT_DIR: paths.staging,
    ASTRO_TELEMETRY_DISABLED: '1',
    [DEFER_INDEX_VARIABLE]: '1',
    // Astro's own check of the same content can trust this one.
    [CHECKED_VARIABLE]: fingerprint,
    // Astro's bundled code can find neither its sources nor the cache: it shares this process's.
    [CODE_VERSION_VARIABLE]: getCodeVersion() ?? '',
    [CACHE_DIR_VARIABLE]: getCacheRoot() ?? 'off',
  });
  if (stop.signal) return stopped();
  if (astro.signal) {
    return fail(
      `Astro stopped abruptly (${astro.signal}) without reporting an error: it may have run out of memory or stack. Run the build again; if it happens again, report it with the output above.`,
    );
  }
  if (astro.code !== 0) return fail('', astro.code ?? 1);

  try {
    const startedAt = performance.timeOrigin + performance.now();
    const summary = await buildSearchIndex(paths.staging);
    recordIndexTime(env, startedAt, performance.timeOrigin + performance.now());
    reportSearchIndex(summary, paths.staging, {
      info: (message) => io.log(`[paragraf-search] ${message}`),
      warn: (message) => io.error(`[paragraf-search] ${message}`),
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  if (stop.signal) return stopped();
  swapIntoPlace(paths);
  return 0;
}

/** Runs the content check (check-process.ts) in a child process, whose memory is all returned when it exits. */
function checkInChildProcess(settings: Settings, stop: StopState): Promise<CheckResult> {
  return new Promise((resolve, reject) => {
    const child = fork(new URL('./check-process.ts', import.meta.url), [], {
      serialization: 'advanced',
      stdio: 'inherit',
      // As for Astro's process: a smaller young generation, collected sooner (about 190 MiB less at the
      // check's peak on 560 texts).
      execArgv: [...process.execArgv, '--max-semi-space-size=8'],
    });
    let result: CheckResult | undefined;
    stop.child = child;
    child.once('message', (message) => {
      result = message as CheckResult;
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      stop.child = undefined;
      if (result) resolve(result);
      else if (stop.signal) resolve({ problems: [], fingerprint: '' });
      else reject(new Error(`The content check stopped unexpectedly (${signal ?? `exit code ${code}`}); the output above may say why.`));
    });
    child.send(settings);
  });
}

/** Replaces the published folder with the staging folder, keeping the old one until the new one is in place. */
export function swapIntoPlace({ outDir, staging, previous }: BuildPaths): void {
  fs.rmSync(previous, { recursive: true, force: true });
  if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
  fs.renameSync(staging, outDir);
  fs.rmSync(previous, { recursive: true, force: true });
}

interface AstroExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

function runAstro(options: BuildOptions, stop: StopState, env: NodeJS.ProcessEnv): Promise<AstroExit> {
  const astroBin = path.join(options.root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build', ...(options.astroArgs ?? [])], {
      cwd: options.root,
      stdio: 'inherit',
      env,
    });
    stop.child = child;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      stop.child = undefined;
      resolve({ code, signal });
    });
  });
}

/** Adds indexing to the phase timings Astro's build wrote, for `npm run bench` (epoch milliseconds). */
function recordIndexTime(env: NodeJS.ProcessEnv, startedAt: number, endedAt: number): void {
  const file = env.PARAGRAF_TIMINGS;
  if (!file || !fs.existsSync(file)) return;
  const timings = JSON.parse(fs.readFileSync(file, 'utf8'));
  timings.marks = { ...timings.marks, indexStart: startedAt, indexEnd: endedAt };
  timings.phases = { ...timings.phases, index: Math.round((endedAt - startedAt) * 10) / 10 };
  fs.writeFileSync(file, `${JSON.stringify(timings, null, 2)}\n`);
}
