// @ts-check
// The benchmark's baseline: the same Astro, MDX and Sätteri pipeline Paragraf uses, rendering each notice
// text as a bare page — no content validation, sidebar, redlines, feeds or search index. `npm run bench`
// builds it with `astro build --root bench/baseline`, so nothing from the project's src/ or its integrations
// is loaded; it reads the generated corpus named by BENCH_BASELINE_CONTENT.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  srcDir: './src',
  outDir: process.env.BENCH_BASELINE_OUT_DIR || './dist',
  // Keep Astro's and Vite's caches out of the source tree, and cold for every run.
  cacheDir: process.env.BENCH_BASELINE_CACHE_DIR ? `${process.env.BENCH_BASELINE_CACHE_DIR}/astro` : './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: { processor: satteri({ features: { headingAttributes: true } }), syntaxHighlight: false },
  vite: { cacheDir: process.env.BENCH_BASELINE_CACHE_DIR ? `${process.env.BENCH_BASELINE_CACHE_DIR}/vite` : undefined },
  integrations: [mdx()],
});
