// `npm run bench -- --size small` end to end: it builds, measures and writes a results file with sane values.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchResult } from '../../bench/run.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const resultsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-bench-smoke-'));
let output = '';
let status: number | null = null;
let result: BenchResult;

beforeAll(() => {
  const run = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'bench', 'run.ts'), '--size', 'small', '--seed', '5', '--runs', '2', '--results-dir', resultsDir],
    { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  status = run.status;
  output = `${run.stdout}${run.stderr}`;
  const file = path.join(resultsDir, 'latest-small.json');
  if (fs.existsSync(file)) result = JSON.parse(fs.readFileSync(file, 'utf8'));
});

afterAll(() => fs.rmSync(resultsDir, { recursive: true, force: true }));

describe('npm run bench --size small (10 notices × 2 versions), built twice', () => {
  it('finishes and writes a dated results file and a latest one with the same content', () => {
    expect(status, output).toBe(0);
    const files = fs.readdirSync(resultsDir).sort();
    expect(files).toHaveLength(2);
    expect(files[1]).toMatch(/^small-\d{4}-\d{2}-\d{2}\.json$/);
    expect(files[0]).toBe('latest-small.json');
    expect(fs.readFileSync(path.join(resultsDir, files[0]), 'utf8')).toBe(fs.readFileSync(path.join(resultsDir, files[1]), 'utf8'));
  });

  it('counts the pages it built, six version pages per notice, and a rate for them', () => {
    expect(result.options).toMatchObject({ notices: 10, versions: 2, seed: 5, now: '2026-12-01', runs: 2 });
    expect(result.paragraf.pages.version).toBe(10 * 2 * 3);
    expect(result.paragraf.pages.main).toBe(10 * 3);
    expect(result.paragraf.pages.html).toBeGreaterThan(result.paragraf.pages.version + result.paragraf.pages.main);
    expect(result.paragraf.pagesPerSecond).toBeGreaterThan(0);
    expect(result.paragraf.msPerVersionPage).toBeGreaterThan(0);
  });

  it('reports the median of its runs, each run’s time and memory kept alongside', () => {
    expect(result.paragraf.runs).toHaveLength(2);
    expect(result.baseline?.runs).toHaveLength(2);
    expect(result.paragraf.wallMs).toBe(Math.min(...result.paragraf.runs.map((r) => r.wallMs)));
    expect(result.paragraf.peakMemoryBytes).toBe(result.paragraf.runs.find((r) => r.wallMs === result.paragraf.wallMs)?.peakMemoryBytes);
  });

  it('reports the build’s phases and the peak memory of its process tree', () => {
    expect(Object.keys(result.paragraf.phases)).toEqual(
      expect.arrayContaining(['startup', 'content', 'sync', 'render', 'index', 'exit']),
    );
    for (const value of Object.values(result.paragraf.phases)) expect(value).toBeGreaterThanOrEqual(0);
    expect(result.paragraf.peakMemoryBytes).toBeGreaterThan(50 * 1024 ** 2);
    expect(result.paragraf.peakProcesses).toBeGreaterThanOrEqual(2);
  });

  it('measures the CPU time of each build’s process tree', () => {
    for (const run of result.paragraf.runs) expect(run.cpuMs).toBeGreaterThan(0);
    expect(result.paragraf.cpuMs).toBe(result.paragraf.runs.find((r) => r.wallMs === result.paragraf.wallMs)?.cpuMs);
    for (const run of result.baseline?.runs ?? []) expect(run.cpuMs).toBeGreaterThan(0);
  });

  it('rebuilds after editing one word of one text, caches kept, and judges that time', () => {
    const warm = result.paragraf.warmRebuild;
    expect(warm?.edit.file).toMatch(/^notices\/notice-2\/\d{4}-\d{2}-\d{2}\/en\.mdx$/);
    expect(warm?.edit.before).not.toBe(warm?.edit.after);
    expect(result.paragraf.warmRebuildMs).toBe(warm?.wallMs);
    expect(warm?.wallMs).toBeGreaterThan(0);
    expect(Object.keys(warm?.phases ?? {})).toEqual(expect.arrayContaining(['startup', 'render', 'index']));
    expect(result.targets.find((t) => t.name.startsWith('warm rebuild'))?.met).toBe(warm!.wallMs <= 3000);
  });

  it('has no peer section without --peer, and leaves the peer targets unjudged', () => {
    expect(result.peer).toBeUndefined();
    expect(result.targets.filter((t) => t.name.endsWith('vs starlight')).map((t) => t.met)).toEqual([undefined, undefined]);
  });

  it('weighs a current notice page with its stylesheet and no script', () => {
    const page = result.paragraf.noticePage;
    expect(page.path).toBe(`/en/${page.notice}/`);
    expect(page.words).toBeGreaterThanOrEqual(1500);
    expect(page.htmlBytes).toBeGreaterThan(page.htmlGzipBytes);
    expect(page.stylesheets.length).toBeGreaterThan(0);
    expect(page.cssBytes).toBeGreaterThan(0);
    expect(page.jsBytes).toBe(0);
    expect(page.htmlCssGzipBytes).toBe(page.htmlGzipBytes + page.cssGzipBytes);
  });

  it('measures the baseline over the same texts and compares cost per page', () => {
    expect(result.baseline?.pages).toBe(result.corpus.texts);
    expect(result.baseline?.peakMemoryBytes).toBeGreaterThan(0);
    expect(result.costRatio).toBeCloseTo(result.paragraf.msPerVersionPage / result.baseline!.msPerPage, 1);
    expect(result.targets.map((t) => t.name)).toContain('cost per version page vs baseline');
  });

  it('reports the search index per language, or says there is none', () => {
    const search = result.paragraf.search;
    if (search.status === 'indexed') {
      expect(Object.keys(search.languages).sort()).toEqual(expect.arrayContaining(['en', 'fr', 'sv']));
      for (const info of Object.values(search.languages)) expect(info.bytes).toBeGreaterThan(0);
    } else {
      expect(search.status).toBe('no index');
    }
  });

  it('leaves no temporary folder or cache behind', () => {
    expect(fs.existsSync(path.join(projectRoot, 'bench', 'baseline', '.astro'))).toBe(false);
    expect(fs.existsSync(path.join(projectRoot, 'bench', 'baseline', 'node_modules'))).toBe(false);
    expect(output).not.toMatch(/Kept the corpus/);
    const dir = /in (\S*paragraf-bench-\S+)/.exec(output)?.[1];
    expect(dir).toBeDefined();
    expect(fs.existsSync(dir!)).toBe(false);
  });
});
