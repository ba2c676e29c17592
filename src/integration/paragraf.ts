// Astro integration: runs the whole content check before Astro renders a page, so `astro build` and
// `astro dev` refuse exactly what `npm run check` refuses.

import type { AstroIntegration } from 'astro';
import { inspectContent } from '../lib/checks/index.ts';
import { CACHE_DIR_VARIABLE, getCacheRoot } from '../lib/cache.ts';
import { CODE_VERSION_VARIABLE, getCodeVersion } from '../lib/code-version.ts';
import { noteContentChange } from '../lib/content-changes.ts';
import { createMainBranch } from '../lib/git.ts';
import { CHECKED_VARIABLE, getContentFingerprint } from '../lib/content-fingerprint.ts';
import { ContentError, formatProblem } from '../lib/errors.ts';
import { getSettings } from '../lib/settings.ts';

/** How long after the last change the dev server reloads the content once more. */
const SETTLE_MS = 150;

export function paragraf(): AstroIntegration {
  return {
    name: 'paragraf',
    hooks: {
      // The preview follows edits to notices and interface strings: Astro does not know these files.
      'astro:server:setup': ({ server }) => {
        const { contentDir, localesDir } = getSettings();
        server.watcher.add([contentDir, localesDir]);
        const reload = () => {
          noteContentChange();
          server.ws.send({ type: 'full-reload' });
        };
        let settled: NodeJS.Timeout | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentDir) && !file.startsWith(localesDir)) return;
          reload();
          // The watcher reports one change per file in 50 ms and drops the others (chokidar's
          // throttle), so a second save that soon after the first would go unseen: once the changes
          // stop, reload again.
          clearTimeout(settled);
          settled = setTimeout(reload, SETTLE_MS);
        });
      },
      'astro:config:setup': ({ logger }) => {
        const settings = getSettings();
        // Pages run bundled, where Paragraf's sources cannot be hashed: they share this version.
        const version = getCodeVersion();
        const cacheRoot = getCacheRoot();
        if (version && !process.env[CODE_VERSION_VARIABLE]) process.env[CODE_VERSION_VARIABLE] = version;
        if (cacheRoot && !process.env[CACHE_DIR_VARIABLE]) process.env[CACHE_DIR_VARIABLE] = cacheRoot;
        // `npm run build` has just checked exactly this content; anything else is checked here.
        const checked = process.env[CHECKED_VARIABLE];
        if (checked && checked === getContentFingerprint(settings)) return;
        const { problems } = inspectContent({ ...settings, mainBranch: createMainBranch(settings.mainBranch) });
        for (const problem of problems) if (problem.severity === 'warning') logger.warn(formatProblem(problem));
        if (problems.some((p) => p.severity === 'error')) {
          const error = new ContentError(problems);
          // The message already lists every problem with its file; a stack trace would only bury it.
          error.stack = '';
          throw error;
        }
      },
    },
  };
}
