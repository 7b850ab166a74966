import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openCore } from '../../electron/core/open-core';
import { runAccessReview } from '../../electron/core/review/run-access-review';
import { builtinPlugins } from '../../electron/plugins/builtin-plugins';
import type { DraftValues } from '../../shared/plugin/draft-values';
import type { ReviewSummary } from '../../shared/review/review-types';
import { atMost, exactly } from './access/goals';
import { reviewLowerBoundMs } from './access/lower-bound';
import { startRemoteSimulator, type SimKind } from './access/sim-client';
import { SEARCH_AS_API, SEARCH_AS_USER_DOMAIN, SEARCH_AS_USER_MACHINE, type SimCounters } from './access/sim-counters';
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
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const USERS = 50;
const ENDPOINTS = 20;
const SCALE_USERS = Number(process.env.BENCH_SCALE_USERS ?? 200);
const SCALE_ENDPOINTS = 50;
const RATIO_GOAL = 1.5;
const STALL_GOAL_MS = 50;
const HEAP_GOAL_MB = 150;
/** BENCH_PLUGINS=tpam (or secret-server) runs one simulator; BENCH_STREAMED=0 leaves out the 10,000 pairs. */
const KINDS = (process.env.BENCH_PLUGINS ?? 'secret-server,tpam')
  .split(',')
  .filter((k): k is SimKind => k === 'secret-server' || k === 'tpam');
const STREAMED = process.env.BENCH_STREAMED !== '0';

interface ReviewRun {
  kind: SimKind;
  wallMs: number;
  state: string;
  summary: ReviewSummary;
  counters: SimCounters & { simulatorCpuMs: number };
  stopError?: string;
  /** Endpoints where at least one user got `none` (the reasons' API-account search is per endpoint). */
  noneEndpoints: number;
  stallMaxMs: number;
  stallP99Ms: number;
  /** CPU time this process (the app's main process in the app) spent during the review. */
  cpuMs: number;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const MB = (bytes: number) => bytes / 2 ** 20;

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

/** Each operation's count when every shared lookup is made once, and the goal where it sets one. */
function expectations(run: ReviewRun): Map<string, { once: string; goal?: number }> {
  if (run.kind === 'secret-server') {
    const kinds = ss.reviewUsers(USERS).map((_, i) => ss.userKind(i));
    const impersonable = kinds.filter((k) => k === 'approved').length;
    const refused = kinds.filter((k) => k === 'denied' || k === 'unknown').length;
    return new Map([
      ['Authenticate', { once: '1', goal: 1 }],
      ['ImpersonateUser', { once: String(USERS), goal: USERS }],
      [SEARCH_AS_USER_MACHINE, { once: `${fmt(impersonable * ENDPOINTS)} (one per pair)` }],
      [SEARCH_AS_USER_DOMAIN, { once: `${impersonable} (one per user)` }],
      [SEARCH_AS_API, { once: `≤ ${run.noneEndpoints} + 1 (per endpoint with a none, and the domain)` }],
      ['GetTokenIsValid', { once: `${refused} (one per refused user)` }],
      ['GetSecret', { once: '0 (never)' }],
    ]);
  }
  const e = tpam.expectedLookups(USERS, ENDPOINTS);
  return new Map([
    ['SSH logins (connections)', { once: '1 (or a small pool)' }],
    ['ListSystems', { once: `${e.listSystems} (one per endpoint)` }],
    ['ListAccounts', { once: `${e.listAccounts} (one per system)` }],
    ['most commands in flight at once', { once: `${CONCURRENCY}+ (the pairs at once)` }],
    [
      'ListRequestDetails',
      {
        once: `${fmt(e.checks + e.withoutActive)} (${fmt(e.checks)} Active + ${fmt(e.withoutActive)} All, for reasons)`,
      },
    ],
  ]);
}

function boundOf(run: ReviewRun): number {
  return reviewLowerBoundMs({ latencyMs: LATENCY_MS, concurrency: CONCURRENCY, ...run.counters });
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

function printRuns(runs: ReviewRun[], idle: { max: number; p99: number }): void {
  printTable(
    `Access review, ${USERS} users × ${ENDPOINTS} endpoints = ${fmt(USERS * ENDPOINTS)} pairs, concurrency ${CONCURRENCY}, ${LATENCY_MS} ms injected latency per call, fresh data directory (node ${process.version})`,
    [
      'plugin',
      'wall ms',
      'CPU ms',
      'simulator CPU ms',
      'prefix + lane rounds',
      'lower bound ms',
      'ratio',
      'goal',
      'goal met',
    ],
    runs.map((r) => {
      const bound = boundOf(r);
      const ratio = r.wallMs / bound;
      return [
        r.kind,
        r.wallMs.toFixed(0),
        r.cpuMs.toFixed(0),
        r.counters.simulatorCpuMs.toFixed(0),
        `${r.counters.prefixRounds} + ${fmt(r.counters.laneRounds)}`,
        bound,
        ratio.toFixed(2),
        // A run that stopped early measured only its first pairs: no ratio for the whole review.
        ...(r.state === 'done'
          ? atMost(Number(ratio.toFixed(2)), RATIO_GOAL)
          : [`≤ ${RATIO_GOAL}`, `not measured: ${r.state}`]),
      ];
    }),
  );
  console.log(
    `lower bound = ${LATENCY_MS} ms × (prefix + max(longest chain, ⌈lane rounds / ${CONCURRENCY}⌉)): the prefix (Authenticate) blocks every pair; a lane round is one call made once for the run or one pair's own round of calls (calls a pair makes side by side count once); waiting for a lookup another pair started counts nothing. CPU ms: this process's CPU time during the review (the bound counts latency only, so CPU beyond it shows in the ratio); simulator CPU ms: the simulator process's (where it nears the wall time, the simulator set the pace).`,
  );
  printTable(
    'Calls per operation, as the simulators counted them',
    ['plugin', 'operation', 'calls', 'each lookup once', 'goal', 'goal met'],
    runs.flatMap((r) => {
      const expected = expectations(r);
      return r.counters.calls
        .filter(([op, n]) => n > 0 || expected.has(op))
        .map(([op, n]) => {
          const e = expected.get(op);
          return [r.kind, op, fmt(n), e?.once ?? '', ...(e?.goal === undefined ? ['', ''] : exactly(n, e.goal))];
        });
    }),
  );
  printTable(
    'Outcomes',
    ['plugin', 'state', 'ok', 'none', 'pending', 'refused', 'error'],
    runs.map((r) => [
      r.kind,
      r.state,
      r.summary.ok,
      r.summary.none,
      r.summary.pending,
      r.summary.refused,
      r.summary.error,
    ]),
  );
  for (const r of runs) if (r.stopError) console.log(`${r.kind} stopped the run: ${r.stopError}`);
  printTable(
    'Main event loop during the review (perf_hooks monitorEventLoopDelay, 10 ms resolution)',
    ['plugin', 'longest stall ms', 'p99 ms', 'goal', 'goal met'],
    [
      ...runs.map((r) => [
        r.kind,
        r.stallMaxMs.toFixed(1),
        r.stallP99Ms.toFixed(1),
        ...atMost(Math.round(r.stallMaxMs), STALL_GOAL_MS, 'ms'),
      ]),
      ['(no review: 5 s idle, the machine alone)', idle.max.toFixed(1), idle.p99.toFixed(1), '', ''],
    ],
  );
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
