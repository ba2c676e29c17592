// The content check of `npm run build`, in a child process: every text compiled and checked on all cores
// into the disk cache, then the site-wide checks; only the problems are sent back. A process rather than
// a thread, because worker threads give their memory back to their process, not to the system: after
// checking 560 texts the build's own process kept about 600 MiB while Astro ran beside it. A process
// that exits returns all of it.

import { inspectContent } from '../lib/checks/index.ts';
import { createMainBranch } from '../lib/git.ts';
import type { Settings } from '../lib/settings.ts';
import { analyseTexts } from './analyse-texts.ts';

process.once('message', (settings: Settings) => {
  void (async () => {
    await analyseTexts(settings);
    const { problems } = inspectContent({ ...settings, mainBranch: createMainBranch(settings.mainBranch) });
    // Exits once the problems are handed over, leaving nothing running behind.
    process.send!(problems, undefined, {}, () => process.exit(0));
  })();
});
