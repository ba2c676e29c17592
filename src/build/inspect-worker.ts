// A worker thread that runs the content check for `npm run build` and hands back only its problems:
// the content model it loads is freed with the thread, before Astro's process starts.

import { parentPort, workerData } from 'node:worker_threads';
import { inspectContent } from '../lib/checks/index.ts';
import { createMainBranch } from '../lib/git.ts';
import type { Settings } from '../lib/settings.ts';

const settings = workerData as Settings;
const { problems } = inspectContent({ ...settings, mainBranch: createMainBranch(settings.mainBranch) });
parentPort?.postMessage(problems);
