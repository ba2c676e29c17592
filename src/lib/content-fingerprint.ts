// A hash of everything a content check reads: every file of the content and locales folders, and the
// build date. `npm run build` checks the content, then tells Astro's process the fingerprint of what it
// checked; Astro's process skips its own check only when the content it finds has the same fingerprint.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Settings } from './settings.ts';

/** The environment variable that carries the fingerprint of content that passed the check. */
export const CHECKED_VARIABLE = 'PARAGRAF_CHECKED_CONTENT';

export function getContentFingerprint(settings: Pick<Settings, 'now' | 'contentDir' | 'localesDir'>): string {
  const hash = createHash('sha256');
  hash.update(`now ${settings.now}\n`);
  for (const [label, dir] of [
    ['content', settings.contentDir],
    ['locales', settings.localesDir],
  ] as const) {
    for (const file of listFiles(dir)) {
      const stat = fs.lstatSync(file);
      hash.update(`${label} ${path.relative(dir, file)} ${stat.isSymbolicLink() ? 'link' : stat.size}\n`);
      if (stat.isFile()) hash.update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** Every entry under `dir` but folders, sorted, without following links. */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (current: string) => {
    for (const name of fs.readdirSync(current).sort()) {
      const absolute = path.join(current, name);
      if (fs.lstatSync(absolute).isDirectory()) walk(absolute);
      else files.push(absolute);
    }
  };
  walk(dir);
  return files;
}
