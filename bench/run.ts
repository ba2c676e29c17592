// `npm run bench`: generates a corpus, builds it exactly as `npm run build` does and as a bare Astro + MDX
// baseline (and, with --peer starlight, as an Astro Starlight site), then reports time per phase, CPU time, pages
// per second, peak memory, output and search-index size, the weight of a typical notice page and the time of a
// warm rebuild after one edit. See BENCHMARKS.md for what each number means.
//
//   npm run bench -- --size small|medium|large [--peer starlight]
//   npm run bench -- --notices 30 --versions 3 [--seed 7] [--runs 3] [--results-dir <folder>] [--no-baseline] [--keep]
//   npm run bench -- --size medium --peer starlight --runs 3

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BuildTimings } from '../src/integration/timings.ts';
import { parseLogPhases, readReportedDurations, type LogLine } from './astro-log.ts';
import { BENCH_NOW, generateCorpus, type CorpusManifest } from './generate-corpus.ts';
import { readChildrenCpuMs } from './process-cpu.ts';
import { sampleTreeMemory, type MemoryPeak } from './process-memory.ts';
import {
  countPages,
  listFiles,
  measurePage,
  measureSearchIndex,
  measureSiteSize,
  type PageCounts,
  type PageWeight,
  type SearchIndex,
  type SiteSize,
} from './site-measures.ts';
import {
  checkDocsLinks,
  clearStarlightCaches,
  countStarlightPages,
  ensurePeerInstalled,
  prepareStarlightSite,
  readPeerVersion,
  type LinkCheck,
} from './starlight-peer.ts';
import { CACHE_DIR_VARIABLE } from '../src/lib/cache.ts';
import { measureDevLatency, type DevLatency } from './dev-latency.ts';
import { applyWarmEdit, type WarmEdit } from './warm-rebuild.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const baselineRoot = path.join(root, 'bench', 'baseline');
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

export const SIZES = {
  small: { notices: 10, versions: 2 },
  medium: { notices: 50, versions: 4 },
  large: { notices: 200, versions: 5 },
} as const;

type SizeName = keyof typeof SIZES;

/** Documentation tools `--peer` can build the same corpus with. */
export const PEERS = ['starlight'] as const;
export type PeerName = (typeof PEERS)[number];

/** The issue's goals against the peer: Paragraf's whole build at most this share of Starlight's wall time and peak memory. */
export const PEER_WALL_GOAL = 0.75;
export const PEER_MEMORY_GOAL = 0.5;
/** Rebuilding after one text is edited, caches kept, should take at most this long. */
export const WARM_REBUILD_GOAL_MS = 3000;
export const DEV_LATENCY_GOAL_MS = 1000;

const KB = 1000;
const GIB = 1024 ** 3;

export interface BenchOptions {
  /** The size preset's name, or "<notices>x<versions>". */
  name: string;
  notices: number;
  versions: number;
  seed: number;
  resultsDir: string;
  baseline: boolean;
  /** Keep the temporary corpus and builds, and print where they are. */
  keep: boolean;
  /** Write V8 CPU profiles of the Paragraf build's processes into this folder. */
  cpuProf?: string;
  /** How many times to build each site; the run with the median wall time is reported. */
  runs: number;
  /** Also build the corpus with this documentation tool, alternating with Paragraf. */
  peer?: PeerName;
}

interface BuildRun {
  exitCode: number | null;
  /** Milliseconds since the epoch, when the process was spawned and when it exited. */
  startedAt: number;
  endedAt: number;
  wallMs: number;
  /** User + system CPU time of the whole process tree; undefined without /proc. */
  cpuMs?: number;
  memory: MemoryPeak;
  log: string;
  /** Every line of output with the moment it arrived. */
  lines: LogLine[];
}

/** One cold build in a section's `runs`, to show the spread. */
export interface RunSummary {
  wallMs: number;
  cpuMs?: number;
  peakMemoryBytes: number;
}

export interface Target {
  name: string;
  goal: string;
  value: string;
  /** Undefined when this run cannot tell (e.g. the large-versus-medium target on a small run). */
  met?: boolean;
  note?: string;
}

