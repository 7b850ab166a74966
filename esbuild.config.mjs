// Builds the three Node-side bundles. The renderer is built by Vite (vite.config.ts).
// - main:    electron/main.ts    → out/main/main.cjs     (Electron main process)
// - preload: electron/preload.ts → out/preload/preload.cjs (one CommonJS file: sandboxed preloads cannot import)
// - cli:     electron/cli/cli.ts → out/cli/cli.cjs       (the `ecm-configurator` command, plain Node)
// - log-worker: electron/core/log/log-worker.ts → out/log-worker/log-worker.cjs (the core's log reader
//   thread, started by main and the CLI from the folder beside theirs)
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // CommonJS has no import.meta: code that needs it (start-log-worker.ts, for the TypeScript sources)
  // sees it undefined in the bundles instead of esbuild's warning and an empty object.
  define: { 'import.meta.url': 'undefined' },
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'out/main/main.cjs',
    // Dependencies stay in node_modules (packed into app.asar by electron-builder).
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'out/preload/preload.cjs',
    // Only `electron` may stay external in a sandboxed preload; everything else is inlined.
    external: ['electron'],
    platform: 'browser',
    target: 'chrome120',
  }),
  build({
    ...common,
    entryPoints: ['electron/cli/cli.ts'],
    outfile: 'out/cli/cli.cjs',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  }),
  build({
    ...common,
    entryPoints: ['electron/core/log/log-worker.ts'],
    outfile: 'out/log-worker/log-worker.cjs',
    packages: 'external',
  }),
]);

// `npx ecm-configurator` runs the file directly through its shebang.
chmodSync('out/cli/cli.cjs', 0o755);
