// Writes public/favicon.ico from public/favicon.svg: Chromium draws the SVG at 32×32 and the PNG is
// wrapped in an ICO file, for the browsers and feed readers that ask for /favicon.ico by name.
// Run after changing the SVG: node scripts/generate-favicon.ts (needs Chromium, as the browser tests do).

import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tests/browser/chromium.ts';

const publicDir = path.join(import.meta.dirname, '..', 'public');
const svg = fs.readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 32, height: 32 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="32" height="32" ')}</body></html>`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: 32, height: 32 } });
  // ICONDIR (6 bytes) + one ICONDIRENTRY (16 bytes) + the PNG itself.
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(32, 6);
  header.writeUInt8(32, 7);
  header.writeUInt8(0, 8);
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  fs.writeFileSync(path.join(publicDir, 'favicon.ico'), Buffer.concat([header, png]));
} finally {
  await browser.close();
}