export interface BenchResult {
  name: string;
  /** When the benchmark ran, ISO 8601. */
  ranAt: string;
  options: { notices: number; versions: number; seed: number; now: string; runs: number };
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    node: string;
    platform: string;
    astro: string;
    pagefind: string;
    /** 1-minute load average when the benchmark started: other work on the machine skews every time. */
    loadAverage: number;
  };
  corpus: {
    texts: number;
    missingTranslations: number;
    possibleTranslations: number;
    words: { min: number; max: number; mean: number };
    bytes: number;
    generationMs: number;
  };
  paragraf: {
    /** Wall time of the median run; every other number of this section comes from that run too. */
    wallMs: number;
    /** User + system CPU time of the median run's whole process tree (build script, Astro, Pagefind). */
    cpuMs?: number;
    /** Wall time, CPU time and peak memory of every run, to show the spread. */
    runs: RunSummary[];
    /** Milliseconds per phase, in build order; see BENCHMARKS.md. */
    phases: Record<string, number>;
    /** Totals of work wrapped in measure() inside the build, e.g. redlines. */
    measures: Record<string, number>;
    pages: PageCounts;
    pagesPerSecond: number;
    /** Wall time divided by version pages (/<lng>/<notice>/<date>/); the cost of every other page is included. */
    msPerVersionPage: number;
    peakMemoryBytes: number;
    peakProcesses: number;
    /** The processes alive at the peak, by command name (node is Astro and the build script; pagefind its indexer). */
    peakMemoryBreakdown: { command: string; bytes: number }[];
    /** The highest memory sampled during each phase. */
    peakMemoryByPhase: Record<string, number>;
    site: SiteSize;
    search: SearchIndex;
    noticePage: PageWeight & { notice: string; words: number };
    /** Wall time of a rebuild after one word of one text was edited, with every cache the cold build left in place. */
    warmRebuildMs?: number;
    warmRebuild?: { edit: WarmEdit; wallMs: number; cpuMs?: number; peakMemoryBytes: number; phases: Record<string, number> };
    /** Under `npm run dev`: how long after an edit its pages (notice, redline, history, feed) showed it. */
    devLatency?: DevLatency;
  };
  baseline?: {
    wallMs: number;
    runs: RunSummary[];
    /** Astro's own "generating static routes" time from the build log, for comparison with Paragraf's render phase. */
    renderMs?: number;
    pages: number;
    msPerPage: number;
    peakMemoryBytes: number;
  };
  /** Paragraf's cost per version page as a multiple of the baseline's cost per page. */
  costRatio?: number;
  /** The same corpus built by another documentation tool (`--peer`); see BENCHMARKS.md. */
  peer?: PeerResult;
  targets: Target[];
}

export interface PeerResult {
  name: PeerName;
  /** The peer's own version (@astrojs/starlight), and the Astro and Pagefind it ran with. */
  version: string;
  astro: string;
  pagefind: string;
  /** Wall time, CPU time and peak memory of the median run (by wall time); `runs[medianRun]` is that run. */
  wallMs: number;
  cpuMs?: number;
  peakMemoryBytes: number;
  runs: RunSummary[];
  medianRun: number;
  /** Every HTML file, and the docs pages among them: one per text and language, fallbacks for missing translations included. */
  pages: { html: number; docs: number };
  pagesPerSecond: number;
  /** Milliseconds per phase of the median run, read from its log: startup, setup, sync, collect, bundle, render, finish, index, exit. */
  phases: Record<string, number>;
  /** The durations the build prints itself: types, render, index (Pagefind) and build (Astro's total). */
  reported: Record<string, number>;
  /** Converting the corpus into docs pages; not part of any build time. */
  conversion: { pages: number; ms: number };
  /** The converted texts' links in the built site, checked against its pages and headings. */
  links: LinkCheck;
  site: SiteSize;
  search: SearchIndex;
  /** The same notice and version as Paragraf's notice page, as Starlight renders it. */
  noticePage: PageWeight;
  /** Paragraf ÷ peer, from both median runs: below 1 means Paragraf takes less. */
  ratios: { wall: number; cpu?: number; memory: number };
}

