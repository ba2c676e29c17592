// The content check of `npm run build`, in a child process: every text compiled and checked on all cores
// into the disk cache, then the site-wide checks; only the problems are sent back. A process rather than
// a thread, because worker threads give their memory back to their process, not to the system: after
// checking 560 texts the build's own process kept about 600 MiB while Astro ran beside it. A process
// that exits returns all of it.

import { inspectContent } from '../lib/checks/index.ts';
import { getContentFingerprint } from '../lib/content-fingerprint.ts';
import { createMainBranch } from '../lib/git.ts';
import type { Problem } from '../lib/errors.ts';
import type { Settings } from '../lib/settings.ts';
import { analyseTexts } from './analyse-texts.ts';

/** What the check process sends back: every problem, and the fingerprint of the content it checked. */
export interface CheckResult {
  problems: Problem[];
  fingerprint: string;
}

process.once('message', (settings: Settings) => {
  void (async () => {
    // Taken before anything is read: content edited while the check runs then has another fingerprint,
    // and Astro's process checks it again rather than trusting this check.
    const fingerprint = getContentFingerprint(settings);
    await analyseTexts(settings);
    const { problems } = inspectContent({ ...settings, mainBranch: createMainBranch(settings.mainBranch) });
    const result: CheckResult = { problems, fingerprint };
    // Exits once the result is handed over, leaving nothing running behind.
    process.send!(result, undefined, {}, () => process.exit(0));
  })();
});
