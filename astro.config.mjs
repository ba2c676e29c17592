// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { paragraf } from './src/integration/paragraf.ts';
import { getSettings } from './src/lib/settings.ts';

const { contentDir } = getSettings();
// Astro caches loaded content; keep one cache per content folder so fixture builds never mix.
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);

export default defineConfig({
  outDir: process.env.PARAGRAF_OUT_DIR || './dist',
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Sätteri renders Markdown natively; `{#id}` after a heading sets a stable anchor.
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  vite: {
    build: {
      rollupOptions: {
        // Astro's MDX output carries a directive the bundler reports once per file; it is harmless noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [paragraf(), mdx()],
});
