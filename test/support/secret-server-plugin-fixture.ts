import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import type { TestSettingsResponse } from '../../shared/ipc/responses';
import { startSecretServerSimulator, type SecretServerSimulator } from '../simulators/secret-server';
import { openTestCore } from './core-fixture';
import { API_PASSWORD, API_USER, testWorld } from './secret-server-world';
import { useTempDirs } from './temp-dir';

export type TestFailure = {
  code: string;
  message: string;
  hint?: string;
  serverText?: string;
  step?: string;
  approvalUrl?: string;
};

/**
 * The Secret Server plugin tests' set-up (secret-server-plugin*.test.ts): the real plugin, through
 * the real core, against the simulator over HTTP on 127.0.0.1. Call it inside a describe; `sim()`
 * is the simulator once beforeAll has run. Cores are closed and the simulator reset after each test.
 */
export function useSecretServerPlugin() {
  const tempDir = useTempDirs();
  let sim: SecretServerSimulator;
  const cores: Core[] = [];

  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
    sim.resetCalls();
    sim.clearFaults();
    sim.setLatency(0);
  });

  async function core(): Promise<Core> {
    const c = await openTestCore(tempDir(), [createSecretServerPlugin()]);
    cores.push(c);
    return c;
  }

  function settings(overrides: Record<string, unknown> = {}) {
    // The simulator speaks plain http on 127.0.0.1; HTTPS is covered by secret-server-tls.test.ts.
    return {
      endpointUrl: sim.url,
      allowUnencryptedHttp: true,
      apiUser: API_USER,
      apiPassword: API_PASSWORD,
      ...overrides,
    };
  }

  async function test(
    c: Core,
    user: string,
    endpoint: string,
    overrides: Record<string, unknown> = {},
  ): Promise<TestSettingsResponse> {
    return c.api.testSettings({ pluginId: 'secret-server', values: settings(overrides) as never, user, endpoint });
  }

  async function failure(
    c: Core,
    user: string,
    endpoint: string,
    overrides: Record<string, unknown> = {},
  ): Promise<TestFailure> {
    return test(c, user, endpoint, overrides).then(
      () => {
        throw new Error('expected the test to fail');
      },
      (err: TestFailure) => err,
    );
  }

  const ids = (r: TestSettingsResponse) => r.credentials.map((c) => c.id);
  const ops = () => sim.requests.map((r) => r.operation);

  return { sim: () => sim, tempDir, cores, core, settings, test, failure, ids, ops };
}
