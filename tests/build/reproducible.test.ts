// Two builds of the same content for the same build date must produce byte-identical sites.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { fixturesDir } from '../helpers/fixtures.ts';
import { basicDist } from '../helpers/global-setup.ts';

function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else hashes[path.relative(dir, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return hashes;
}

describe('reproducible builds', () => {
  it('gives byte-identical output for the same content and build date', () => {
    const outDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-repro-')), 'dist');
    const { status, output } = buildSite({ contentDir: path.join(fixturesDir, 'basic', 'content'), outDir });
    expect(status, output).toBe(0);
    const first = hashTree(basicDist);
    const second = hashTree(outDir);
    expect(Object.keys(second).length).toBeGreaterThan(20);
    expect(second).toEqual(first);
  });
});
