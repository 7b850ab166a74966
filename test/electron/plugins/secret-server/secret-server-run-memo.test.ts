import { beforeAll, describe, expect, it } from 'vitest';
import { createRunMemo } from '../../../../electron/core/api/run-memo';
import { runTestSettings } from '../../../../electron/core/api/run-test-settings';
import type { RunMemo } from '../../../../shared/plugin/contract';
import type { SecretServerSimulator } from '../../../simulators/secret-server';
import { useSecretServerPlugin } from '../../../support/secret-server-plugin-fixture';

// Shared work within one run (an access review): the simulator's call accounting says what was asked.
describe('Secret Server plugin: one run memo across many pairs', () => {
  const fixture = useSecretServerPlugin();
  const { core, settings } = fixture;
  let sim: SecretServerSimulator;
  beforeAll(() => {
    sim = fixture.sim();
  });

  async function runPairs(users: string[], endpoints: string[], memo: RunMemo) {
    const c = await core();
    const values = settings({ includeDomainCredentialsFor: ['CORP'] }) as never;
    const pairs = users.flatMap((user) => endpoints.map((endpoint) => ({ user, endpoint })));
    // All at once, as a review with enough concurrency would run them.
    return Promise.allSettled(
      pairs.map((p) => runTestSettings(c, { pluginId: 'secret-server', values, useStored: false, memo, ...p })),
    );
  }

  it('3 users × 2 endpoints: one Authenticate, one ImpersonateUser per user, each search once', async () => {
    const outcomes = await runPairs(
      ['CORP\\alice', 'CORP\\bob', 'dave'],
      ['ws01', 'app01.corp.example'],
      createRunMemo(),
    );
    expect(outcomes.map((o) => o.status)).toEqual(Array(6).fill('fulfilled'));
    // Per user: Machine = ws01, app01.corp.example, app01 and Domain = CORP (shared by both
    // endpoints): 4 × 3 users = 12. The API account's own "why not" searches, once per term for the
    // whole run: app01.corp.example and app01 (bob and dave see no app01 secret), CORP (neither
    // sees a CORP domain secret): 3.
    expect(sim.calls).toMatchObject({
      Authenticate: 1,
      ImpersonateUser: 3,
      SearchSecretsByFieldValue: 15,
      GetTokenIsValid: 0,
      GetSecret: 0,
    });
    const terms = sim.requests
      .filter((r) => r.operation === 'SearchSecretsByFieldValue')
      .map((r) => String(r.args.searchTerm))
      .sort();
    expect(terms).toEqual(
      [
        ...Array(4).fill('app01'), // alice, bob, dave, API account
        ...Array(4).fill('app01.corp.example'),
        ...Array(4).fill('CORP'),
        ...Array(3).fill('ws01'),
      ].sort(),
    );
  });

  it('asks once per run about a user the back end refuses, however many endpoints', async () => {
    const memo = createRunMemo();
    const c = await core();
    const codes: string[] = [];
    // One after the other: concurrent callers would share the token cache's one fetch anyway.
    for (const endpoint of ['ws01', 'ws02', 'ws03']) {
      const values = settings() as never;
      await runTestSettings(c, {
        pluginId: 'secret-server',
        values,
        useStored: false,
        memo,
        user: 'CORP\\erin',
        endpoint,
      }).then(
        () => codes.push('ok'),
        (err: { code: string }) => codes.push(err.code),
      );
    }
    expect(codes).toEqual(['NOT_AUTHORIZED', 'NOT_AUTHORIZED', 'NOT_AUTHORIZED']);
    expect(sim.calls.ImpersonateUser).toBe(1);
  });

  it('marks the steps another pair already did as shared within this run', async () => {
    const memo = createRunMemo();
    const c = await core();
    const run = (endpoint: string) =>
      runTestSettings(c, {
        pluginId: 'secret-server',
        values: settings() as never,
        useStored: false,
        memo,
        user: 'CORP\\bob',
        endpoint,
      });
    await run('ws01');
    const second = await run('ws02');
    expect(second.steps.slice(0, 2).map((s) => s.detail)).toEqual(['shared within this run', 'shared within this run']);
    expect(sim.calls).toMatchObject({ Authenticate: 1, ImpersonateUser: 1 });
  });
});
