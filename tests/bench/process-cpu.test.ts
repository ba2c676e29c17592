// Reading the CPU time of a build's process tree from /proc.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChildrenTicks, readChildrenCpuMs } from '../../bench/process-cpu.ts';

describe('parseChildrenTicks()', () => {
  it('adds cutime and cstime, even when the command name holds spaces and parentheses', () => {
    const stat = '4242 (node (astro) x) S 1 4242 4242 0 -1 4194304 100 200 0 0 31 7 1234 56 20 0 11 0 999 1000 200 ...';
    expect(parseChildrenTicks(stat)).toBe(1234 + 56);
  });

  it('refuses a line it cannot read', () => {
    expect(() => parseChildrenTicks('garbage')).toThrow(/Unexpected/);
  });
});

describe.runIf(fs.existsSync('/proc/self/stat'))('readChildrenCpuMs()', () => {
  it('grows by the CPU time a finished child used', () => {
    const before = readChildrenCpuMs()!;
    spawnSync(process.execPath, ['-e', 'const end = Date.now() + 300; while (Date.now() < end);']);
    const used = readChildrenCpuMs()! - before;
    expect(used).toBeGreaterThanOrEqual(250);
    expect(used).toBeLessThan(5000);
  });
});
