// Published versions are immutable: every text in effect is recorded in published.lock.json and still matches it.

import type { Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import { verifyLock, type LockFile } from '../published-lock.ts';

/** Texts in effect but not locked, locked texts edited without a recorded correction, and locked texts that vanished. */
export function checkPublishedVersions(site: Site, lockFile: LockFile): Problem[] {
  return verifyLock(site, lockFile);
}
