import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { openCore, type Core } from '../../electron/core/open-core';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { DEMO_CLI_USER, demoCliKey, demoTpamWorld } from '../simulators/tpam/demo-world';
import { startTpamSimulator } from '../simulators/tpam/tpam-simulator';
import { tpamSettings } from '../support/tpam-fixture';
import { median, printTable } from './bench-stats';

/**
 * TPAM Test Settings (gateway mode: ListSystems then ListAccounts) against the simulator with
 * injected latency per command, 50 sequential and 50 concurrent lookups, side by side with the way
 * scripts use TPAM today: one OpenSSH `ssh -i key user@host <command>` process per command.
 */
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const run = promisify(execFile);

async function main(): Promise<void> {
  const sim = await startTpamSimulator({ world: demoTpamWorld() });
  sim.setLatency(LATENCY_MS);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ecm-bench-tpam-'));
  try {
    const core: Core = await openCore({ dataDir: dir, plugins: [createTpamPlugin({ idleMs: 10_000 })] });
    const values = tpamSettings(sim) as never;
    const lookup = async () => {
      const started = performance.now();
      await core.api.testSettings({ pluginId: 'tpam', values, user: 'jdoe', endpoint: '10.0.0.5' });
      return performance.now() - started;
    };
    await lookup(); // connect once, as a running gateway would be
    const sequential: number[] = [];
    for (let i = 0; i < RUNS; i++) sequential.push(await lookup());
    const concurrentStart = performance.now();
    const concurrent = await Promise.all(Array.from({ length: RUNS }, () => lookup()));
    const concurrentWall = performance.now() - concurrentStart;
    await core.close();

    // The OpenSSH peer: one process (and one SSH handshake) per command.
    const keyFile = path.join(dir, 'id_cli');
    writeFileSync(keyFile, demoCliKey().privateKey, { mode: 0o600 });
    const knownHosts = path.join(dir, 'known_hosts');
    writeFileSync(knownHosts, `${sim.hostKeys.map((k) => k.knownHostsLine).join('\n')}\n`);
    const ssh = (command: string) =>
      run(
        'ssh',
        [
          '-i',
          keyFile,
          '-p',
          String(sim.port),
          '-o',
          `UserKnownHostsFile=${knownHosts}`,
          '-o',
          'StrictHostKeyChecking=yes',
          '-o',
          'BatchMode=yes',
          '-o',
          'IdentitiesOnly=yes',
          `${DEMO_CLI_USER}@${sim.host}`,
          command,
        ],
        { timeout: 20_000 },
      );
    const opensshLookup = async () => {
      const started = performance.now();
      await ssh('ListSystems --NetworkAddress 10.0.0.5');
      await ssh('ListAccounts --SystemName LINUXSRV01');
      return performance.now() - started;
    };
    const openssh: number[] = [];
    let opensshNote = '';
    try {
      for (let i = 0; i < Math.min(RUNS, 20); i++) openssh.push(await opensshLookup());
    } catch (err) {
      opensshNote = `OpenSSH peer not measured: ${(err as Error).message.split('\n')[0]}`;
    }
    const limit = 2 * LATENCY_MS; // two commands on the critical path
    const rows: (string | number)[][] = [
      ['ECM, sequential', RUNS, median(sequential).toFixed(1), limit, (median(sequential) / limit).toFixed(2)],
      [
        'ECM, 50 at once (per lookup)',
        RUNS,
        median(concurrent).toFixed(1),
        limit,
        (median(concurrent) / limit).toFixed(2),
      ],
      ['ECM, 50 at once (wall clock)', 1, concurrentWall.toFixed(1), '', ''],
    ];
    if (openssh.length)
      rows.push([
        'OpenSSH, one ssh per command',
        openssh.length,
        median(openssh).toFixed(1),
        limit,
        (median(openssh) / limit).toFixed(2),
      ]);
    printTable(
      `TPAM Test Settings lookups, ${LATENCY_MS} ms injected latency per command (node ${process.version})`,
      ['case', 'runs', 'median ms', 'limit ms', 'ratio to limit'],
      rows,
    );
    if (openssh.length)
      console.log(
        `\nOpenSSH per command / ECM sequential: ${(median(openssh) / median(sequential)).toFixed(1)}x slower`,
      );
    if (opensshNote) console.log(`\n${opensshNote}`);
  } finally {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
