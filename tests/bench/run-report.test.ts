// How `npm run bench` judges its targets and reads Astro's log.

import { describe, expect, it } from 'vitest';
import { evaluateTargets, parseOptions, peerRatios, readRenderTime, type BenchResult, type PeerResult } from '../../bench/run.ts';

function result(name: string, overrides: { msPerVersionPage?: number; peak?: number; ratio?: number } = {}): BenchResult {
  return {
    name,
    ranAt: '2026-11-30T12:00:00.000Z',
    paragraf: {
      msPerVersionPage: overrides.msPerVersionPage ?? 50,
      peakMemoryBytes: overrides.peak ?? 1024 ** 3,
      noticePage: { htmlCssGzipBytes: 9_000, cssBytes: 9_000, jsBytes: 0 },
    },
    baseline: { msPerPage: 40 },
    costRatio: overrides.ratio ?? 1.25,
  } as unknown as BenchResult;
}

const verdict = (targets: ReturnType<typeof evaluateTargets>, name: string) => targets.find((t) => t.name.startsWith(name))?.met;

describe('the benchmark targets', () => {
  it('pass or fail cost, page weight and script size on every run', () => {
    expect(verdict(evaluateTargets(result('small')), 'cost per version page')).toBe(true);
    expect(verdict(evaluateTargets(result('small', { ratio: 1.6 })), 'cost per version page')).toBe(false);
    expect(verdict(evaluateTargets(result('small')), 'notice page HTML+CSS')).toBe(true);
    expect(verdict(evaluateTargets(result('small')), 'notice page JS')).toBe(true);
  });

  it('judge memory and scaling only on the large run, scaling against the medium result', () => {
    const small = evaluateTargets(result('small', { peak: 2 * 1024 ** 3 }));
    expect(verdict(small, 'peak memory')).toBeUndefined();
    expect(verdict(small, 'per-page cost at large')).toBeUndefined();

    const medium = result('medium', { msPerVersionPage: 50 });
    expect(verdict(evaluateTargets(result('large', { msPerVersionPage: 59 }), medium), 'per-page cost at large')).toBe(true);
    expect(verdict(evaluateTargets(result('large', { msPerVersionPage: 61 }), medium), 'per-page cost at large')).toBe(false);
    expect(verdict(evaluateTargets(result('large', { peak: 1.6 * 1024 ** 3 }), medium), 'peak memory')).toBe(false);
    expect(verdict(evaluateTargets(result('large')), 'per-page cost at large')).toBeUndefined();
  });
});

