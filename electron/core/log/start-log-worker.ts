import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts the log reader thread. The app and the CLI run bundles (out/main, out/cli) with the
 * worker's bundle beside them in out/log-worker; the tests and the tsx tools run the TypeScript
 * sources, which the worker compiles with tsx's require hook (a development dependency).
 */
export function startLogWorker(): Worker {
  const bundled = typeof __dirname === 'string' ? path.join(__dirname, '..', 'log-worker', 'log-worker.cjs') : '';
  if (bundled && existsSync(bundled)) return new Worker(bundled);
  const here = import.meta.url as string | undefined; // undefined in the bundles (esbuild.config.mjs)
  if (!here) throw new Error(`The log reader's code is missing (${bundled}): build the app again with npm run build.`);
  const source = fileURLToPath(new URL('./log-worker.ts', here));
  const tsx = createRequire(here).resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { eval: true });
}
