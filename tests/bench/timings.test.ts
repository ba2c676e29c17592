// Build timings: measure() totals named work only when asked to, and phases are spans between build marks.

import { afterEach, describe, expect, it } from 'vitest';
import { getPhases } from '../../src/integration/timings.ts';
import { getMeasuredTotals, measure } from '../../src/lib/timings.ts';

const saved = process.env.PARAGRAF_TIMINGS;

afterEach(() => {
  if (saved === undefined) delete process.env.PARAGRAF_TIMINGS;
  else process.env.PARAGRAF_TIMINGS = saved;
  globalThis.__paragrafTimings = undefined;
});

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('measure()', () => {
  it('only calls the work when PARAGRAF_TIMINGS is not set', () => {
    delete process.env.PARAGRAF_TIMINGS;
    expect(measure('redlines', () => 42)).toBe(42);
    expect(getMeasuredTotals()).toEqual({});
  });

  it('adds up the time of every call under its name when PARAGRAF_TIMINGS is set', () => {
    process.env.PARAGRAF_TIMINGS = '/dev/null';
    expect(measure('redlines', () => (busy(5), 'a'))).toBe('a');
    measure('redlines', () => busy(5));
    measure('other', () => undefined);
    const totals = getMeasuredTotals();
    expect(totals.redlines).toBeGreaterThanOrEqual(10);
    expect(Object.keys(totals).sort()).toEqual(['other', 'redlines']);
  });

  it('times a promise until it settles, and still counts work that throws', async () => {
    process.env.PARAGRAF_TIMINGS = '/dev/null';
    await expect(measure('async', () => new Promise((resolve) => setTimeout(() => resolve('done'), 20)))).resolves.toBe('done');
    expect(getMeasuredTotals().async).toBeGreaterThanOrEqual(15);
    expect(() => measure('failing', () => { busy(2); throw new Error('boom'); })).toThrow('boom');
    expect(getMeasuredTotals().failing).toBeGreaterThan(0);
  });
});

describe('getPhases()', () => {
  it('turns consecutive build marks into phase durations', () => {
    const phases = getPhases({
      configSetup: 1000, configSetupEnd: 1100, configDone: 1110, buildStart: 1500, buildSetup: 1510,
      bundleEnd: 2500, generated: 4500, buildDone: 4510, buildDoneEnd: 5000,
    });
    expect(phases).toEqual({ content: 100, routes: 10, sync: 390, collect: 10, bundle: 990, render: 2000, finish: 10, index: 490 });
  });

  it('leaves out phases whose marks are missing, and renders from setup when bundling was not timed', () => {
    expect(getPhases({ configSetup: 0, configSetupEnd: 50, buildSetup: 100, generated: 400 })).toEqual({ content: 50, render: 300 });
  });
});
