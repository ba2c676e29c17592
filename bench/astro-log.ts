// Splits an Astro build into phases from its log, for builds the benchmark cannot instrument (the Starlight peer).

/** One line of a build's output and when the benchmark received it, in milliseconds since the epoch. */
export interface LogLine {
  at: number;
  text: string;
}

// Astro colours its output unless NO_COLOR is set; a log captured with colours still parses.
const ANSI = /\u001b\[[0-9;]*m/g;

function toMs(value: string, unit: string): number {
  return Math.round(Number(value) * (unit === 's' ? 1000 : 1));
}

/** The first line at or after `from` that matches, with its arrival time and the duration it prints, if any. */
function findLine(lines: readonly LogLine[], pattern: RegExp, from = 0): { index: number; at: number; ms?: number } | undefined {
  for (let index = Math.max(from, 0); index < lines.length; index++) {
    const match = pattern.exec(lines[index].text.replace(ANSI, ''));
    if (match) return { index, at: lines[index].at, ms: match[1] === undefined ? undefined : toMs(match[1], match[2]) };
  }
  return undefined;
}

/**
 * Milliseconds per phase, from the process's spawn to its exit, and what each holds:
 *
 * - startup: Node, the Astro CLI and loading astro.config.mjs with the integrations it imports;
 * - setup: the integrations' astro:config:setup (Starlight's), scanning routes, creating Vite;
 * - sync: a temporary Vite server, loading the content config, the content-layer sync (reading every page) and types;
 * - collect: astro:build:start and collecting page data;
 * - bundle: Vite/Rolldown's server (prerender) and client builds, and rearranging the server assets;
 * - render: getStaticPaths and rendering and writing every page ("generating static routes");
 * - finish: copying assets, up to the integrations' astro:build:done;
 * - index: Starlight's Pagefind indexing, inside astro:build:done;
 * - exit: the other build:done hooks (sitemap), Astro's summary and the process's exit.
 *
 * Astro's timestamps have whole seconds only, so each line is placed by when the benchmark received it; Node writes
 * to a pipe synchronously, so that is within milliseconds of the moment it was logged. Two moments have no line of
 * their own and are found from a duration printed later: Astro's build timer starts before the integrations' setup
 * ("N page(s) built in 5.02s"), and the types timer before the content sync's Vite server ("[types] Generated 2.14s").
 * A phase whose boundary is not in the log is left out and its time counts in the phase before, so the phases always
 * add up to the wall time.
 */
export function parseLogPhases(lines: readonly LogLine[], startedAt: number, endedAt: number): Record<string, number> {
  const total = findLine(lines, /\[build\] \d+ page\(s\) built in ([\d.]+)(ms|s)\b/);
  const types = findLine(lines, /\[types\] Generated ([\d.]+)(ms|s)\b/);
  const syncing = findLine(lines, /\[content\] Syncing content/);
  const entrypoints = findLine(lines, /\[build\] Building static entrypoints/);
  const routes = findLine(lines, /generating static routes/, entrypoints?.index);
  // The route list ends with the first "✓ Completed in" after its header.
  const rendered = routes && findLine(lines, /✓ Completed in/, routes.index + 1);
  const pagefind = findLine(lines, /\[starlight:pagefind\] Building search index/, rendered?.index);
  const indexed = pagefind && findLine(lines, /\[starlight:pagefind\] Finished building search index/, pagefind.index + 1);

  const boundaries: [string, number | undefined][] = [
    ['startup', startedAt],
    ['setup', total?.ms === undefined ? undefined : total.at - total.ms],
    ['sync', types?.ms === undefined ? syncing?.at : types.at - types.ms],
    ['collect', types?.at],
    ['bundle', entrypoints?.at],
    ['render', routes?.at],
    ['finish', rendered?.at],
    ['index', pagefind?.at],
    ['exit', indexed?.at],
  ];
  const found = boundaries.filter((entry): entry is [string, number] => entry[1] !== undefined);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const phases: Record<string, number> = {};
  let previous = startedAt;
  found.forEach(([phase, at], i) => {
    // A back-dated moment can land a few milliseconds before the line ahead of it; time only moves forward.
    const from = Math.min(Math.max(at, previous), endedAt);
    const to = Math.min(Math.max(found[i + 1]?.[1] ?? endedAt, from), endedAt);
    phases[phase] = round(to - from);
    previous = to;
  });
  return phases;
}

/**
 * The durations Astro and Starlight print themselves, measured inside the build process: types (the content sync
 * with type generation), render, index (Pagefind) and build (Astro's whole build after loading its config).
 */
export function readReportedDurations(lines: readonly LogLine[]): Record<string, number> {
  const routes = findLine(lines, /generating static routes/);
  const found: [string, number | undefined][] = [
    ['types', findLine(lines, /\[types\] Generated ([\d.]+)(ms|s)\b/)?.ms],
    ['render', routes && findLine(lines, /✓ Completed in ([\d.]+)(ms|s)\b/, routes.index + 1)?.ms],
    ['index', findLine(lines, /Finished building search index in ([\d.]+)(ms|s)\b/)?.ms],
    ['build', findLine(lines, /\[build\] \d+ page\(s\) built in ([\d.]+)(ms|s)\b/)?.ms],
  ];
  return Object.fromEntries(found.filter((entry): entry is [string, number] => entry[1] !== undefined));
}
