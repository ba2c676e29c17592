// A process-wide accumulator of time spent in named pieces of expensive work, for `npm run bench`.
// It only measures when PARAGRAF_TIMINGS is set; otherwise `measure` is a plain call.

declare global {
  /** Milliseconds spent in each measured piece of work during this build, by name. */
  var __paragrafTimings: Record<string, number> | undefined;
}

/**
 * Runs `work` and, when PARAGRAF_TIMINGS is set, adds the milliseconds it took to the total for `name`.
 * A promise is timed until it settles. Pages render one at a time, so async totals do not overlap.
 */
export function measure<T>(name: string, work: () => T): T {
  if (!process.env.PARAGRAF_TIMINGS) return work();
  const started = performance.now();
  const add = () => {
    const totals = (globalThis.__paragrafTimings ??= {});
    totals[name] = (totals[name] ?? 0) + performance.now() - started;
  };
  let result: T;
  try {
    result = work();
  } catch (error) {
    add();
    throw error;
  }
  if (result instanceof Promise) return result.finally(add) as T;
  add();
  return result;
}

/** The totals measured so far in this process, in milliseconds. */
export function getMeasuredTotals(): Record<string, number> {
  return { ...(globalThis.__paragrafTimings ?? {}) };
}
