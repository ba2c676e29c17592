// A build that fails while Astro renders, or that is stopped, leaves the previous site exactly as it was,
// no staging folder and no Astro process behind.

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { copyFixture, projectRoot } from '../helpers/fixtures.ts';

/** Every file under `dir` with its content, to compare a site before and after. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, absolute)] = fs.readFileSync(absolute, 'base64');
  }
  return files;
}

/** Pids of processes whose environment names `outDir` (the build script and its Astro process). */
function processesBuilding(outDir: string): number[] {
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${name}/environ`, 'latin1').includes(`PARAGRAF_OUT_DIR=${outDir}.partial`)) pids.push(Number(name));
    } catch {
      // The process ended, or is not ours to read.
    }
  }
  return pids;
}

/** Pids of the content-check processes of the build into `outDir`. */
function processesChecking(outDir: string): number[] {
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const environ = fs.readFileSync(`/proc/${name}/environ`, 'latin1').split('\0');
      const command = fs.readFileSync(`/proc/${name}/cmdline`, 'latin1');
      if (environ.includes(`PARAGRAF_OUT_DIR=${outDir}`) && command.includes('check-process.ts')) pids.push(Number(name));
    } catch {
      // The process ended, or is not ours to read.
    }
  }
  return pids;
}

function startBuild(
  root: string,
  outDir: string,
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts', 'build.ts')], {
    cwd: projectRoot,
    env: { ...process.env, PARAGRAF_CONTENT: path.join(root, 'content'), PARAGRAF_OUT_DIR: outDir, PARAGRAF_NOW: '2026-12-01', NO_COLOR: '1', ...env },
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('build safety', () => {
  it('keeps the previous site when rendering fails after the check passed (an interface string gone from every locale)', () => {
    const root = copyFixture('basic');
    const outDir = path.join(root, 'dist');
    const locales = path.join(root, 'locales');
    fs.cpSync(path.join(projectRoot, 'locales'), locales, { recursive: true });
    expect(buildSite({ contentDir: path.join(root, 'content'), localesDir: locales, outDir }).status).toBe(0);
    const before = snapshot(outDir);
    expect(Object.keys(before).length).toBeGreaterThan(50);

    // The check compares locales with each other, so a key missing everywhere passes it; the page needs it.
    for (const file of fs.readdirSync(locales)) {
      const strings = JSON.parse(fs.readFileSync(path.join(locales, file), 'utf8'));
      delete strings['notice.contents'];
      fs.writeFileSync(path.join(locales, file), JSON.stringify(strings, null, 2));
    }
    const { status, output } = buildSite({ contentDir: path.join(root, 'content'), localesDir: locales, outDir });
    expect(status).not.toBe(0);
    expect(output).toContain('notice.contents');
    expect(output).toContain('The build failed; ');
    expect(snapshot(outDir)).toEqual(before);
    expect(fs.existsSync(`${outDir}.partial`)).toBe(false);
  });

  it('passes a stop signal on to Astro, removes the staging folder and leaves no process behind', async () => {
    const root = copyFixture('basic');
    const outDir = path.join(root, 'dist');
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, 'index.html'), 'previous build');
    const build = startBuild(root, outDir);
    // Astro writes into the staging folder once it renders pages.
    await waitFor(() => fs.existsSync(`${outDir}.partial`), 'the staging folder');
    build.child.kill('SIGTERM');
    expect(await build.exited).toBe(143);
    expect(build.output()).toContain('The build was stopped (SIGTERM).');
    // Astro was stopped too, rather than left to finish its work.
    expect(build.output()).not.toContain('Complete!');
    expect(fs.existsSync(`${outDir}.partial`)).toBe(false);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous build');
    await waitFor(() => processesBuilding(outDir).length === 0, 'Astro to exit', 5_000);
  });

  it('says why when the Astro process dies of a signal, instead of failing without a reason', async () => {
    const root = copyFixture('basic');
    const outDir = path.join(root, 'dist');
    const build = startBuild(root, outDir);
    await waitFor(() => fs.existsSync(`${outDir}.partial`), 'the staging folder');
    const astro = processesBuilding(outDir).filter((pid) => fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').includes('astro.mjs'));
    expect(astro).toHaveLength(1);
    process.kill(astro[0], 'SIGKILL');
    expect(await build.exited).toBe(1);
    expect(build.output()).toContain('Astro stopped abruptly (SIGKILL) without reporting an error');
    expect(fs.existsSync(`${outDir}.partial`)).toBe(false);
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('stops during the content check: the check process ends, Astro never starts, the previous site stays', async () => {
    const root = copyFixture('basic');
    const outDir = path.join(root, 'dist');
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, 'index.html'), 'previous build');
    // An empty cache of its own, so every text is compiled and the check lasts long enough to be stopped.
    const build = startBuild(root, outDir, { PARAGRAF_CACHE_DIR: path.join(root, 'cache') });
    await waitFor(() => processesChecking(outDir).length === 1, 'the content check to start');
    build.child.kill('SIGTERM');
    expect(await build.exited).toBe(143);
    expect(build.output()).toContain('The build was stopped (SIGTERM).');
    expect(build.output()).not.toContain('[build]');
    // The check was stopped too, rather than left to compile every text.
    const texts = fs.readdirSync(path.join(root, 'content'), { recursive: true }).filter((file) => String(file).endsWith('.mdx'));
    const cache = path.join(root, 'cache');
    const compiled = (fs.existsSync(cache) ? fs.readdirSync(cache, { recursive: true }) : []).filter((file) => path.basename(String(file)).startsWith('compile-'));
    expect(compiled.length).toBeLessThan(texts.length);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous build');
    expect(fs.existsSync(`${outDir}.partial`)).toBe(false);
    await waitFor(() => processesChecking(outDir).length === 0, 'the content check to exit', 5_000);
  });

  it('says so when the content check dies, and publishes nothing', async () => {
    const root = copyFixture('basic');
    const outDir = path.join(root, 'dist');
    const build = startBuild(root, outDir, { PARAGRAF_CACHE_DIR: path.join(root, 'cache') });
    await waitFor(() => processesChecking(outDir).length === 1, 'the content check to start');
    process.kill(processesChecking(outDir)[0], 'SIGKILL');
    expect(await build.exited).toBe(1);
    expect(build.output()).toContain('The content check stopped unexpectedly (SIGKILL)');
    expect(build.output()).not.toContain('[build]');
    expect(fs.existsSync(outDir)).toBe(false);
    expect(fs.existsSync(`${outDir}.partial`)).toBe(false);
  });
});
