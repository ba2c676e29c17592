// A worker thread that compiles and checks notice texts for analyseTexts (analyse-texts.ts), writing
// the results into the disk cache, where the content model then finds them.

import { parentPort } from 'node:worker_threads';
import { getTextChecksKey, runTextChecks } from '../lib/checks/index.ts';
import { cached } from '../lib/cache.ts';
import { getCompiledBody } from '../lib/markdown/compile.ts';
import { readNoticeFile } from '../lib/notice-file.ts';
import type { AnalyseJob } from './analyse-texts.ts';

parentPort?.on('message', (job: AnalyseJob) => {
  const read = readNoticeFile(job.absolutePath, job.file, []);
  if (read) {
    const compiled = getCompiledBody(read, { imageHosts: job.imageHosts });
    const text = { file: job.file, locale: job.locale, source: read.source, compiled };
    cached(getTextChecksKey(text, job.checks, job.context), () => runTextChecks(text, job.checks, job.context));
  }
  parentPort?.postMessage(job.id);
});

// Loading this module's imports takes a moment; the time limit counts from here.
parentPort?.postMessage('ready');
