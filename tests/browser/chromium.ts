// Starts Debian's Chromium through playwright-core. Never downloads a browser: the executable comes
// from $PARAGRAF_CHROMIUM or /usr/bin/chromium (`apt-get install chromium`).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const chromiumPath = process.env.PARAGRAF_CHROMIUM || '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export interface Chromium {
  context: BrowserContext;
  /** Opens a new tab that records the page's errors and the browser's error messages. */
  newPage(): Promise<Page & { problems: string[] }>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Install Debian's with \`apt-get install -y chromium\`, ` +
        'or set PARAGRAF_CHROMIUM to a Chromium executable.',
    );
  }
  // An empty, throw-away profile for every run.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: FLAGS,
      locale: 'en-GB',
      timezoneId: 'UTC',
    });
  } catch (error) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  context.setDefaultTimeout(10_000);
  return {
    context,
    async newPage() {
      const page = Object.assign(await context.newPage(), { problems: [] as string[] });
      page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          page.problems.push(`console ${message.type()}: ${message.text()}`);
        }
      });
      return page;
    },
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
