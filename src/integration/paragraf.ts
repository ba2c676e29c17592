// Astro integration: validates all content before Astro compiles a single MDX file.

import type { AstroIntegration } from 'astro';
import { loadSite } from '../lib/content.ts';
import { checkSafeMdx } from '../lib/checks/safe-mdx.ts';
import { ContentError, formatProblem, throwOnErrors } from '../lib/errors.ts';
import { loadTranslations } from '../lib/i18n.ts';
import { getSettings } from '../lib/settings.ts';

export function paragraf(): AstroIntegration {
  return {
    name: 'paragraf',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const settings = getSettings();
        try {
          const site = loadSite(settings.contentDir, settings.now);
          // Notice texts come from pull requests: nothing that could run code may reach the MDX compiler.
          throwOnErrors(checkSafeMdx(site));
          loadTranslations(settings.localesDir, site.locales, site.sourceLocale);
          for (const warning of site.warnings) logger.warn(formatProblem(warning));
        } catch (error) {
          // The message already lists every problem with its file; a stack trace would only bury it.
          if (error instanceof ContentError || error instanceof Error) error.stack = '';
          throw error;
        }
      },
    },
  };
}
