// `npm run build`: builds into a staging folder, adds the search index once Astro has exited, and
// swaps the result into place only when everything succeeded, so a failed build never leaves a
// half-made site behind.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, DEFER_INDEX_VARIABLE, reportSearchIndex } from '../src/integration/search.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.env.PARAGRAF_OUT_DIR || 'dist');
const staging = `${outDir}.partial`;
const previous = `${outDir}.previous`;

function fail(message: string, status = 1): never {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`\n${message}\nThe build failed; ${path.relative(root, outDir) || outDir} was left as it was.`);
  process.exit(status);
}

/** Adds indexing to the phase timings Astro's build wrote, for `npm run bench` (epoch milliseconds). */
function recordIndexTime(startedAt: number, endedAt: number): void {
  const file = process.env.PARAGRAF_TIMINGS;
  if (!file || !fs.existsSync(file)) return;
  const timings = JSON.parse(fs.readFileSync(file, 'utf8'));
  timings.marks = { ...timings.marks, indexStart: startedAt, indexEnd: endedAt };
  timings.phases = { ...timings.phases, index: Math.round((endedAt - startedAt) * 10) / 10 };
  fs.writeFileSync(file, `${JSON.stringify(timings, null, 2)}\n`);
}

fs.rmSync(staging, { recursive: true, force: true });
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PARAGRAF_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1', [DEFER_INDEX_VARIABLE]: '1' },
});
if (result.status !== 0) fail('', result.status ?? 1);

try {
  const startedAt = performance.timeOrigin + performance.now();
  const summary = await buildSearchIndex(staging);
  recordIndexTime(startedAt, performance.timeOrigin + performance.now());
  reportSearchIndex(summary, staging, {
    info: (message) => console.log(`[paragraf-search] ${message}`),
    warn: (message) => console.warn(`[paragraf-search] ${message}`),
  });
} catch (error) {
  fail((error as Error).message);
}

fs.rmSync(previous, { recursive: true, force: true });
if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
fs.renameSync(staging, outDir);
fs.rmSync(previous, { recursive: true, force: true });
