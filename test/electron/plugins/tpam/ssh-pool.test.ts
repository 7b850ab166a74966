import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SshPool, type SshTarget } from '../../../../electron/plugins/tpam/ssh-pool';
import { demoTpamWorld } from '../../../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../../../simulators/tpam/tpam-simulator';
import { tpamSettings } from '../../../support/tpam-fixture';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const COMMAND = 'ListSystems --NetworkAddress 10.0.0.5';

// The pool's own bookkeeping, against the real SSH simulator: how many channels run at once and
// when the idle connection is closed. An access review calls ready() once per pair.
describe('SshPool', () => {
  let sim: TpamSimulator;

  beforeAll(async () => {
    sim = await startTpamSimulator({ world: demoTpamWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });

  function target(overrides: Partial<SshTarget>): SshTarget {
    const s = tpamSettings(sim);
    return {
      host: sim.host,
      port: sim.port,
      username: s.server_user as string,
      privateKey: s.server_user_key as string,
      knownHosts: s.server_public_key as string,
      timeoutSeconds: 10,
      ...overrides,
    };
  }

  /** The most commands the simulator saw running at once, from arrival times and the set latency. */
  function mostAtOnce(from: number, latencyMs: number): number {
    const starts = sim.commands.slice(from).map((c) => c.at);
    return Math.max(...starts.map((t) => starts.filter((u) => u >= t && u < t + latencyMs).length));
  }

  it('keeps the connection open while commands run, however often ready() is called', async () => {
    const pool = new SshPool(target({ idleMs: 150 }), quiet);
    sim.setLatency(600);
    try {
      await pool.ready();
      await pool.ready(); // a second idle timer here once closed the connection under the command below
      const result = await pool.exec(COMMAND, AbortSignal.timeout(10_000));
      expect(result.exitCode).toBe(0);
      expect(pool.connects).toBe(1);
    } finally {
      sim.setLatency(0);
      pool.close();
    }
  });

  it('never runs more commands at once than its channel bound, even when ready() is called meanwhile', async () => {
    // One connection, so its channel bound is the bound on all commands at once.
    const pool = new SshPool(target({ maxChannels: 2, maxConnections: 1, idleMs: 60_000 }), quiet);
    const latencyMs = 400;
    sim.setLatency(latencyMs);
    const from = sim.commands.length;
    try {
      await pool.ready();
      const runs = Array.from({ length: 6 }, () => pool.exec(COMMAND, AbortSignal.timeout(20_000)));
      // ready() as a review's other pairs call it while commands wait for a channel.
      await Promise.all([pool.ready(), pool.ready(), pool.ready()]);
      await Promise.all(runs);
      expect(sim.commands.length - from).toBe(6);
      expect(mostAtOnce(from, latencyMs)).toBeLessThanOrEqual(2);
    } finally {
      sim.setLatency(0);
      pool.close();
    }
  });
});
