// Notice texts as an Astro collection, used only to render MDX; validation happens in src/lib.

import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { getSettings } from './lib/settings.ts';

const { contentDir } = getSettings();

export const collections = {
  notices: defineCollection({
    loader: glob({
      pattern: '*/*/*.mdx',
      base: path.join(contentDir, 'notices'),
      // "privacy-notice/2025-05-15/sv": the same id the content model uses.
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
  }),
};
