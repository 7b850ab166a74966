import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../../electron/core/open-core';
import { demoTpamWorld } from '../../../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../../../simulators/tpam/tpam-simulator';
import { readLog } from '../../../support/core-fixture';
import { useTempDirs } from '../../../support/temp-dir';
import { openTpamCore, tpamSettings } from '../../../support/tpam-fixture';

// TPAM caches no tokens: Clear Token Cache closes its pooled SSH connections, seen from the simulator's side.
describe('Clear Token Cache for TPAM', () => {
  const tempDir = useTempDirs();
  let sim: TpamSimulator;
  const cores: Core[] = [];

  beforeAll(async () => {
    sim = await startTpamSimulator({ world: demoTpamWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
  });

  async function coreWithOpenConnection() {
    // A long idle time: only Clear Token Cache can close the connection during the test.
    const { core } = await openTpamCore(tempDir(), { idleMs: 600_000 });
    cores.push(core);
    await core.api.testSettings({
      pluginId: 'tpam',
      values: tpamSettings(sim) as never,
      user: 'CORP\\alice',
      endpoint: 'linuxsrv01',
    });
    await vi.waitFor(() => expect(sim.openConnections()).toBe(1));
    return core;
  }

  it('declares its cache as SSH connections, carried to the renderer', async () => {
    const { core } = await openTpamCore(tempDir());
    cores.push(core);
    expect((await core.api.listPlugins({})).find((p) => p.id === 'tpam')?.caches).toBe('ssh-connections');
  });

  it('closes the pooled SSH connection, says how many, and the next request reconnects', async () => {
    const core = await coreWithOpenConnection();
    const loginsBefore = sim.logins.length;
    const result = await core.api.clearTokenCache({ pluginId: 'tpam' });
    expect(result.cleared).toEqual([
      { pluginId: 'tpam', displayName: 'One Identity TPAM', caches: 'ssh-connections', count: 1 },
    ]);
    await vi.waitFor(() => expect(sim.openConnections()).toBe(0));
    expect(readLog(core)).toContain('1 SSH connection(s) closed.');

    const again = await core.api.clearTokenCache({ pluginId: 'tpam' });
    expect(again.cleared[0]?.count).toBe(0);

    await core.api.testSettings({
      pluginId: 'tpam',
      values: tpamSettings(sim) as never,
      user: 'CORP\\alice',
      endpoint: 'linuxsrv01',
    });
    expect(sim.logins.length).toBe(loginsBefore + 1);
  });

  it('closes every connection of the pool, says how many, and the next request reconnects', async () => {
    const { core, plugin } = await openTpamCore(tempDir(), { idleMs: 600_000 });
    cores.push(core);
    const values = tpamSettings(sim, { authorization: 'policy' }) as never;
    const loginsBefore = sim.logins.length;
    sim.setLatency(300);
    try {
      // More checks at once than one connection's channels: the pool opens further connections.
      await Promise.all(
        ['jdoe', 'asmith', 'bwayne', 'ckent'].map((user) =>
          core.api.testSettings({ pluginId: 'tpam', values, user, endpoint: '10.0.0.5' }),
        ),
      );
    } finally {
      sim.setLatency(0);
    }
    const open = plugin.pools().reduce((n, pool) => n + pool.size, 0);
    expect(open).toBeGreaterThan(1);
    expect(sim.logins.length - loginsBefore).toBe(open);
    const result = await core.api.clearTokenCache({ pluginId: 'tpam' });
    expect(result.cleared[0]?.count).toBe(open);
    await vi.waitFor(() => expect(sim.openConnections()).toBe(0));
    expect(readLog(core)).toContain(`${open} SSH connection(s) closed.`);
  });
});
