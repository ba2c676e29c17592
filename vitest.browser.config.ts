import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the search page in Debian's Chromium, against the fixture site built once
// and served on 127.0.0.1 by tests/browser/global-setup.ts.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    // One Chromium at a time is plenty on a two-core machine.
    fileParallelism: false,
    // Concurrent tests in a file (the axe matrix) run two at a time, one per core.
    maxConcurrency: 2,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
