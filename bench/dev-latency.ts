// The editor's loop under `npm run dev`: how long after an edit to one text its notice page, its redline,
// its history and the feed show the new words. Measured on the benchmark's corpus by `npm run bench`.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseNoticeSource, setFrontmatterFields } from '../src/lib/notice-file.ts';
import { BENCH_NOW } from './generate-corpus.ts';
import { editOneWord } from './warm-rebuild.ts';

export interface DevLatency {
  /** The text edited, relative to the corpus folder. */
  file: string;
  /** Milliseconds from the edit until each page showed it, by path. */
  pages: Record<string, number>;
  /** The slowest of them. */
  maxMs: number;
  /** How long the dev server took to serve its first page. */
  startupMs: number;
}

/**
 * Starts Astro's dev server on the corpus, renders the pages once, edits one word of `file` (an upcoming
 * version, as the warm rebuild does) and polls each page until it shows the new word.
 */
export async function measureDevLatency(root: string, contentDir: string, file: string, env: NodeJS.ProcessEnv): Promise<DevLatency> {
  const [, notice, date] = file.split('/');
  const dates = fs.readdirSync(path.join(contentDir, 'notices', notice)).sort();
  const previous = dates[dates.indexOf(date) - 1];
  const pages = [
    `/en/${notice}/${date}/`,
    ...(previous ? [`/en/${notice}/compare/${previous}..${date}/`] : []),
    `/en/${notice}/history/`,
    '/en/feed.xml',
  ];
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const server = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    // As a shell would start it: without a test runner's NODE_ENV=test and VITEST variables.
    env: {
      ...Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
      PARAGRAF_CONTENT: contentDir,
      PARAGRAF_NOW: BENCH_NOW,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  });
  try {
    await until(async () => (await fetch(`${base}/en/`).catch(() => undefined))?.ok === true, 120_000, 'the dev server to start');
    const startupMs = Math.round(performance.now() - started);
    for (const page of pages) await fetch(`${base}${page}`).then((response) => response.text());
    const absolute = path.join(contentDir, ...file.split('/'));
    // A word no page holds yet, so each page shows it only once it follows the edit: in the body (the
    // notice and its redline) and in "changes" (the history and the feed).
    const marker = `devlatency${Date.now().toString(36)}`;
    const edit = editOneWord(fs.readFileSync(absolute, 'utf8'), marker);
    const read = parseNoticeSource(edit.source, file, []);
    if (!read) throw new Error(`${file} cannot be read after the edit`);
    fs.writeFileSync(absolute, setFrontmatterFields(read.source, { changes: `${read.data.changes ?? ''} ${marker}`.trim() }));
    const editedAt = performance.now();
    const times: Record<string, number> = {};
    for (const page of pages) {
      await until(async () => (await (await fetch(`${base}${page}`)).text()).toLowerCase().includes(marker), 30_000, `${page} to show the edit`);
      times[page] = Math.round(performance.now() - editedAt);
    }
    return { file, pages: times, maxMs: Math.max(...Object.values(times)), startupMs };
  } finally {
    server.kill('SIGTERM');
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
