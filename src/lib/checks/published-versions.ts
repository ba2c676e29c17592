// Published versions are immutable: every text in effect is recorded in published.lock.json and still matches it.

import type { Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import { verifyLock, type LockFile, type MainBranch } from '../published-lock.ts';

/**
 * Texts in effect but not locked, locked texts edited without a recorded correction, and locked texts
 * that vanished; for texts not yet on the main branch, the first two are warnings.
 */
export function checkPublishedVersions(site: Site, lockFile: LockFile, mainBranch?: MainBranch): Problem[] {
  return verifyLock(site, lockFile, mainBranch);
}