function now(): number {
  return performance.timeOrigin + performance.now();
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: 'string' },
      notices: { type: 'string' },
      versions: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'results-dir': { type: 'string', default: path.join(root, 'bench', 'results') },
      'no-baseline': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      runs: { type: 'string', default: '1' },
      peer: { type: 'string' },
    },
  });
  if (values.peer !== undefined && !(PEERS as readonly string[]).includes(values.peer)) {
    throw new Error(`--peer must be ${PEERS.join(' or ')}, not "${values.peer}"`);
  }
  const whole = (flag: string, text: string | undefined): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} must be a whole number ≥ 1, not "${text}"`);
    return value;
  };
  let name: string;
  let notices: number;
  let versions: number;
  if (values.size) {
    if (!(values.size in SIZES)) throw new Error(`--size must be small, medium or large, not "${values.size}"`);
    ({ notices, versions } = SIZES[values.size as SizeName]);
    name = values.size;
  } else {
    if (!values.notices || !values.versions) throw new Error('Give --size small|medium|large, or both --notices N and --versions V');
    notices = whole('notices', values.notices);
    versions = whole('versions', values.versions);
    name = `${notices}x${versions}`;
  }
  return {
    name,
    notices,
    versions,
    seed: whole('seed', values.seed),
    resultsDir: path.resolve(values['results-dir']),
    baseline: !values['no-baseline'],
    keep: values.keep,
    cpuProf: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : undefined,
    runs: whole('runs', values.runs),
    peer: values.peer as PeerName | undefined,
  };
}

/**
 * Runs `node <args>` and waits for it, sampling the memory of its whole process tree, noting when each line of its
 * output arrives, and taking its CPU time once it has exited.
 */
function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(log, 'w');
    const lines: LogLine[] = [];
    const cpuBefore = readChildrenCpuMs();
    const startedAt = now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = child.pid ? sampleTreeMemory(child.pid) : undefined;
    for (const stream of [child.stdout, child.stderr]) {
      // A line may arrive in pieces (Astro prints a route, then its time); it dates from its first piece.
      let partial = '';
      let partialAt = 0;
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const at = now();
        fs.writeSync(out, chunk);
        const parts = chunk.split('\n');
        if (partial === '') partialAt = at;
        partial += parts[0];
        for (const part of parts.slice(1)) {
          lines.push({ at: partialAt, text: partial });
          partial = part;
          partialAt = at;
        }
      });
      stream.on('end', () => {
        if (partial !== '') lines.push({ at: partialAt, text: partial });
      });
    }
    child.on('error', (error) => {
      sampler?.stop();
      fs.closeSync(out);
      reject(error);
    });
    child.on('close', (exitCode) => {
      const endedAt = now();
      const memory = sampler?.stop() ?? { bytes: 0, processes: 0, breakdown: [], samples: 0, timeline: [] };
      const cpuAfter = readChildrenCpuMs();
      fs.closeSync(out);
      // Lines from stdout and stderr arrive on two pipes; order them by time for the log parser.
      lines.sort((a, b) => a.at - b.at);
      fs.writeFileSync(log.replace(/\.log$/, '.timed.log'), lines.map((l) => `+${Math.round(l.at - startedAt)}ms\t${l.text}\n`).join(''));
      resolve({
        exitCode,
        startedAt,
        endedAt,
        wallMs: endedAt - startedAt,
        cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : Math.round(cpuAfter - cpuBefore),
        memory,
        log,
        lines,
      });
    });
  });
}

function failBuild(what: string, run: BuildRun): never {
  const tail = fs.readFileSync(run.log, 'utf8').split('\n').slice(-40).join('\n');
  throw new Error(
    `${what} failed (exit code ${run.exitCode}). The last lines of its output:\n${tail}\n\n` +
      'If the content is fine, another build of this project may have run at the same time: builds share the ' +
      "project's .astro/ folder (content-modules.mjs, .prerender/). Run the benchmark alone.",
  );
}

function readVersion(pkg: string): string {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function describeMachine(): BenchResult['machine'] {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    cpus: os.availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    astro: readVersion('astro'),
    pagefind: readVersion('pagefind'),
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  };
}

/** The current-version page of the notice whose English text is nearest to 2,000 words. */
function pickNoticePage(manifest: CorpusManifest): { notice: string; words: number; path: string } {
  const current = manifest.texts.filter((t) => t.locale === 'en' && t.status === 'current');
  const best = current.reduce((a, b) => (Math.abs(b.words - 2000) < Math.abs(a.words - 2000) ? b : a));
  return { notice: best.notice, words: best.words, path: `/en/${best.notice}/` };
}

/** Phases measured from outside the build process: starting Node and Astro, and exiting after the last hook. */
function completePhases(run: BuildRun, timings: BuildTimings | undefined): Record<string, number> {
  if (!timings) return {};
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const { marks } = timings;
  return {
    ...(marks.configSetup ? { startup: round(marks.configSetup - run.startedAt) } : {}),
    ...timings.phases,
    // Since `npm run build` indexes after Astro exits, the index span is taken out of the exit.
    ...(marks.buildDoneEnd
      ? { exit: round(run.endedAt - marks.buildDoneEnd - (marks.indexEnd && marks.indexStart ? marks.indexEnd - marks.indexStart : 0)) }
      : {}),
  };
}

/** The peak of the memory samples that fall inside each phase, using the same marks as the phase timings. */
function peakMemoryByPhase(run: BuildRun, timings: BuildTimings | undefined): Record<string, number> {
  if (!timings) return {};
  const m = timings.marks;
  const spans: [string, number | undefined, number | undefined][] = [
    ['startup', run.startedAt, m.configSetup],
    ['content', m.configSetup, m.configSetupEnd],
    ['routes', m.configSetupEnd, m.configDone],
    ['sync', m.configDone, m.buildStart],
    ['collect', m.buildStart, m.buildSetup],
    ['bundle', m.buildSetup, m.bundleEnd],
    ['render', m.bundleEnd ?? m.buildSetup, m.generated],
    ['finish', m.generated, m.buildDone],
    ['index', m.indexStart ?? m.buildDone, m.indexEnd ?? m.buildDoneEnd],
    ['exit', m.buildDoneEnd, run.endedAt],
  ];
  const peaks: Record<string, number> = {};
  for (const [phase, from, to] of spans) {
    if (from === undefined || to === undefined) continue;
    const inside = run.memory.timeline.filter(([time]) => time >= from && time <= to).map(([, bytes]) => bytes);
    if (inside.length > 0) peaks[phase] = Math.max(...inside);
  }
  return peaks;
}

/** The time Astro reports for "generating static routes", read from a build log; undefined if it is not there. */
export function readRenderTime(log: string): number | undefined {
  const after = log.slice(log.indexOf('generating static routes'));
  const match = log.includes('generating static routes') ? /✓ Completed in ([\d.]+)(ms|s)\b/.exec(after) : null;
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (match[2] === 's' ? 1000 : 1));
}

function readPreviousResult(resultsDir: string, name: string): BenchResult | undefined {
  const file = path.join(resultsDir, `latest-${name}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResult) : undefined;
}

