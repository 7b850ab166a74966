import { SSH_CHANNELS_PER_CONNECTION, SSH_CONNECTIONS } from '../../../electron/plugins/tpam/ssh-pool';
import { atMost, exactly } from './goals';
import { reviewLowerBoundMs } from './lower-bound';
import { SEARCH_AS_API, SEARCH_AS_USER_DOMAIN, SEARCH_AS_USER_MACHINE } from './sim-counters';
import * as ss from './ss-review-world';
import * as tpam from './tpam-review-world';
import { printTable } from '../bench-stats';
import {
  CONCURRENCY,
  ENDPOINTS,
  fmt,
  LATENCY_MS,
  RATIO_GOAL,
  STALL_GOAL_MS,
  USERS,
  type ReviewRun,
} from './review-setup';

/** The access benchmark's tables for the 1,000-pair reviews: speed, calls, outcomes, stalls. */
/** Each operation's count when every shared lookup is made once, and the goal where it sets one. */
function expectations(run: ReviewRun): Map<string, { once: string; goal?: number; atMost?: number }> {
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
  const lanes = SSH_CONNECTIONS * SSH_CHANNELS_PER_CONNECTION;
  return new Map([
    // The "one SSH connection (a small pool if the server's session limit is the bottleneck)".
    ['SSH logins (connections)', { once: `≤ ${SSH_CONNECTIONS} (a small pool)`, atMost: SSH_CONNECTIONS }],
    ['ListSystems', { once: `${e.listSystems} (one per endpoint)` }],
    ['ListAccounts', { once: `${e.listAccounts} (one per system)` }],
    [
      'most commands in flight at once',
      {
        once: `≤ ${lanes} (${SSH_CONNECTIONS} connections × ${SSH_CHANNELS_PER_CONNECTION} channels; ${CONCURRENCY} pairs × 1–3 accounts want more)`,
      },
    ],
    ['ListRequestDetails', { once: `${fmt(e.checks)} (one --Status All per user and account: verdict and reasons)` }],
  ]);
}

function boundOf(run: ReviewRun): number {
  return reviewLowerBoundMs({ latencyMs: LATENCY_MS, concurrency: CONCURRENCY, ...run.counters });
}

export function printRuns(runs: ReviewRun[], idle: { max: number; p99: number }): void {
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
          const goal =
            e?.goal !== undefined ? exactly(n, e.goal) : e?.atMost !== undefined ? atMost(n, e.atMost) : ['', ''];
          return [r.kind, op, fmt(n), e?.once ?? '', ...goal];
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
