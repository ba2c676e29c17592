// Reading the Starlight peer's phases from its Astro build log, on lines captured from a real `--peer starlight` run.

import { describe, expect, it } from 'vitest';
import { parseLogPhases, readReportedDurations, type LogLine } from '../../bench/astro-log.ts';

/** Part of a small run's log (10 notices × 2 versions): milliseconds after spawn, then the line as Astro printed it. */
const CAPTURED = `
+3724ms	17:06:21 [content] Syncing content
+4141ms	17:06:21 [content] Synced content
+4143ms	17:06:21 [types] Generated 2.14s
+4144ms	17:06:21 [build] output: "static"
+4144ms	17:06:21 [build] mode: "static"
+4144ms	17:06:21 [build] directory: /tmp/paragraf-bench-GNzYE7/starlight/dist/
+4144ms	17:06:21 [build] Collecting build info...
+4144ms	17:06:21 [build] ✓ Completed in 2.41s.
+4146ms	17:06:21 [build] Building static entrypoints...
+5373ms	17:06:23 [vite] ✓ built in 1.20s
+5485ms	17:06:23 [vite] ✓ built in 82ms
+5493ms	17:06:23 [build] Rearranging server assets...
+5514ms	
+5514ms	 generating static routes 
+5686ms	17:06:23 [WARN] [content] The collection "i18n" does not exist or is empty. Please check your content config file for errors.
+5727ms	17:06:23   ├─ /en/notice-1/2023-07-01/index.html (+13ms) 
+6312ms	17:06:24   └─ /sv/notice-9/2026-08-15/index.html (+6ms) 
+6319ms	17:06:24 ✓ Completed in 825ms.
+6319ms	
+6323ms	17:06:24 [build] ✓ Completed in 2.18s.
+6323ms	17:06:24 [starlight:pagefind] Building search index with Pagefind...
+6480ms	17:06:24 [starlight:pagefind] Found 61 HTML files.
+6696ms	17:06:24 [starlight:pagefind] Finished building search index in 372ms.
+6751ms	17:06:24 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
+6751ms	17:06:24 [build] 61 page(s) built in 5.02s
+6751ms	17:06:24 [build] Complete!
`;
const EXITED = 6977;

/** Lines on the benchmark's clock: spawned at 1,000,000 ms. */
function parse(text: string, spawnedAt = 1_000_000): LogLine[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('+'))
    .map((line) => {
      const [offset, ...rest] = line.split('\t');
      return { at: spawnedAt + Number(offset.slice(1, -2)), text: rest.join('\t') };
    });
}

describe('parseLogPhases()', () => {
  it('splits a Starlight build into its phases, from spawn to exit', () => {
    const phases = parseLogPhases(parse(CAPTURED), 1_000_000, 1_000_000 + EXITED);
    expect(phases).toEqual({
      // Astro's build timer started 5.02 s before the summary line: 6751 − 5020.
      startup: 1731,
      // The types timer started 2.14 s before "[types] Generated": 4143 − 2140 − 1731.
      setup: 272,
      sync: 2140,
      collect: 3,
      bundle: 1368,
      render: 805,
      finish: 4,
      index: 373,
      exit: 281,
    });
    expect(Object.values(phases).reduce((a, b) => a + b, 0)).toBeCloseTo(EXITED, 5);
  });

  it('folds a phase it cannot find into the one before, so the phases still add up to the wall time', () => {
    const withoutSearch = CAPTURED.split('\n').filter((line) => !line.includes('starlight:pagefind')).join('\n');
    const phases = parseLogPhases(parse(withoutSearch), 1_000_000, 1_000_000 + EXITED);
    expect(phases.index).toBeUndefined();
    expect(phases.exit).toBeUndefined();
    expect(phases.finish).toBe(EXITED - 6319);

    const withoutDurations = CAPTURED.split('\n')
      .filter((line) => !/page\(s\) built|\[types\]/.test(line))
      .join('\n');
    const rough = parseLogPhases(parse(withoutDurations), 1_000_000, 1_000_000 + EXITED);
    // Without the printed durations, sync starts at its first line and collect cannot be told apart from it.
    expect(rough).toMatchObject({ startup: 3724, sync: 4146 - 3724, bundle: 1368 });
    expect(rough.setup).toBeUndefined();
    expect(Object.values(rough).reduce((a, b) => a + b, 0)).toBeCloseTo(EXITED, 5);
  });

  it('reads a log printed in colour', () => {
    const coloured = CAPTURED.replace(/\[(build|types|content)\]/g, '\u001b[34m[$1]\u001b[39m').replace(/✓ Completed/g, '\u001b[32m✓ Completed\u001b[39m');
    expect(parseLogPhases(parse(coloured), 1_000_000, 1_000_000 + EXITED)).toEqual(parseLogPhases(parse(CAPTURED), 1_000_000, 1_000_000 + EXITED));
  });

  it('puts everything in startup when the build printed nothing it knows', () => {
    expect(parseLogPhases([{ at: 10, text: 'Error: no config' }], 0, 500)).toEqual({ startup: 500 });
  });
});

describe('readReportedDurations()', () => {
  it('reads the durations Astro and Starlight print, in milliseconds', () => {
    expect(readReportedDurations(parse(CAPTURED))).toEqual({ types: 2140, render: 825, index: 372, build: 5020 });
  });

  it('takes the render time from the "Completed" after the route list, not the one before it', () => {
    const lines = parse(CAPTURED).filter((line) => !line.text.includes('✓ Completed in 825ms'));
    expect(readReportedDurations(lines).render).toBe(2180);
    expect(readReportedDurations([])).toEqual({});
  });
});
