import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { SSH_CONNECTIONS } from '../../electron/plugins/tpam/ssh-pool';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import { startSecretServerSimulator, type SecretServerSimulator, type SsWorld } from '../simulators/secret-server';
import { demoTpamWorld } from '../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../simulators/tpam/tpam-simulator';
import { openTestCore } from '../support/core-fixture';
import { API_PASSWORD, API_USER, testWorld } from '../support/secret-server-world';
import { useTempDirs } from '../support/temp-dir';
import { tpamSettings } from '../support/tpam-fixture';

// Load: 500 Test Settings requests across 50 users at once, against each simulator.
const USERS = 50;
const REQUESTS = 500;
const users = Array.from({ length: USERS }, (_, i) => `user${String(i + 1).padStart(2, '0')}`);

/** A real garbage collection, so "memory returns to its baseline" is measured, not guessed. */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function loadWorld(): SsWorld {
  const world = testWorld();
  world.users.push(...users.map((u) => ({ username: u, domain: 'CORP', password: 'x' })));
  world.approvals!.push(...users.map((u) => ({ apiUser: API_USER, user: `CORP\\${u}`, state: 'approved' as const })));
  world.secrets[0]!.viewers.push(...users.map((u) => `CORP\\${u}`));
  return world;
}

describe('load', () => {
  const tempDir = useTempDirs();
  let ss: SecretServerSimulator;
  let tpam: TpamSimulator;

  beforeAll(async () => {
    ss = await startSecretServerSimulator({ world: loadWorld(), latencyMs: 5 });
    const world = demoTpamWorld();
    world.users.push(...users.map((name) => ({ name })));
    world.policies.push(
      ...users.map((u) => ({ userName: u, policyName: 'Privileged Access', systemName: 'LINUXSRV01' })),
    );
    tpam = await startTpamSimulator({ world });
  });
  afterAll(async () => {
    await Promise.all([ss.close(), tpam.close()]);
  });

  it(`Secret Server: ${REQUESTS} requests for ${USERS} users, one Authenticate and one ImpersonateUser per user, memory back to its baseline`, async () => {
    const core = await openTestCore(tempDir(), [createSecretServerPlugin()]);
    const values = { endpointUrl: ss.url, allowUnencryptedHttp: true, apiUser: API_USER, apiPassword: API_PASSWORD };
    await core.api.testSettings({ pluginId: 'secret-server', values, user: 'CORP\\alice', endpoint: 'ws01' }); // warm-up
    ss.resetCalls();
    const baseline = heapAfterGc();
    const results = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) =>
        core.api.testSettings({
          pluginId: 'secret-server',
          values,
          user: `CORP\\${users[i % USERS]}`,
          endpoint: 'ws01',
        }),
      ),
    );
    expect(results.every((r) => r.credentials.some((c) => c.id === '1'))).toBe(true);
    expect(ss.calls.Authenticate).toBe(0); // the API token was cached by the warm-up
    expect(ss.calls.ImpersonateUser).toBe(USERS);
    expect(ss.calls.SearchSecretsByFieldValue).toBe(REQUESTS);
    const after = heapAfterGc();
    console.log(
      `[load] Secret Server: heap ${(baseline / 2 ** 20).toFixed(1)} MB before, ${(after / 2 ** 20).toFixed(1)} MB after ${REQUESTS} requests`,
    );
    expect(after - baseline).toBeLessThan(16 * 2 ** 20);
    await core.close();
  }, 120_000);

  it(`TPAM: ${REQUESTS} requests for ${USERS} users over a small pool of SSH connections, memory back to its baseline`, async () => {
    const core = await openTestCore(tempDir(), [createTpamPlugin({ idleMs: 30_000 })]);
    const values = tpamSettings(tpam, { authorization: 'policy' });
    await core.api.testSettings({ pluginId: 'tpam', values: values as never, user: 'jdoe', endpoint: '10.0.0.5' }); // warm-up
    const logins = tpam.logins.length;
    const baseline = heapAfterGc();
    const results = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) =>
        core.api.testSettings({
          pluginId: 'tpam',
          values: values as never,
          user: users[i % USERS]!,
          endpoint: '10.0.0.5',
        }),
      ),
    );
    expect(results.every((r) => r.credentials.length === 2)).toBe(true);
    // The warm-up's connection, reused, and at most the rest of the pool opened beside it.
    expect(tpam.logins.length - logins).toBeLessThanOrEqual(SSH_CONNECTIONS - 1);
    expect(tpam.refusedSessions).toBe(0);
    const after = heapAfterGc();
    console.log(
      `[load] TPAM: heap ${(baseline / 2 ** 20).toFixed(1)} MB before, ${(after / 2 ** 20).toFixed(1)} MB after ${REQUESTS} requests`,
    );
    expect(after - baseline).toBeLessThan(16 * 2 ** 20);
    await core.close();
  }, 180_000);
});
