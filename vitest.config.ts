import { defineConfig } from 'vitest/config';

// One runner for every layer: unit and integration tests in Node, renderer end-to-end tests
// in Debian's Chromium through the browser test host, and the Electron smoke test (skipped,
// with its reason printed, where no Electron binary exists).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: keep Chromium-heavy files from all starting at once.
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