describe('the targets against Starlight and for the warm rebuild', () => {
  const GIB = 1024 ** 3;
  const withPeer = (paragraf: { wallMs: number; peak: number; cpuMs?: number }, peer: { wallMs: number; peak: number; cpuMs?: number }, warm?: number) => {
    const base = result('medium', { peak: paragraf.peak });
    const paragrafSide = { wallMs: paragraf.wallMs, cpuMs: paragraf.cpuMs, peakMemoryBytes: paragraf.peak };
    const peerSide = { wallMs: peer.wallMs, cpuMs: peer.cpuMs, peakMemoryBytes: peer.peak };
    Object.assign(base.paragraf, paragrafSide, { warmRebuildMs: warm });
    base.peer = { name: 'starlight', ...peerSide, ratios: peerRatios(paragrafSide, peerSide) } as PeerResult;
    return base;
  };

  it('compute Paragraf ÷ Starlight for wall, CPU and peak memory, to two decimals', () => {
    expect(peerRatios({ wallMs: 30_000, cpuMs: 40_000, peakMemoryBytes: GIB }, { wallMs: 45_000, cpuMs: 30_000, peakMemoryBytes: 3 * GIB })).toEqual({
      wall: 0.67,
      cpu: 1.33,
      memory: 0.33,
    });
    expect(peerRatios({ wallMs: 1, peakMemoryBytes: 1 }, { wallMs: 2, cpuMs: 5, peakMemoryBytes: 4 })).toEqual({ wall: 0.5, memory: 0.25 });
  });

  it('meet the wall-time goal at 0.75× Starlight and the memory goal at 0.5×, and miss either just above', () => {
    const met = evaluateTargets(withPeer({ wallMs: 30_000, peak: GIB }, { wallMs: 40_000, peak: 2 * GIB }));
    expect(verdict(met, 'whole build wall time vs starlight')).toBe(true);
    expect(verdict(met, 'peak memory vs starlight')).toBe(true);
    expect(met.find((t) => t.name.startsWith('whole build'))?.value).toBe('0.75× (30.0 s vs 40.0 s)');

    const missed = evaluateTargets(withPeer({ wallMs: 30_400, peak: 1.02 * GIB }, { wallMs: 40_000, peak: 2 * GIB }));
    expect(verdict(missed, 'whole build wall time vs starlight')).toBe(false);
    expect(verdict(missed, 'peak memory vs starlight')).toBe(false);
  });

  it('say there was no peer run rather than judge without one', () => {
    const targets = evaluateTargets(result('small'));
    expect(verdict(targets, 'whole build wall time vs starlight')).toBeUndefined();
    expect(targets.find((t) => t.name.startsWith('peak memory vs'))?.value).toBe('no --peer starlight run');
  });

  it('judge the warm rebuild against 3 s on every size', () => {
    expect(verdict(evaluateTargets(withPeer({ wallMs: 1, peak: 1 }, { wallMs: 1, peak: 1 }, 3000)), 'warm rebuild')).toBe(true);
    expect(verdict(evaluateTargets(withPeer({ wallMs: 1, peak: 1 }, { wallMs: 1, peak: 1 }, 3001)), 'warm rebuild')).toBe(false);
    expect(verdict(evaluateTargets(result('small')), 'warm rebuild')).toBeUndefined();
  });
});

describe('parseOptions()', () => {
  it('expands size presets and names custom sizes after their notices and versions', () => {
    expect(parseOptions(['--size', 'medium'])).toMatchObject({ name: 'medium', notices: 50, versions: 4, seed: 1, runs: 1, baseline: true });
    expect(parseOptions(['--size', 'large', '--runs', '3'])).toMatchObject({ name: 'large', runs: 3 });
    expect(parseOptions(['--notices', '3', '--versions', '2', '--seed', '9', '--no-baseline'])).toMatchObject({
      name: '3x2',
      notices: 3,
      versions: 2,
      seed: 9,
      baseline: false,
    });
  });

  it('takes --peer starlight and no other peer', () => {
    expect(parseOptions(['--size', 'medium', '--peer', 'starlight', '--runs', '3'])).toMatchObject({ name: 'medium', peer: 'starlight', runs: 3 });
    expect(parseOptions(['--size', 'small']).peer).toBeUndefined();
    expect(() => parseOptions(['--size', 'small', '--peer', 'docusaurus'])).toThrow(/--peer must be starlight/);
  });

  it('refuses a missing or impossible size', () => {
    expect(() => parseOptions([])).toThrow(/--size/);
    expect(() => parseOptions(['--size', 'huge'])).toThrow(/small, medium or large/);
    expect(() => parseOptions(['--notices', '0', '--versions', '2'])).toThrow(/whole number/);
  });
});

describe('readRenderTime()', () => {
  it('reads the time Astro reports for generating static routes', () => {
    const log = '12:00:00 [vite] ✓ built in 1.30s\n generating static routes \n12:00:05 ✓ Completed in 2.43s.\n12:00:05 [build] ✓ Completed in 4.03s.';
    expect(readRenderTime(log)).toBe(2430);
    expect(readRenderTime(' generating static routes \n12:00:05 ✓ Completed in 584ms.')).toBe(584);
    expect(readRenderTime('no such line')).toBeUndefined();
  });
});
