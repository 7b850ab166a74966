import { defineConfig } from 'vitest/config';

// One runner, three projects:
// - `unit`: plain-Node tests of the core, plugins, simulators and tools. No build, no browser.
// - `renderer`: the renderer's stores and components in happy-dom with a fake `window.ecm`
//   derived from the channel map (test/renderer/support/fake-ecm.ts). No build, no browser.
// - `e2e` (`*.e2e.test.ts`): tests that run what `npm run build` produced: the CLI as a process,
//   the renderer in Debian's Chromium through the browser test host, the demo, and the Electron
//   smoke test (skipped, with its reason printed, where no Electron binary exists).
// `npm run test:unit` runs the first two; `npm run test:e2e` builds and runs the third.
const E2E = 'test/**/*.e2e.test.ts';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: keep Chromium-heavy files from all starting at once.
    maxWorkers: 2,
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [E2E, 'test/renderer/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          exclude: [E2E],
          setupFiles: ['test/renderer/support/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: [E2E],
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