/** Paragraf ÷ peer for wall time, CPU time and peak memory, to two decimals; CPU only when both were measured. */
export function peerRatios(
  paragraf: { wallMs: number; cpuMs?: number; peakMemoryBytes: number },
  peer: { wallMs: number; cpuMs?: number; peakMemoryBytes: number },
): PeerResult['ratios'] {
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    wall: ratio(paragraf.wallMs, peer.wallMs),
    ...(paragraf.cpuMs !== undefined && peer.cpuMs ? { cpu: ratio(paragraf.cpuMs, peer.cpuMs) } : {}),
    memory: ratio(paragraf.peakMemoryBytes, peer.peakMemoryBytes),
  };
}

export function evaluateTargets(result: BenchResult, medium?: BenchResult): Target[] {
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  const page = result.paragraf.noticePage;
  const targets: Target[] = [];
  targets.push(
    result.costRatio === undefined
      ? { name: 'cost per version page vs baseline', goal: '≤ 1.5×', value: 'no baseline run' }
      : {
          name: 'cost per version page vs baseline',
          goal: '≤ 1.5×',
          value: `${result.costRatio.toFixed(2)}× (${result.paragraf.msPerVersionPage.toFixed(1)} ms vs ${result.baseline!.msPerPage.toFixed(1)} ms)`,
          met: result.costRatio <= 1.5,
        },
  );
  if (result.name === 'large' && medium) {
    const ratio = result.paragraf.msPerVersionPage / medium.paragraf.msPerVersionPage;
    targets.push({
      name: 'per-page cost at large vs medium',
      goal: '≤ 1.2×',
      value: `${ratio.toFixed(2)}× (${result.paragraf.msPerVersionPage.toFixed(1)} ms vs ${medium.paragraf.msPerVersionPage.toFixed(1)} ms, medium of ${medium.ranAt.slice(0, 10)})`,
      met: ratio <= 1.2,
    });
  } else {
    targets.push({
      name: 'per-page cost at large vs medium',
      goal: '≤ 1.2×',
      value: result.name === 'large' ? 'no medium result to compare with' : 'measured on --size large only',
    });
  }
  targets.push({
    name: 'peak memory',
    goal: '< 1.5 GiB at large',
    value: `${(result.paragraf.peakMemoryBytes / GIB).toFixed(2)} GiB`,
    met: result.name === 'large' ? result.paragraf.peakMemoryBytes < 1.5 * GIB : undefined,
    note: result.name === 'large' ? undefined : 'the target applies to --size large',
  });
  targets.push(
    {
      name: 'notice page HTML+CSS, gzip',
      goal: '≤ 25 KB',
      value: kb(page.htmlCssGzipBytes),
      met: page.htmlCssGzipBytes <= 25 * KB,
    },
    { name: 'notice page CSS', goal: '≤ 10 KB', value: kb(page.cssBytes), met: page.cssBytes <= 10 * KB },
    { name: 'notice page JS', goal: '0 bytes', value: `${page.jsBytes} bytes`, met: page.jsBytes === 0 },
  );
  const warm = result.paragraf.warmRebuildMs;
  targets.push({
    name: 'warm rebuild after editing one text',
    goal: `≤ ${WARM_REBUILD_GOAL_MS / 1000} s`,
    value: warm === undefined ? 'not measured' : `${(warm / 1000).toFixed(1)} s`,
    met: warm === undefined ? undefined : warm <= WARM_REBUILD_GOAL_MS,
  });
  const dev = result.paragraf.devLatency;
  targets.push({
    name: 'dev server shows an edit on its notice page, redline, history and feed',
    goal: `< ${DEV_LATENCY_GOAL_MS / 1000} s`,
    value: dev === undefined ? 'not measured' : `${dev.maxMs} ms`,
    met: dev === undefined ? undefined : dev.maxMs < DEV_LATENCY_GOAL_MS,
  });
  const peer = result.peer;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const gib = (bytes: number) => `${(bytes / GIB).toFixed(2)} GiB`;
  targets.push(
    peer
      ? {
          name: `whole build wall time vs ${peer.name}`,
          goal: `≤ ${PEER_WALL_GOAL}×`,
          value: `${peer.ratios.wall.toFixed(2)}× (${seconds(result.paragraf.wallMs)} vs ${seconds(peer.wallMs)})`,
          met: peer.ratios.wall <= PEER_WALL_GOAL,
        }
      : { name: 'whole build wall time vs starlight', goal: `≤ ${PEER_WALL_GOAL}×`, value: 'no --peer starlight run' },
    peer
      ? {
          name: `peak memory vs ${peer.name}`,
          goal: `≤ ${PEER_MEMORY_GOAL}×`,
          value: `${peer.ratios.memory.toFixed(2)}× (${gib(result.paragraf.peakMemoryBytes)} vs ${gib(peer.peakMemoryBytes)})`,
          met: peer.ratios.memory <= PEER_MEMORY_GOAL,
        }
      : { name: 'peak memory vs starlight', goal: `≤ ${PEER_MEMORY_GOAL}×`, value: 'no --peer starlight run' },
  );
  return targets;
}

