// Compiles and checks every notice text on all cores before the content model is loaded, with a time
// limit per text: a text that takes longer is reported instead of stalling the check or the build.
// Results go into the disk cache (src/lib/cache.ts), so the model then loads them without parsing.

import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { getDiskCacheDir, hasEntry, pruneDiskCache, storeEntry } from '../lib/cache.ts';
import { getCandidateLanguages } from '../lib/checks/foreign-passages.ts';
import { getTextChecksKey, type TextCheckContext } from '../lib/checks/index.ts';
import { listNoticeFiles, type NoticeFileEntry } from '../lib/content.ts';
import { displayPath, type Problem } from '../lib/errors.ts';
import { EMPTY_OUTLINE, getCompileKey, type CompiledBody } from '../lib/markdown/compile.ts';
import { readNoticeFile } from '../lib/notice-file.ts';
import type { SiteConfig } from '../lib/schemas.ts';
import type { Settings } from '../lib/settings.ts';
import { readSiteConfig } from '../lib/site-config.ts';
import { getVersionStatuses } from '../lib/versions.ts';

/** How long one text may take to compile and check. */
export const TEXT_TIME_LIMIT_MS = 10_000;

export interface AnalyseJob {
  id: number;
  absolutePath: string;
  file: string;
  locale: string;
  imageHosts: string[];
  checks: SiteConfig['checks'];
  context: TextCheckContext;
}

export interface AnalyseSummary {
  texts: number;
  /** Texts that took longer than the limit; each is also recorded as a compile problem. */
  slow: string[];
}

/**
 * Analyses the texts of `contentDir` that the cache does not hold yet. Does nothing without a disk
 * cache (its results would have nowhere to go) or without a readable site.yaml (the check says why).
 */
export async function analyseTexts(
  settings: Pick<Settings, 'contentDir' | 'now'>,
  options: { timeLimitMs?: number; workers?: number } = {},
): Promise<AnalyseSummary> {
  const config = readSiteConfig(settings.contentDir, []);
  if (!config || !getDiskCacheDir()) return { texts: 0, slow: [] };
  pruneDiskCache();
  const imageHosts = config.images?.remoteHosts ?? [];
  const languages = getCandidateLanguages(config.locales.map((l) => l.code));
  const entries = listNoticeFiles(settings.contentDir);
  const archived = findArchived(entries, settings.now);
  const jobs: AnalyseJob[] = entries
    .map((entry, id) => ({
      id,
      absolutePath: entry.absolutePath,
      file: displayPath(entry.absolutePath),
      locale: entry.locale,
      imageHosts,
      checks: config.checks,
      context: { archived: archived.has(`${entry.notice}/${entry.date}`), languages },
    }))
    .filter((job) => !isCached(job));
  const limit = options.timeLimitMs ?? TEXT_TIME_LIMIT_MS;
  const count = Math.max(1, Math.min(options.workers ?? os.availableParallelism(), jobs.length));
  const queue = [...jobs];
  const slow: string[] = [];
  const onSlow = (job: AnalyseJob) => {
    slow.push(job.file);
    recordSlow(job, limit);
  };
  if (jobs.length) await Promise.all(Array.from({ length: count }, () => runWorker(queue, limit, onSlow)));
  return { texts: jobs.length, slow };
}

/** Whether both results of a job are in the cache already (the common case of a rebuild). */
function isCached(job: AnalyseJob): boolean {
  const read = readNoticeFile(job.absolutePath, job.file, []);
  if (!read) return true;
  const compileKey = getCompileKey(read, { imageHosts: job.imageHosts });
  if (!hasEntry(compileKey)) return false;
  return hasEntry(getTextChecksKey({ file: job.file, locale: job.locale, source: read.source }, job.checks, job.context));
}

/** The versions ("<notice>/<date>") archived on `now`, as the content model will decide. */
function findArchived(entries: readonly NoticeFileEntry[], now: string): Set<string> {
  const archived = new Set<string>();
  const dates = new Map<string, Set<string>>();
  for (const entry of entries) dates.set(entry.notice, (dates.get(entry.notice) ?? new Set()).add(entry.date));
  for (const [notice, set] of dates) {
    const versions = [...set].sort().map((date) => ({ date }));
    for (const [version, status] of getVersionStatuses(versions, now)) {
      if (status === 'archived') archived.add(`${notice}/${version.date}`);
    }
  }
  return archived;
}

/** Feeds jobs to one worker until the queue is empty; a job over the time limit costs that worker its life. */
async function runWorker(queue: AnalyseJob[], limit: number, onSlow: (job: AnalyseJob) => void): Promise<void> {
  let worker = await startWorker();
  try {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const finished = await runJob(worker, job, limit);
      if (!finished) {
        onSlow(job);
        // The worker may be stuck in the parser; it is abandoned (and never keeps the process alive).
        void worker.terminate();
        worker = await startWorker();
      }
    }
  } finally {
    void worker.terminate();
  }
}

/** A new worker, once it has loaded its code and says it is ready. */
function startWorker(): Promise<Worker> {
  const worker = new Worker(new URL('./analyse-worker.ts', import.meta.url));
  worker.unref();
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (message !== 'ready') return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      resolve(worker);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

function runJob(worker: Worker, job: AnalyseJob, limit: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      resolve(false);
    }, limit);
    const onMessage = (id: number) => {
      if (id !== job.id) return;
      cleanup();
      resolve(true);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(job);
  });
}

/** Records, in this process's memory only, that the text could not be compiled in time. */
function recordSlow(job: AnalyseJob, limit: number): void {
  const read = readNoticeFile(job.absolutePath, job.file, []);
  if (!read) return;
  const problem: Problem = {
    file: job.file,
    line: read.bodyLine,
    column: 1,
    severity: 'error',
    message: `reading this text took more than ${limit / 1000} s, far more than its size explains: something in it makes the parser work too hard`,
    fix: 'look for long runs of marks such as *, _, [, <, & or > and simplify them; split very long passages',
  };
  const compiled: CompiledBody = { problems: [problem], outline: EMPTY_OUTLINE, blocks: [] };
  storeEntry(getCompileKey(read, { imageHosts: job.imageHosts }), compiled, { disk: false });
}
