import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openCore } from '../../electron/core/open-core';
import { runAccessReview } from '../../electron/core/review/run-access-review';
import { builtinPlugins } from '../../electron/plugins/builtin-plugins';
import type { DraftValues } from '../../shared/plugin/draft-values';
import { atMost } from './access/goals';
import {
  CONCURRENCY,
  ENDPOINTS,
  fmt,
  HEAP_GOAL_MB,
  KINDS,
  LATENCY_MS,
  MB,
  SCALE_ENDPOINTS,
  SCALE_USERS,
  STREAMED,
  USERS,
  type ReviewRun,
} from './access/review-setup';
import { printRuns } from './access/review-tables';
import { startRemoteSimulator, type SimKind } from './access/sim-client';
import * as ss from './access/ss-review-world';
import { streamedReview } from './access/streamed-review';
import * as tpam from './access/tpam-review-world';
import { printTable } from './bench-stats';

/**
 * `npm run bench:access`: the access review (issue 13) against each simulator, each in its own
 * process so that this one plays the app's main process. 50 users × 20 endpoints with a mix of
 * outcomes (access/ss-review-world.ts, access/tpam-review-world.ts), 20 ms injected latency per
 * SOAP request or TPAM command, concurrency 8, a fresh data directory (nothing cached). Prints the
 * wall time against the lower bound (access/lower-bound.ts), the calls per operation as the
 * simulators counted them, the main event loop's longest stall during the run, and, for 10,000
 * pairs streamed to a file, the peak heap of the process that ran them. Figures, never pass/fail.
 */

async function review(kind: SimKind): Promise<ReviewRun> {
  const sim = await startRemoteSimulator(kind, USERS, ENDPOINTS, LATENCY_MS);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ecm-bench-access-'));
  try {
    const core = await openCore({ dataDir: dir, plugins: builtinPlugins() });
    const world = kind === 'secret-server' ? ss : tpam;
    const endpoints = world.reviewEndpoints(ENDPOINTS);
    // User by user, every endpoint: the order a users × endpoints matrix expands to.
    const pairs = world.reviewUsers(USERS).flatMap((user) => endpoints.map((endpoint) => ({ user, endpoint })));
    const noneAt = new Set<string>();
    await sim.reset();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const { progress } = await runAccessReview(core, {
      pluginId: kind,
      values: sim.settings as DraftValues,
      useStored: false,
      pairs,
      concurrency: CONCURRENCY,
      onResult: (r) => {
        if (r.status === 'none') noneAt.add(r.endpoint);
      },
    });
    const wallMs = performance.now() - started;
    const cpuUsed = process.cpuUsage(cpu);
    loop.disable();
    const counters = await sim.counters();
    await core.close();
    return {
      kind,
      wallMs,
      state: progress.state,
      ...(progress.stopError ? { stopError: `${progress.stopError.code}: ${progress.stopError.message}` } : {}),
      summary: progress.summary,
      counters,
      noneEndpoints: noneAt.size,
      stallMaxMs: loop.max / 1e6,
      stallP99Ms: loop.percentile(99) / 1e6,
      cpuMs: (cpuUsed.user + cpuUsed.system) / 1000,
    };
  } finally {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same histogram over a few idle seconds: on a busy machine the OS alone can hold a process
 * off the CPU for longer than the goal, and this row shows that floor.
 */
async function idleStall(ms: number): Promise<{ max: number; p99: number }> {
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  await new Promise((resolve) => setTimeout(resolve, ms));
  loop.disable();
  return { max: loop.max / 1e6, p99: loop.percentile(99) / 1e6 };
}

async function printStreamed(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ecm-bench-access-10k-'));
  try {
    const f = await streamedReview(dir, SCALE_USERS, SCALE_ENDPOINTS, LATENCY_MS, CONCURRENCY);
    printTable(
      `${fmt(f.pairs)} pairs (${SCALE_USERS} users × ${SCALE_ENDPOINTS} endpoints, Secret Server) streamed to a file: ${f.how}`,
      ['figure', 'value', 'goal', 'goal met'],
      [
        [
          'peak heap used (process.memoryUsage, every 20 ms)',
          `${MB(f.peakHeapUsed).toFixed(1)} MB`,
          ...atMost(Number(MB(f.peakHeapUsed).toFixed(1)), HEAP_GOAL_MB, 'MB'),
        ],
        ['peak resident set size', `${MB(f.peakRss).toFixed(1)} MB`, '', ''],
        ['wall time', `${(f.wallMs / 1000).toFixed(1)} s`, '', ''],
        ['results in the file / pairs', `${fmt(f.resultsInFile)} / ${fmt(f.pairs)}`, '', ''],
        ['file size', `${MB(f.outputBytes).toFixed(1)} MB`, '', ''],
        ['exit code', String(f.exitCode), '', ''],
      ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // The figures depend on what else the machine runs: say how busy it was.
  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ');
  console.log(`Load average at the start: ${load()} (1 / 5 / 15 min) on ${os.cpus().length} CPUs`);
  const idle = await idleStall(5000);
  const runs: ReviewRun[] = [];
  for (const kind of KINDS) runs.push(await review(kind));
  printRuns(runs, idle);
  if (STREAMED) await printStreamed();
  console.log(`\nLoad average at the end: ${load()}`);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
