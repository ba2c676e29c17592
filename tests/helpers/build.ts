// Runs `npm run build`'s script on a fixture, the way an editor would, and captures what it prints.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './fixtures.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  localesDir?: string;
  now?: string;
}

export function buildSite({ contentDir, outDir, localesDir, now = '2026-12-01' }: BuildOptions): BuildResult {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'build.ts')], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      PARAGRAF_CONTENT: contentDir,
      PARAGRAF_LOCALES: localesDir ?? path.join(projectRoot, 'locales'),
      PARAGRAF_OUT_DIR: outDir,
      PARAGRAF_NOW: now,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
