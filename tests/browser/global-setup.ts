// Builds the fixture site once for the browser tests, search index included, and serves it over
// http on 127.0.0.1 for as long as the tests run.

import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build.ts';
import { fixturesDir, projectRoot } from '../helpers/fixtures.ts';
import { serveStatic } from './static-server.ts';

/** Its own output folder, so `npm test` and `npm run test:browser` never build over each other. */
export const browserDist = path.join(projectRoot, 'tests', '.output', 'browser');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture site's address, e.g. http://127.0.0.1:41234 (no trailing slash). */
    siteUrl: string;
    /** The built fixture site on disk. */
    siteDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  fs.rmSync(browserDist, { recursive: true, force: true });
  const { status, output } = buildSite({ contentDir: path.join(fixturesDir, 'basic', 'content'), outDir: browserDist });
  if (status !== 0) throw new Error(`The fixture site did not build:\n${output}`);
  const server = await serveStatic(browserDist);
  project.provide('siteUrl', server.url);
  project.provide('siteDir', browserDist);
  return () => server.close();
}
