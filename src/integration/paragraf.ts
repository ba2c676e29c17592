// Astro integration: runs the whole content check before Astro renders a page, so `astro build` and
// `astro dev` refuse exactly what `npm run check` refuses.

import type { AstroIntegration } from 'astro';
import { inspectContent } from '../lib/checks/index.ts';
import { createMainBranch } from '../lib/git.ts';
import { CHECKED_VARIABLE, getContentFingerprint } from '../lib/content-fingerprint.ts';
import { ContentError, formatProblem } from '../lib/errors.ts';
import { getSettings } from '../lib/settings.ts';

export function paragraf(): AstroIntegration {
  return {
    name: 'paragraf',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const settings = getSettings();
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
