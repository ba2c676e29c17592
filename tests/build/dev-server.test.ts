// The preview an editor relies on: under `npm run dev`, an edit to a notice shows at once on its page
// and on every page derived from it — the redline, the history and the feed.

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, editFile, projectRoot } from '../helpers/fixtures.ts';

const TEXT = 'content/notices/policy/2027-03-01/en.mdx';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** This process's environment without what Vitest sets for itself (NODE_ENV=test, VITEST…), as a shell would have it. */
function devEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

async function poll(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('the dev server', () => {
  let root: string;
  let server: ChildProcess;
  let base: string;
  let log = '';
  const get = async (pathname: string) => (await fetch(`${base}${pathname}`)).text();

  beforeAll(async () => {
    root = copyFixture('basic');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Astro itself rather than the npm script's wrapper, so that stopping it stops the server.
    server = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: projectRoot,
      env: { ...devEnvironment(), PARAGRAF_CONTENT: path.join(root, 'content'), PARAGRAF_NOW: '2026-12-01', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk) => (log += chunk));
    server.stderr?.on('data', (chunk) => (log += chunk));
    const up = await poll(async () => {
      try {
        return (await fetch(`${base}/en/`)).ok;
      } catch {
        return false;
      }
    }, 60_000);
    expect(up, log).toBe(true);
  }, 90_000);

  afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.on('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  });

  it('shows an edited text, and its redline, history and feed, on the next request', async () => {
    const pages = ['/en/policy/2027-03-01/', '/en/policy/compare/2026-06-01..2027-03-01/', '/en/policy/history/', '/en/feed.xml'];
    // Rendered once before the edit, so nothing is computed for the first time afterwards.
    for (const page of pages) expect(await get(page)).not.toContain('in every market');

    editFile(root, TEXT, 'We make no automated decisions about you.', 'We make no automated decisions about you, in every market.');
    editFile(root, TEXT, /^changes: .*$/m, 'changes: We added a section on automated decisions, in every market.');
    expect(fs.readFileSync(path.join(root, TEXT), 'utf8')).toContain('in every market');

    for (const page of pages) {
      const updated = await poll(async () => (await get(page)).includes('in every market'), 5_000);
      expect(updated, page).toBe(true);
    }

    // A second edit of the same file at once, of the same length: the reload between edits keeps texts
    // it has read, and must not take this one for unchanged.
    editFile(root, TEXT, /in every market/g, 'in every region');
    for (const page of pages) {
      const updated = await poll(async () => {
        const html = await get(page);
        return html.includes('in every region') && !html.includes('in every market');
      }, 5_000);
      expect(updated, page).toBe(true);
    }
  });
});
