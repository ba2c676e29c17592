// `npm run build`: builds into a staging folder and swaps it into place only when the whole build succeeded,
// so a failed build never leaves a half-made site behind.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(root, process.env.PARAGRAF_OUT_DIR || 'dist');
const staging = `${outDir}.partial`;
const previous = `${outDir}.previous`;

fs.rmSync(staging, { recursive: true, force: true });
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PARAGRAF_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});

if (result.status !== 0) {
  fs.rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed; ${path.relative(root, outDir) || outDir} was left as it was.`);
  process.exit(result.status ?? 1);
}

fs.rmSync(previous, { recursive: true, force: true });
if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
fs.renameSync(staging, outDir);
fs.rmSync(previous, { recursive: true, force: true });
