// Builds the fixture site once before the build-output tests read it.

import fs from 'node:fs';
import path from 'node:path';
import { buildSite } from './build.ts';
import { fixturesDir, projectRoot } from './fixtures.ts';

export const basicDist = path.join(projectRoot, 'tests', '.output', 'basic');

export default function setup(): void {
  fs.rmSync(basicDist, { recursive: true, force: true });
  const { status, output } = buildSite({ contentDir: path.join(fixturesDir, 'basic', 'content'), outDir: basicDist });
  if (status !== 0) throw new Error(`The fixture site did not build:\n${output}`);
}
