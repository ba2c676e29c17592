// Astro integrations that time the phases of a build for `npm run bench`. Register timingsStart() first and
// timingsEnd() last: hooks run in registration order, so together they bracket every other integration's work.
// With PARAGRAF_TIMINGS=<file> set, the phase durations are written to that file as JSON when the build is done.

import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { getMeasuredTotals } from '../lib/timings.ts';

/** Moments of the build, in milliseconds since the Unix epoch so another process can line them up with its own. */
export interface BuildMarks {
  configSetup?: number;
  configSetupEnd?: number;
  configDone?: number;
  buildStart?: number;
  buildSetup?: number;
  bundleEnd?: number;
  generated?: number;
  buildDone?: number;
  buildDoneEnd?: number;
  /** Set by scripts/build.ts, which builds the search index after Astro has exited. */
  indexStart?: number;
  indexEnd?: number;
}

export interface BuildTimings {
  marks: BuildMarks;
  /** Milliseconds per phase; see BENCHMARKS.md for what each contains. */
  phases: Record<string, number>;
  /** Totals of work wrapped in measure() (src/lib/timings.ts), e.g. `redlines`. */
  measures: Record<string, number>;
}

/** Both integrations of one config share these marks. */
const marks: BuildMarks = {};

function now(): number {
  return performance.timeOrigin + performance.now();
}

function mark(name: keyof BuildMarks): void {
  marks[name] ??= now();
}

/** Notes when Vite finishes its last bundle (prerender, then client), which is when page rendering starts. */
function bundleTimer(): Plugin {
  return {
    name: 'paragraf-timings',
    apply: 'build',
    closeBundle() {
      marks.bundleEnd = now();
    },
  };
}

export function timingsStart(): AstroIntegration {
  return {
    name: 'paragraf-timings-start',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        mark('configSetup');
        if (process.env.PARAGRAF_TIMINGS) updateConfig({ vite: { plugins: [bundleTimer()] } });
      },
      'astro:config:done': () => mark('configDone'),
      'astro:build:start': () => mark('buildStart'),
      'astro:build:setup': () => mark('buildSetup'),
      'astro:build:generated': () => mark('generated'),
      'astro:build:done': () => mark('buildDone'),
    },
  };
}

export function timingsEnd(): AstroIntegration {
  return {
    name: 'paragraf-timings-end',
    hooks: {
      'astro:config:setup': () => mark('configSetupEnd'),
      'astro:build:done': () => {
        mark('buildDoneEnd');
        const file = process.env.PARAGRAF_TIMINGS;
        if (!file) return;
        const timings: BuildTimings = { marks: { ...marks }, phases: getPhases(marks), measures: getMeasuredTotals() };
        fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
        fs.writeFileSync(file, `${JSON.stringify(timings, null, 2)}\n`);
      },
    },
  };
}

/** Durations between consecutive marks; a phase whose marks are missing is left out rather than guessed. */
export function getPhases(m: BuildMarks): Record<string, number> {
  const span = (from: number | undefined, to: number | undefined) =>
    from !== undefined && to !== undefined ? Math.round((to - from) * 10) / 10 : undefined;
  const renderFrom = m.bundleEnd ?? m.buildSetup;
  const phases: Record<string, number | undefined> = {
    content: span(m.configSetup, m.configSetupEnd),
    routes: span(m.configSetupEnd, m.configDone),
    sync: span(m.configDone, m.buildStart),
    collect: span(m.buildStart, m.buildSetup),
    bundle: m.bundleEnd === undefined ? undefined : span(m.buildSetup, m.bundleEnd),
    render: span(renderFrom, m.generated),
    finish: span(m.generated, m.buildDone),
    index: span(m.buildDone, m.buildDoneEnd),
  };
  return Object.fromEntries(Object.entries(phases).filter((entry): entry is [string, number] => entry[1] !== undefined));
}
