// Samples the resident memory of a process and all its descendants from /proc, keeping the peak.

import fs from 'node:fs';

export interface MemorySampler {
  /** Stops sampling and returns the peak seen, in bytes, with how many processes were alive at that moment. */
  stop(): MemoryPeak;
}

export interface MemoryPeak {
  /** Highest sum of VmRSS over the process tree, in bytes (0 when /proc could not be read). */
  bytes: number;
  processes: number;
  /** Each process alive at the peak, by command name, largest first. */
  breakdown: { command: string; bytes: number }[];
  samples: number;
  /** Every sample as [milliseconds since the epoch, bytes], to find which phase of a build peaks. */
  timeline: [number, number][];
}

/** The parent of every process, read from /proc/<pid>/stat (the field after the command name). */
function readParents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // The process ended between the listing and the read.
    }
    // The command name may contain spaces and parentheses; the fields after its last ")" are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  return children;
}

/** "node astro.mjs", "node build.ts", "pagefind_extended": the program and, for Node, the script it runs. */
function describeCommand(pid: number): string {
  try {
    const [program, ...args] = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const name = program.split('/').pop() ?? program;
    const script = args.find((arg) => !arg.startsWith('-'));
    return name === 'node' && script ? `node ${script.split('/').pop()}` : name;
  } catch {
    return String(pid);
  }
}

function readRss(pid: number): { command: string; bytes: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return { command: describeCommand(pid), bytes: rss ? Number(rss[1]) * 1024 : 0 };
  } catch {
    return { command: String(pid), bytes: 0 };
  }
}

/** The summed RSS of `root` and every descendant right now, in bytes, with each process's share. */
export function readTreeRss(root: number): { bytes: number; processes: { command: string; bytes: number }[] } {
  const children = readParents();
  const pending = [root];
  const processes: { command: string; bytes: number }[] = [];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const rss = readRss(pid);
    if (rss.bytes > 0) processes.push(rss);
    pending.push(...(children.get(pid) ?? []));
  }
  return { bytes: processes.reduce((sum, p) => sum + p.bytes, 0), processes };
}

/** Starts sampling the tree under `root` every `intervalMs` milliseconds. */
export function sampleTreeMemory(root: number, intervalMs = 50): MemorySampler {
  const peak: MemoryPeak = { bytes: 0, processes: 0, breakdown: [], samples: 0, timeline: [] };
  const sample = () => {
    if (!fs.existsSync('/proc/self/status')) return;
    const now = readTreeRss(root);
    peak.samples++;
    peak.timeline.push([Math.round(performance.timeOrigin + performance.now()), now.bytes]);
    if (now.bytes > peak.bytes) {
      peak.bytes = now.bytes;
      peak.processes = now.processes.length;
      peak.breakdown = [...now.processes].sort((a, b) => b.bytes - a.bytes);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { ...peak, breakdown: [...peak.breakdown], timeline: [...peak.timeline] };
    },
  };
}
