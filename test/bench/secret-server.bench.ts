import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore, type Core } from '../../electron/core/open-core';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { startSecretServerSimulator } from '../simulators/secret-server';
import { API_PASSWORD, API_USER, testWorld } from '../support/secret-server-world';
import { median, printTable } from './bench-stats';

/**
 * Test Settings against the simulator with injected latency per request, cold (nothing cached,
 * new connections) and warm (tokens cached, connection kept alive). The physical limit is the
 * round trips on the critical path × the injected latency; the ratio says how close we come.
 */
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

async function main(): Promise<void> {
  const sim = await startSecretServerSimulator({ world: testWorld(), latencyMs: LATENCY_MS });
  const dirs: string[] = [];
  const newCore = async (): Promise<Core> => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ecm-bench-'));
    dirs.push(dir);
    return openCore({ dataDir: dir, plugins: [createSecretServerPlugin()] });
  };
  const values = { endpointUrl: sim.url, allowUnencryptedHttp: true, apiUser: API_USER, apiPassword: API_PASSWORD };
  const once = async (core: Core) => {
    sim.resetCalls();
    const started = performance.now();
    await core.api.testSettings({ pluginId: 'secret-server', values, user: 'CORP\\alice', endpoint: 'ws01' });
    const ms = performance.now() - started;
    return { ms, roundTrips: Object.values(sim.calls).reduce((a, b) => a + b, 0) };
  };

  const cold: { ms: number; roundTrips: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const core = await newCore();
    cold.push(await once(core));
    await core.close();
  }
  const warmCore = await newCore();
  await once(warmCore);
  const warm: { ms: number; roundTrips: number }[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await once(warmCore));
  await warmCore.close();
  await sim.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });

  // Authenticate → ImpersonateUser → Search are sequential; one search for a bare host name.
  const rows = [
    ['cold', cold, 3],
    ['warm', warm, 1],
  ] as const;
  printTable(
    `Secret Server Test Settings, ${RUNS} runs each, ${LATENCY_MS} ms injected latency per request (node ${process.version})`,
    ['case', 'round trips', 'critical path', 'median ms', 'limit ms', 'ratio'],
    rows.map(([name, runs, critical]) => {
      const m = median(runs.map((r) => r.ms));
      return [
        name,
        median(runs.map((r) => r.roundTrips)),
        critical,
        m.toFixed(1),
        critical * LATENCY_MS,
        (m / (critical * LATENCY_MS)).toFixed(2),
      ];
    }),
  );
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