/** Astro caches each content folder's data store under node_modules/.astro/<hash> (see astro.config.mjs). */
function paragrafCacheDir(contentDir: string): string {
  return path.join(root, 'node_modules', '.astro', createHash('sha256').update(contentDir).digest('hex').slice(0, 12));
}

/** The run with the median wall time (the lower middle one for an even count). */
function pickMedianRun<T extends { wallMs: number }>(runs: readonly T[]): T {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)];
}

interface ParagrafRun extends BuildRun {
  outDir: string;
  timings?: BuildTimings;
}

export async function runBenchmark(options: BenchOptions, progress: (line: string) => void = () => {}): Promise<BenchResult> {
  // Install the peer before anything else: a failed install should cost seconds, not a corpus and a build.
  if (options.peer === 'starlight') ensurePeerInstalled(progress);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-bench-'));
  const contentDir = path.join(work, 'content');
  const cacheDir = paragrafCacheDir(contentDir);
  const textCacheDir = path.join(work, 'paragraf-text-cache');
  const baselineDotAstro = path.join(baselineRoot, '.astro');
  try {
    const machine = describeMachine();
    progress(`Generating ${options.notices} notices × ${options.versions} versions (seed ${options.seed}) in ${work}`);
    const generationStart = now();
    const manifest = generateCorpus({ notices: options.notices, versions: options.versions, seed: options.seed, dir: contentDir });
    const generationMs = now() - generationStart;

    const buildParagraf = async (index: number | 'warm', outDir: string): Promise<ParagrafRun> => {
      const timingsFile = path.join(work, `timings-${index}.json`);
      // Astro keeps this content folder's data store between builds; every measured cold build starts without it.
      // The warm rebuild is the one build that keeps whatever the cold build before it left.
      if (index !== 'warm') {
        fs.rmSync(cacheDir, { recursive: true, force: true });
        fs.rmSync(textCacheDir, { recursive: true, force: true });
      }
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        // Paragraf's cache of compiled and checked texts, per run, so cold builds start without it.
        [CACHE_DIR_VARIABLE]: textCacheDir,
        PARAGRAF_CONTENT: contentDir,
        PARAGRAF_NOW: BENCH_NOW,
        PARAGRAF_OUT_DIR: outDir,
        PARAGRAF_TIMINGS: timingsFile,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      };
      // Profiles are of the cold builds only, so the folder holds the same processes as before the warm rebuild existed.
      if (options.cpuProf && index !== 'warm') {
        fs.mkdirSync(options.cpuProf, { recursive: true });
        env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${options.cpuProf}`.trim();
      }
      const run = await runNode([path.join(root, 'scripts', 'build.ts')], root, env, path.join(work, `paragraf-build-${index}.log`));
      if (run.exitCode !== 0) failBuild(index === 'warm' ? 'The warm Paragraf rebuild' : 'The Paragraf build', run);
      const timings = fs.existsSync(timingsFile) ? (JSON.parse(fs.readFileSync(timingsFile, 'utf8')) as BuildTimings) : undefined;
      return { ...run, outDir, timings };
    };

    const buildBaseline = (index: number): Promise<BuildRun> =>
      // Run from bench/baseline: Astro stages its prerender bundle in <cwd>/.astro when the output folder is
      // outside the working directory, and that bundle must resolve the project's node_modules.
      runNode(
        [astroBin, 'build', '--root', baselineRoot],
        baselineRoot,
        {
          ...process.env,
          BENCH_BASELINE_CONTENT: contentDir,
          BENCH_BASELINE_OUT_DIR: path.join(work, `baseline-dist-${index}`),
          BENCH_BASELINE_CACHE_DIR: path.join(work, `baseline-cache-${index}`),
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
        },
        path.join(work, `baseline-build-${index}.log`),
      ).then((run) => (run.exitCode === 0 ? run : failBuild('The baseline build', run)));

    // The peer's site lives in this run's temporary folder, so nothing generated reaches the repository and two
    // benchmark runs never share a site, a cache or an output folder.
    const starlightSite = options.peer === 'starlight' ? prepareStarlightSite(path.join(work, 'starlight'), contentDir, BENCH_NOW) : undefined;
    if (starlightSite) progress(`Converted ${starlightSite.pages} texts into Starlight pages in ${starlightSite.conversionMs} ms`);
    const buildStarlight = async (index: number): Promise<BuildRun> => {
      const site = starlightSite!;
      clearStarlightCaches(site.dir);
      const run = await runNode(
        [path.join(site.dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
        site.dir,
        { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        path.join(work, `starlight-build-${index}.log`),
      );
      if (run.exitCode !== 0) failBuild('The Starlight build', run);
      // Keep each run's site for measuring; the next cold build starts without a dist/.
      fs.renameSync(path.join(site.dir, 'dist'), path.join(work, `starlight-dist-${index}`));
      return run;
    };

    // Alternate the builds, so that a change in the machine's load weighs on all of them alike.
    const paragrafRuns: ParagrafRun[] = [];
    const baselineRuns: BuildRun[] = [];
    const starlightRuns: BuildRun[] = [];
    for (let index = 0; index < options.runs; index++) {
      const of = options.runs > 1 ? ` (run ${index + 1} of ${options.runs})` : '';
      progress(`Building with Paragraf (node scripts/build.ts)${of}…`);
      paragrafRuns.push(await buildParagraf(index, path.join(work, `dist-${index}`)));
      if (options.baseline) {
        progress(`Building the baseline (astro build --root bench/baseline)${of}…`);
        baselineRuns.push(await buildBaseline(index));
      }
      if (starlightSite) {
        progress(`Building with Starlight (astro build in its temporary site)${of}…`);
        starlightRuns.push(await buildStarlight(index));
      }
    }

    const build = pickMedianRun(paragrafRuns);
    const { outDir, timings } = build;
    const files = listFiles(outDir);
    const pages = countPages(files, new Set(manifest.texts.map((t) => t.notice)));
    const typical = pickNoticePage(manifest);
    const words = manifest.texts.map((t) => t.words);
    const summarize = (run: BuildRun): RunSummary => ({ wallMs: Math.round(run.wallMs), cpuMs: run.cpuMs, peakMemoryBytes: run.memory.bytes });

    const result: BenchResult = {
      name: options.name,
      ranAt: new Date().toISOString(),
      options: { notices: options.notices, versions: options.versions, seed: options.seed, now: BENCH_NOW, runs: options.runs },
      machine,
      corpus: {
        texts: manifest.texts.length,
        missingTranslations: manifest.missingTranslations,
        possibleTranslations: manifest.possibleTranslations,
        words: { min: Math.min(...words), max: Math.max(...words), mean: Math.round(words.reduce((a, b) => a + b, 0) / words.length) },
        bytes: manifest.texts.reduce((sum, t) => sum + t.bytes, 0),
        generationMs: Math.round(generationMs),
      },
      paragraf: {
        wallMs: Math.round(build.wallMs),
        cpuMs: build.cpuMs,
        runs: paragrafRuns.map(summarize),
        phases: completePhases(build, timings),
        measures: Object.fromEntries(Object.entries(timings?.measures ?? {}).map(([k, v]) => [k, Math.round(v * 10) / 10])),
        pages,
        pagesPerSecond: Math.round((pages.html / (build.wallMs / 1000)) * 10) / 10,
        msPerVersionPage: Math.round((build.wallMs / Math.max(pages.version, 1)) * 100) / 100,
        peakMemoryBytes: build.memory.bytes,
        peakProcesses: build.memory.processes,
        peakMemoryBreakdown: build.memory.breakdown,
        peakMemoryByPhase: peakMemoryByPhase(build, timings),
        site: measureSiteSize(files),
        search: measureSearchIndex(outDir),
        noticePage: { ...measurePage(outDir, typical.path), notice: typical.notice, words: typical.words },
      },
      targets: [],
    };

    if (baselineRuns.length > 0) {
      const run = pickMedianRun(baselineRuns);
      const index = baselineRuns.indexOf(run);
      const baselinePages = listFiles(path.join(work, `baseline-dist-${index}`)).filter((f) => f.path.endsWith('.html')).length;
      result.baseline = {
        wallMs: Math.round(run.wallMs),
        runs: baselineRuns.map(summarize),
        renderMs: readRenderTime(fs.readFileSync(run.log, 'utf8')),
        pages: baselinePages,
        msPerPage: Math.round((run.wallMs / Math.max(baselinePages, 1)) * 100) / 100,
        peakMemoryBytes: run.memory.bytes,
      };
      result.costRatio = Math.round((result.paragraf.msPerVersionPage / result.baseline.msPerPage) * 100) / 100;
    }

    if (starlightSite && starlightRuns.length > 0) {
      const run = pickMedianRun(starlightRuns);
      const index = starlightRuns.indexOf(run);
      const siteDir = path.join(work, `starlight-dist-${index}`);
      const siteFiles = listFiles(siteDir);
      const starlightPages = countStarlightPages(siteFiles);
      const current = manifest.texts.find((t) => t.notice === typical.notice && t.locale === 'en' && t.status === 'current');
      const peer: Omit<PeerResult, 'ratios'> = {
        name: 'starlight',
        version: readPeerVersion('@astrojs/starlight'),
        astro: readPeerVersion('astro'),
        pagefind: readPeerVersion('pagefind'),
        wallMs: Math.round(run.wallMs),
        cpuMs: run.cpuMs,
        peakMemoryBytes: run.memory.bytes,
        runs: starlightRuns.map(summarize),
        medianRun: index,
        pages: starlightPages,
        pagesPerSecond: Math.round((starlightPages.html / (run.wallMs / 1000)) * 10) / 10,
        phases: parseLogPhases(run.lines, run.startedAt, run.endedAt),
        reported: readReportedDurations(run.lines),
        conversion: { pages: starlightSite.pages, ms: starlightSite.conversionMs },
        links: checkDocsLinks(siteDir, siteFiles),
        site: measureSiteSize(siteFiles),
        search: measureSearchIndex(siteDir),
        noticePage: measurePage(siteDir, `/en/${typical.notice}/${current?.date ?? ''}/`),
      };
      result.peer = { ...peer, ratios: peerRatios(result.paragraf, peer) };
    }

    // Last, so every cold build and measurement above is done: edit one text and rebuild on top of the last cold
    // Paragraf build's caches and output folder, as an editor's second `npm run build` would.
    const edit = applyWarmEdit(contentDir);
    progress(`Rebuilding with Paragraf after editing one word of ${edit.file} ("${edit.before}" → "${edit.after}"), caches kept…`);
    const warm = await buildParagraf('warm', paragrafRuns.at(-1)!.outDir);
    result.paragraf.warmRebuildMs = Math.round(warm.wallMs);
    result.paragraf.warmRebuild = {
      edit,
      wallMs: Math.round(warm.wallMs),
      cpuMs: warm.cpuMs,
      peakMemoryBytes: warm.memory.bytes,
      phases: completePhases(warm, warm.timings),
    };

    progress('Measuring the dev server: an edit to the same notice, seen on its pages…');
    result.paragraf.devLatency = await measureDevLatency(root, contentDir, edit.file, {
      ...process.env,
      [CACHE_DIR_VARIABLE]: textCacheDir,
    });

    result.targets = evaluateTargets(result, options.name === 'large' ? readPreviousResult(options.resultsDir, 'medium') : undefined);
    return result;
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.rmSync(baselineDotAstro, { recursive: true, force: true });
    if (options.keep) progress(`Kept the corpus, builds and logs in ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Writes `<name>-<date>.json` and `latest-<name>.json`; returns their paths. */
export function writeResults(result: BenchResult, resultsDir: string): string[] {
  fs.mkdirSync(resultsDir, { recursive: true });
  const text = `${JSON.stringify(result, null, 2)}\n`;
  const files = [path.join(resultsDir, `${result.name}-${result.ranAt.slice(0, 10)}.json`), path.join(resultsDir, `latest-${result.name}.json`)];
  for (const file of files) {
    // Write then rename, so an interrupted run never leaves half a JSON file behind.
    fs.writeFileSync(`${file}.tmp`, text);
    fs.renameSync(`${file}.tmp`, file);
  }
  return files;
}

export function formatReport(result: BenchResult): string {
  const ms = (value: number | undefined) => (value === undefined ? '–' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
  const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  const p = result.paragraf;
  const rows: [string, string][] = [
    ['corpus', `${result.options.notices} notices × ${result.options.versions} versions, ${result.corpus.texts} texts (${result.corpus.missingTranslations} of ${result.corpus.possibleTranslations} translations missing), ${result.corpus.words.min}–${result.corpus.words.max} words`],
    ['machine', `${result.machine.cpus} CPUs (${result.machine.cpuModel}), ${mib(result.machine.memoryBytes)}, Node ${result.machine.node}, load ${result.machine.loadAverage}`],
    ['build wall time', p.runs.length > 1 ? `${ms(p.wallMs)} (median of ${p.runs.map((r) => ms(r.wallMs)).join(', ')})` : ms(p.wallMs)],
    ['build CPU time', p.cpuMs === undefined ? '–' : `${ms(p.cpuMs)} (user + system, whole process tree)`],
    ...Object.entries(p.phases).map(([phase, value]): [string, string] => [`  ${phase}`, ms(value)]),
    ...Object.entries(p.measures).map(([name, value]): [string, string] => [`  (inside) ${name}`, ms(value)]),
    ['pages', `${p.pages.html} HTML (${p.pages.version} version, ${p.pages.main} current, ${p.pages.history} history, ${p.pages.compare} compare, ${p.pages.other} other)`],
    ['pages per second', String(p.pagesPerSecond)],
    ['ms per version page', String(p.msPerVersionPage)],
    ['peak memory (process tree)', `${mib(p.peakMemoryBytes)}: ${p.peakMemoryBreakdown.map((x) => `${x.command} ${mib(x.bytes)}`).join(', ')}`],
    ['  highest per phase', Object.entries(p.peakMemoryByPhase).map(([phase, bytes]) => `${phase} ${mib(bytes)}`).join(', ')],
    ['site size', `${mib(p.site.bytes)} in ${p.site.files} files (HTML ${mib(p.site.html)}, search ${mib(p.site.search)}, assets ${mib(p.site.assets)}, other ${mib(p.site.other)})`],
  ];
  if (p.search.status === 'indexed') {
    for (const [lang, info] of Object.entries(p.search.languages)) {
      rows.push([`search index ${lang}`, `${kb(info.bytes)} in ${info.files} files for ${info.pages} pages`]);
    }
    rows.push(['search index shared', kb(p.search.sharedBytes)]);
  } else {
    rows.push(['search index', 'no index']);
  }
  const page = p.noticePage;
  rows.push(
    [`notice page ${page.path}`, `${page.words} words`],
    ['  HTML', `${kb(page.htmlBytes)} (${kb(page.htmlGzipBytes)} gzip)`],
    ['  CSS', `${kb(page.cssBytes)} (${kb(page.cssGzipBytes)} gzip) in ${page.stylesheets.length} file(s)`],
    ['  JS', `${page.jsBytes} bytes in ${page.scripts.length} script(s)`],
  );
  if (result.baseline) {
    rows.push(
      [
        'baseline wall time',
        `${ms(result.baseline.wallMs)} for ${result.baseline.pages} pages (${result.baseline.msPerPage} ms per page)` +
          (result.baseline.runs.length > 1 ? `, median of ${result.baseline.runs.map((r) => ms(r.wallMs)).join(', ')}` : ''),
      ],
      ['  rendering pages', ms(result.baseline.renderMs)],
      ['baseline peak memory', mib(result.baseline.peakMemoryBytes)],
      ['cost ratio', `${result.costRatio}× the baseline per page`],
    );
  }
  if (p.warmRebuild) {
    rows.push([
      'warm rebuild',
      `${ms(p.warmRebuild.wallMs)} after editing "${p.warmRebuild.edit.before}" in ${p.warmRebuild.edit.file}` +
        ` (CPU ${ms(p.warmRebuild.cpuMs)}, peak ${mib(p.warmRebuild.peakMemoryBytes)})`,
    ]);
  }
  if (p.devLatency) {
    rows.push([
      'dev server, edit → pages',
      `${p.devLatency.maxMs} ms until ${Object.keys(p.devLatency.pages).length} pages showed the edit (${Object.entries(p.devLatency.pages)
        .map(([page, time]) => `${page} ${time} ms`)
        .join(', ')}); first page ${ms(p.devLatency.startupMs)} after start`,
    ]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  if (result.peer) lines.push('', ...formatPeerTable(result));
  lines.push('', 'Targets:');
  for (const target of result.targets) {
    const verdict = target.met === undefined ? 'n/a ' : target.met ? 'met ' : 'MISS';
    lines.push(`  ${verdict}  ${target.name} ${target.goal}: ${target.value}${target.note ? ` (${target.note})` : ''}`);
  }
  return lines.join('\n');
}

/** Paragraf and the peer side by side, with Paragraf ÷ peer where the two measure the same thing. */
function formatPeerTable(result: BenchResult): string[] {
  const peer = result.peer!;
  const p = result.paragraf;
  const ms = (value: number | undefined) => (value === undefined ? '–' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
  const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  const times = (ratio: number | undefined) => (ratio === undefined ? '' : `${ratio.toFixed(2)}×`);
  const spread = (runs: RunSummary[]) => (runs.length > 1 ? ` (${runs.map((r) => ms(r.wallMs)).join(', ')})` : '');
  const search = (index: SearchIndex) =>
    index.status === 'indexed'
      ? `${kb(index.totalBytes)}, ${Object.values(index.languages).reduce((sum, l) => sum + l.pages, 0)} pages`
      : 'no index';
  const phases = (values: Record<string, number>) => Object.entries(values).map(([name, value]) => `${name} ${ms(value)}`).join(', ');
  const table: string[][] = [
    ['', 'Paragraf', `Starlight ${peer.version}`, 'Paragraf ÷ Starlight'],
    ['wall time, median', `${ms(p.wallMs)}${spread(p.runs)}`, `${ms(peer.wallMs)}${spread(peer.runs)}`, times(peer.ratios.wall)],
    ['CPU time', ms(p.cpuMs), ms(peer.cpuMs), times(peer.ratios.cpu)],
    ['peak memory', mib(p.peakMemoryBytes), mib(peer.peakMemoryBytes), times(peer.ratios.memory)],
    ['HTML pages', `${p.pages.html} (${p.pages.version} version pages)`, `${peer.pages.html} (${peer.pages.docs} docs pages)`, ''],
    ['pages per second', String(p.pagesPerSecond), String(peer.pagesPerSecond), ''],
    ['search index', search(p.search), search(peer.search), ''],
    ['site size', mib(p.site.bytes), mib(peer.site.bytes), ''],
    [`notice page HTML+CSS gzip`, kb(p.noticePage.htmlCssGzipBytes), kb(peer.noticePage.htmlCssGzipBytes), ''],
    ['notice page JS', `${p.noticePage.jsBytes} bytes`, `${kb(peer.noticePage.jsBytes)} in ${peer.noticePage.scripts.length} script(s)`, ''],
  ];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  const lines = table.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
  lines.push(
    '',
    `Starlight phases (from its log): ${phases(peer.phases)}`,
    `Starlight's own durations: ${phases(peer.reported)}`,
    `Starlight site: ${peer.conversion.pages} texts converted in ${ms(peer.conversion.ms)}; Astro ${peer.astro}, Pagefind ${peer.pagefind}; ` +
      `${peer.links.checked} links checked, ${peer.links.brokenCount} broken${peer.links.broken.length ? `: ${peer.links.broken.slice(0, 3).join('; ')}` : ''}`,
  );
  return lines;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  try {
    const result = await runBenchmark(options, (line) => console.log(line));
    console.log(`\n${formatReport(result)}\n`);
    for (const file of writeResults(result, options.resultsDir)) console.log(`Wrote ${path.relative(process.cwd(), file) || file}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

if (import.meta.main) await main();
