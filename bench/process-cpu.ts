// Reads the CPU time this process's finished children used, so a build's CPU time is known once it has exited.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

let ticksPerSecond: number | undefined;

/** The kernel's clock tick for /proc times; 100 on every Linux we know of, but asked rather than assumed. */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    const value = Number(answer.stdout?.trim());
    ticksPerSecond = Number.isFinite(value) && value > 0 ? value : 100;
  }
  return ticksPerSecond;
}

/**
 * cutime + cstime of a /proc/<pid>/stat line, in clock ticks: the user and system time of every child the process
 * has waited for, each with the children it waited for in turn.
 */
export function parseChildrenTicks(stat: string): number {
  // The command name may contain spaces and parentheses; the fields after its last ")" are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields from "state" on: cutime is the 14th and cstime the 15th (stat(5) numbers them 16 and 17).
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) throw new Error(`Unexpected /proc stat line: ${stat.slice(0, 200)}`);
  return cutime + cstime;
}

/**
 * Milliseconds of CPU that this process's waited-for children have used so far, or undefined without /proc. Read it
 * before spawning a build and after it has exited: the difference is the CPU time of the build's whole process tree,
 * as `time` reports it. A grandchild that outlives its parent and is never waited for is not counted.
 */
export function readChildrenCpuMs(): number | undefined {
  // Ask for the clock tick first: getconf is a child too, and its time must not land between two readings.
  const ticks = clockTicks();
  let stat: string;
  try {
    stat = fs.readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  return (parseChildrenTicks(stat) * 1000) / ticks;
}
