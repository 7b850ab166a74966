import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pluginContext } from '../../../../electron/core/api/plugin-context';
import { createRunMemo } from '../../../../electron/core/api/run-memo';
import { runTestSettings } from '../../../../electron/core/api/run-test-settings';
import type { Core } from '../../../../electron/core/open-core';
import { SSH_CONNECTIONS } from '../../../../electron/plugins/tpam/ssh-pool';
import type { RunMemo } from '../../../../shared/plugin/contract';
import { demoTpamWorld } from '../../../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../../../simulators/tpam/tpam-simulator';
import { useTempDirs } from '../../../support/temp-dir';
import { openTpamCore, tpamSettings } from '../../../support/tpam-fixture';

const USERS = ['jdoe', 'asmith', 'bwayne'];
const ENDPOINTS = ['10.0.0.5', '10.0.0.6'];

// Work shared across the pairs of one access review: counted from the simulator's command log.
describe('TPAM Test Settings with a run memo', () => {
  const tempDir = useTempDirs();
  let sim: TpamSimulator;
  let core: Core;

  beforeAll(async () => {
    sim = await startTpamSimulator({ world: demoTpamWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    await core.close();
    sim.commands.length = 0;
  });

  /** Every user on every endpoint at once, as a review runs them, in policy mode. */
  async function review(memo?: RunMemo) {
    core = (await openTpamCore(tempDir())).core;
    const logins = sim.logins.length;
    const values = tpamSettings(sim, { authorization: 'policy' }) as never;
    const results = await Promise.all(
      USERS.flatMap((user) =>
        ENDPOINTS.map((endpoint) =>
          runTestSettings(core, { pluginId: 'tpam', values, user, endpoint, ...(memo ? { memo } : {}) }),
        ),
      ),
    );
    const count = (name: string) => sim.commands.filter((c) => c.command.startsWith(`${name} `)).length;
    return {
      results,
      logins: sim.logins.length - logins,
      counts: {
        ListSystems: count('ListSystems'),
        ListAccounts: count('ListAccounts'),
        ListAssignedPolicies: count('ListAssignedPolicies'),
      },
    };
  }

  it('asks ListSystems once per endpoint and ListAccounts once per system, over a small pool of SSH connections', async () => {
    const shared = await review(createRunMemo());
    // 2 endpoints, 2 systems; 3 users x 4 accounts per-user policy checks.
    expect(shared.counts).toEqual({ ListSystems: 2, ListAccounts: 2, ListAssignedPolicies: 12 });
    // 12 checks at once: more than one connection's channels, never more than the pool's limit.
    expect(shared.logins).toBeGreaterThanOrEqual(1);
    expect(shared.logins).toBeLessThanOrEqual(SSH_CONNECTIONS);
    expect(shared.results.map((r) => [r.user, r.endpoint, r.credentials.length, r.reasons.length])).toEqual([
      ['jdoe', '10.0.0.5', 2, 0],
      ['jdoe', '10.0.0.6', 0, 2],
      ['asmith', '10.0.0.5', 0, 2],
      ['asmith', '10.0.0.6', 0, 2],
      ['bwayne', '10.0.0.5', 0, 2],
      ['bwayne', '10.0.0.6', 0, 2],
    ]);
  });

  it('without a shared memo every pair asks again, with the same answers', async () => {
    const shared = await review(createRunMemo());
    sim.commands.length = 0;
    await core.close();
    const alone = await review();
    expect(alone.counts).toEqual({ ListSystems: 6, ListAccounts: 6, ListAssignedPolicies: 12 });
    expect(alone.results).toEqual(
      shared.results.map((r) => ({ ...r, ms: expect.any(Number) as number, steps: expect.any(Array) as unknown[] })),
    );
    // A caller that passes no memo at all (an older core) gets the same answer too.
    const plugin = core.registry.get('tpam');
    const values = await core.settings.resolve('tpam', plugin.settings, tpamSettings(sim) as never, {
      useStored: false,
    });
    const direct = await plugin.testSettings(
      values,
      { user: 'jdoe', endpoint: '10.0.0.5' },
      pluginContext(plugin, core, new AbortController().signal),
    );
    expect(direct.credentials.map((c) => c.id)).toEqual(['root@LINUXSRV01', 'oracle@LINUXSRV01']);
  });
});
