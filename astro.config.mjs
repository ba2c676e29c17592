// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { notFoundPages } from './src/integration/not-found-pages.ts';
import { paragraf } from './src/integration/paragraf.ts';
import { search } from './src/integration/search.ts';
import { timingsEnd, timingsStart } from './src/integration/timings.ts';
import { getSettings } from './src/lib/settings.ts';
import { getImageOrigins } from './src/lib/site-config.ts';

const { contentDir } = getSettings();
// Astro caches loaded content; keep one cache per content folder so fixture builds never mix.
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);

export default defineConfig({
  outDir: process.env.PARAGRAF_OUT_DIR || './dist',
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy on every page: only this site's own files, no inline code
  // except what Astro hashes. 'wasm-unsafe-eval' lets the search page run Pagefind's WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        /** @type {`img-src${string}`} */ (["img-src 'self'", ...getImageOrigins(contentDir)].join(' ')),
        "font-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // No Markdown page of Astro's own needs highlighting, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  // Notice texts are not Astro Markdown or MDX modules: src/lib/markdown renders them to HTML itself,
  // through the safe-MDX allow-list, so no notice is ever compiled to JavaScript.
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
  integrations: [timingsStart(), paragraf(), notFoundPages(), search(), timingsEnd()],
});
