// `npm run build`: checks the content, builds the site into a staging folder with Astro, indexes it for
// search and swaps it into place; see src/build/build-site.ts.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../src/build/build-site.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// While Astro runs, a stop signal is passed on to it and the staging folder removed; the build then
// exits with the conventional code for that signal.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
process.exitCode = await buildSite({
  root,
  env: process.env,
  astroArgs: process.argv.slice(2),
  io: { log: (message) => console.log(message), error: (message) => console.error(message) },
  signals: process,
});
