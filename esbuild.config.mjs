// Builds the three Node-side bundles. The renderer is built by Vite (vite.config.ts).
// - main:    electron/main.ts    → out/main/main.cjs     (Electron main process)
// - preload: electron/preload.ts → out/preload/preload.cjs (one CommonJS file: sandboxed preloads cannot import)
// - cli:     electron/cli/cli.ts → out/cli/cli.cjs       (the `ecm-configurator` command, plain Node)
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
]);

// `npx ecm-configurator` runs the file directly through its shebang.
chmodSync('out/cli/cli.cjs', 0o755);
