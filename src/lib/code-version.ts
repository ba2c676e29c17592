// The version of Paragraf's own code, as a hash of its source files and of the parser it uses: part
// of every cache key, so that changing the code can never serve results the old code computed.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Set by the build for processes whose code is bundled (Astro's), where the sources cannot be found. */
export const CODE_VERSION_VARIABLE = 'PARAGRAF_CODE_VERSION';

let version: string | null | undefined;

/** The hash of src/lib and the Sätteri version, or null when they cannot be read. */
export function getCodeVersion(): string | null {
  if (version !== undefined) return version;
  const given = process.env[CODE_VERSION_VARIABLE];
  if (given) {
    version = given;
    return version;
  }
  version = computeCodeVersion(path.dirname(new URL(import.meta.url).pathname));
  return version;
}

/** Hashes every .ts file under `libDir` and the installed Sätteri's version; null if `libDir` is not src/lib. */
export function computeCodeVersion(libDir: string): string | null {
  if (!fs.existsSync(path.join(libDir, 'code-version.ts'))) return null;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(absolute);
      else if (entry.name.endsWith('.ts')) hash.update(`${path.relative(libDir, absolute)}\0`).update(fs.readFileSync(absolute));
    }
  };
  walk(libDir);
  try {
    const satteri = path.join(libDir, '..', '..', 'node_modules', 'satteri', 'package.json');
    hash.update(JSON.parse(fs.readFileSync(satteri, 'utf8')).version);
  } catch {
    return null;
  }
  return hash.digest('hex');
}
