import { execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openCore } from '../../../electron/core/open-core';
import { runAccessReview } from '../../../electron/core/review/run-access-review';
import { builtinPlugins } from '../../../electron/plugins/builtin-plugins';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import { ROOT } from '../../support/static-vault';
import { startRemoteSimulator } from './sim-client';
import { reviewEndpoints, reviewUsers } from './ss-review-world';

/**
 * 10,000 pairs against the Secret Server simulator (in its own process), results streamed to a
 * file, and the peak memory of the process that ran the review. Preferably the built CLI
 * (`test-access … --output`), measured from inside by heap-probe.mjs; where the build has no
 * `test-access` yet, the engine in this process with a streaming writer, sampled the same way.
 */
export interface StreamedFigures {
  how: string;
  pairs: number;
  wallMs: number;
  peakHeapUsed: number;
  peakRss: number;
  samples: number;
  outputBytes: number;
  resultsInFile: number;
  exitCode: number | null;
}

const CLI = path.join(ROOT, 'out', 'cli', 'cli.cjs');
const PROBE = fileURLToPath(new URL('heap-probe.mjs', import.meta.url));
const run = promisify(execFile);

async function cliHasTestAccess(): Promise<boolean> {
  if (!existsSync(CLI)) return false;
  try {
    // An unknown command with --help prints the program's help instead: look for the command's own.
    const { stdout } = await run(process.execPath, [CLI, 'test-access', '--help'], { timeout: 30_000 });
    return /Usage: \S+ test-access/.test(stdout);
  } catch {
    return false;
  }
}

export async function streamedReview(
  dir: string,
  users: number,
  endpoints: number,
  latencyMs: number,
  concurrency: number,
): Promise<StreamedFigures> {
  const sim = await startRemoteSimulator('secret-server', users, endpoints, latencyMs);
  try {
    const output = path.join(dir, 'review.json');
    const figures = (await cliHasTestAccess())
      ? await viaCli(dir, output, sim.settings, users, endpoints, concurrency)
      : await inProcess(dir, output, sim.settings, users, endpoints, concurrency);
    // A CLI that failed may have written nothing: the exit code in the table says so.
    const text = await fs.readFile(output, 'utf8').catch(() => '');
    return {
      ...figures,
      pairs: users * endpoints,
      outputBytes: Buffer.byteLength(text),
      resultsInFile: countResults(text),
    };
  } finally {
    await sim.close();
  }
}

/** The CLI's `--json --output` document, or JSON Lines (one result per line). */
function countResults(text: string): number {
  try {
    const doc = JSON.parse(text) as { results?: unknown[] };
    return doc.results?.length ?? 0;
  } catch {
    return text.split('\n').filter((line) => /^\{.*"endpoint"/.test(line)).length;
  }
}

type Measured = Omit<StreamedFigures, 'pairs' | 'outputBytes' | 'resultsInFile'>;

async function viaCli(
  dir: string,
  output: string,
  settings: Record<string, unknown>,
  users: number,
  endpoints: number,
  concurrency: number,
): Promise<Measured> {
  const files = {
    settings: path.join(dir, 'settings.json'),
    users: path.join(dir, 'users.txt'),
    endpoints: path.join(dir, 'endpoints.txt'),
    report: path.join(dir, 'heap.json'),
  };
  await fs.writeFile(files.settings, JSON.stringify(settings), { mode: 0o600 });
  await fs.writeFile(files.users, `${reviewUsers(users).join('\n')}\n`);
  await fs.writeFile(files.endpoints, `${reviewEndpoints(endpoints).join('\n')}\n`);
  const args = [
    ...['--import', PROBE, CLI, 'test-access', '--plugin', 'secret-server', '--settings', files.settings],
    ...['--users', files.users, '--endpoints', files.endpoints, '--concurrency', String(concurrency)],
    ...['--json', '--output', output, '--data-dir', path.join(dir, 'data')],
  ];
  const started = performance.now();
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ECM_HEAP_REPORT: files.report },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  const peak = JSON.parse(await fs.readFile(files.report, 'utf8')) as {
    heapUsed: number;
    rss: number;
    samples: number;
  };
  return {
    how: 'built CLI: test-access --json --output',
    wallMs,
    peakHeapUsed: peak.heapUsed,
    peakRss: peak.rss,
    samples: peak.samples,
    exitCode,
  };
}

async function inProcess(
  dir: string,
  output: string,
  settings: Record<string, unknown>,
  users: number,
  endpoints: number,
  concurrency: number,
): Promise<Measured> {
  const core = await openCore({ dataDir: path.join(dir, 'data'), plugins: builtinPlugins() });
  const stream = createWriteStream(output);
  const peak = { heapUsed: 0, rss: 0, samples: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.rss = Math.max(peak.rss, m.rss);
    peak.samples++;
  };
  const timer = setInterval(sample, 20);
  const endpointList = reviewEndpoints(endpoints);
  const pairs = reviewUsers(users).flatMap((user) => endpointList.map((endpoint) => ({ user, endpoint })));
  const started = performance.now();
  try {
    await runAccessReview(core, {
      pluginId: 'secret-server',
      values: settings as DraftValues,
      useStored: false,
      pairs,
      concurrency,
      onResult: (r) => stream.write(`${JSON.stringify(r)}\n`),
    });
  } finally {
    await new Promise<void>((resolve) => stream.end(resolve));
    clearInterval(timer);
    sample();
    await core.close();
  }
  return {
    how: 'engine in the benchmark process, JSON Lines writer (the built CLI has no test-access)',
    wallMs: performance.now() - started,
    peakHeapUsed: peak.heapUsed,
    peakRss: peak.rss,
    samples: peak.samples,
    exitCode: 0,
  };
}
