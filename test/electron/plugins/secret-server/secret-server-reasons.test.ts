import { beforeAll, describe, expect, it } from 'vitest';
import type { SecretServerSimulator } from '../../../simulators/secret-server';
import { useSecretServerPlugin } from '../../../support/secret-server-plugin-fixture';
import { MAX_LISTED } from '../../../../electron/plugins/secret-server/why-not';
import { API_USER } from '../../../support/secret-server-world';

// "Why not": the real plugin, through the real core, against the SOAP simulator on 127.0.0.1.
describe('Secret Server plugin: reasons when a search finds nothing', () => {
  const fixture = useSecretServerPlugin();
  const { core, test, failure, ids } = fixture;
  let sim: SecretServerSimulator;
  beforeAll(() => {
    sim = fixture.sim();
  });

  const searches = () => sim.requests.filter((r) => r.operation === 'SearchSecretsByFieldValue');
  /** The API account's own token is the one ImpersonateUser was called with. */
  const apiToken = () => sim.requests.find((r) => r.operation === 'ImpersonateUser')!.args.token;

  it('names each secret the API account sees but the user may not, with its Secret ID', async () => {
    const result = await test(await core(), 'CORP\\bob', 'app01.corp.example');
    expect(result.credentials).toEqual([]);
    expect(result.reasons).toEqual([
      {
        code: 'no-machine-secret',
        text: 'No secret that CORP\\bob may view has "app01.corp.example" or "app01" in its Machine field (Machine Field).',
      },
      {
        code: 'machine-secret-not-viewable',
        credential: 'APP01 service',
        text: `Secret ID 14 "APP01 service" has "app01.corp.example" in its Machine field, but CORP\\bob may not view it (the API account ${API_USER} may).`,
      },
      {
        code: 'machine-secret-not-viewable',
        credential: 'APP01 admin',
        text: `Secret ID 13 "APP01 admin" has "app01" in its Machine field, but CORP\\bob may not view it (the API account ${API_USER} may).`,
      },
    ]);
    // Two searches as bob, then the same two with the API account's token; no secret is read.
    const byApi = searches().filter((r) => r.args.token === apiToken());
    expect(byApi.map((r) => r.args.searchTerm)).toEqual(['app01.corp.example', 'app01']);
    expect(searches()).toHaveLength(4);
    expect(sim.calls.GetSecret).toBe(0);
    expect(result.steps.map((s) => s.name).slice(-2)).toEqual([
      `Search Machine = app01.corp.example as API account ${API_USER}`,
      `Search Machine = app01 as API account ${API_USER}`,
    ]);
  });

  it('says both cases are possible when the API account finds nothing either', async () => {
    const result = await test(await core(), 'CORP\\bob', 'web07');
    expect(result.reasons).toEqual([
      {
        code: 'no-machine-secret',
        text: 'No secret that CORP\\bob may view has "web07" in its Machine field (Machine Field).',
      },
      {
        code: 'no-machine-secret-for-api-account',
        text: `The API account ${API_USER} finds none either: either no secret has "web07" in its Machine field, or neither account may view it.`,
      },
    ]);
    expect(sim.calls.GetSecret).toBe(0);
  });

  it('explains each configured domain on its own, and nothing for searches that found something', async () => {
    const result = await test(await core(), 'CORP\\bob', 'ws01', { includeDomainCredentialsFor: ['DMZ', 'LAB'] });
    expect(ids(result)).toEqual(['1']);
    expect(result.reasons).toEqual([
      {
        code: 'no-domain-secret',
        text: 'No secret that CORP\\bob may view has "DMZ" in its Domain field (Domain Field).',
      },
      {
        code: 'domain-secret-not-viewable',
        credential: 'DMZ domain admin',
        text: `Secret ID 15 "DMZ domain admin" has "DMZ" in its Domain field, but CORP\\bob may not view it (the API account ${API_USER} may).`,
      },
      {
        code: 'no-domain-secret',
        text: 'No secret that CORP\\bob may view has "LAB" in its Domain field (Domain Field).',
      },
      {
        code: 'no-domain-secret-for-api-account',
        text: `The API account ${API_USER} finds none either: either no secret has "LAB" in its Domain field, or neither account may view it.`,
      },
    ]);
    // The machine search found WS01 admin, so it is not repeated with the API account's token.
    expect(
      searches()
        .filter((r) => r.args.token === apiToken())
        .map((r) => r.args.searchTerm),
    ).toEqual(['DMZ', 'LAB']);
    expect(sim.calls.GetSecret).toBe(0);
  });

  it('gives no reasons and makes no extra call when every search finds something', async () => {
    const result = await test(await core(), 'CORP\\alice', 'ws01');
    expect(result.reasons).toEqual([]);
    expect(searches()).toHaveLength(1);
  });

  it('shows the Secret ID of each credential found (the search results carry no user name)', async () => {
    const result = await test(await core(), 'CORP\\alice', 'app01');
    expect(result.credentials).toEqual([
      expect.objectContaining({ id: '13', name: 'APP01 admin', detail: 'Secret ID 13' }),
    ]);
    expect(result.credentials[0]!.username).toBeUndefined();
  });

  it('keeps the user answer and says so when the API account search itself fails', async () => {
    // bob's searches (Machine = ws01, Domain = DMZ) are answered; the third, the API account's, faults.
    sim.injectFault('SearchSecretsByFieldValue', 'soapFault', 1, 2);
    const result = await test(await core(), 'CORP\\bob', 'ws01', { includeDomainCredentialsFor: ['DMZ'] });
    expect(ids(result)).toEqual(['1']);
    expect(result.reasons.map((r) => r.code)).toEqual(['no-domain-secret', 'domain-search-as-api-account-failed']);
    expect(result.reasons[1]!.text).toMatch(
      new RegExp(
        `^The same search with the API account ${API_USER} failed, so it is not known whether such secrets exist: .+`,
      ),
    );
    expect(result.steps.at(-1)).toMatchObject({ name: `Search Domain = DMZ as API account ${API_USER}`, ok: false });
  });

  it('fails with the error when the back end is gone during the API account search', async () => {
    // bob's two searches are answered; the API account's connection is dropped. An unreachable
    // back end is no incomplete explanation: the error is the answer, so a review stops at once.
    sim.injectFault('SearchSecretsByFieldValue', 'drop', 1, 2);
    const err = await failure(await core(), 'CORP\\bob', 'ws01', { includeDomainCredentialsFor: ['DMZ'] });
    expect(err.code).toBe('CONNECT');
    expect(err.message).toContain('SearchSecretsByFieldValue');
  });

  it(`lists at most ${MAX_LISTED} hidden secrets one by one and counts the rest`, async () => {
    const added = Array.from({ length: MAX_LISTED + 3 }, (_, i) => ({
      id: 500 + i,
      name: `FARM01 account ${i}`,
      templateName: 'Windows Account',
      templateId: 6003,
      fields: { Machine: 'farm01', Username: `u${i}`, Password: `Ss-Farm-${i}-Pass` },
      viewers: [API_USER],
    }));
    sim.world.secrets.push(...added);
    try {
      const result = await test(await core(), 'CORP\\bob', 'farm01');
      const hidden = result.reasons.filter((r) => r.code === 'machine-secret-not-viewable');
      expect(hidden).toHaveLength(MAX_LISTED + 1);
      expect(hidden.filter((r) => r.credential !== undefined)).toHaveLength(MAX_LISTED);
      expect(hidden.at(-1)!.text).toBe(
        '3 more secrets with "farm01" in their Machine field that CORP\\bob may not view.',
      );
      expect(JSON.stringify(result)).not.toContain('Ss-Farm-');
    } finally {
      sim.world.secrets.splice(-added.length);
    }
  });
});
