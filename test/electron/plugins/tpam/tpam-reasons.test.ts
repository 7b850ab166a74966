import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/open-core';
import type { TestSettingsResponse } from '../../../../shared/ipc/responses';
import { demoTpamWorld } from '../../../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../../../simulators/tpam/tpam-simulator';
import type { TpamWorld } from '../../../simulators/tpam/world';
import { useTempDirs } from '../../../support/temp-dir';
import { openTpamCore, tpamSettings } from '../../../support/tpam-fixture';

const HOUR = 3_600_000;

/**
 * The demo TPAM plus the cases Test Settings must explain: APPSRV03 with one account per request
 * state of jdoe (expired, approved for later, denied, none), EMPTY01 without accounts, and
 * WEB07-PROD known to TPAM only by its network address.
 */
function reasonsWorld(): TpamWorld {
  const now = Date.now();
  const world = demoTpamWorld(new Date(now));
  world.systems.push(
    { name: 'APPSRV03', networkAddress: '10.0.0.7' },
    { name: 'EMPTY01', networkAddress: '10.0.0.8' },
    { name: 'WEB07-PROD', networkAddress: 'web07.corp.example' },
  );
  for (const accountName of ['app', 'deploy', 'batch', 'nobody']) {
    world.accounts.push({ systemName: 'APPSRV03', accountName, password: `${accountName}-Pw-1` });
  }
  const request = (requestId: string, accountName: string, status: 'Active' | 'Approved' | 'Denied', from: number) => ({
    requestId,
    requestorName: 'jdoe',
    systemName: 'APPSRV03',
    accountName,
    status,
    submittedAt: new Date(now - 3 * HOUR),
    startsAt: new Date(now + from * HOUR),
    endsAt: new Date(now + (from + 1) * HOUR),
  });
  world.requests.push(
    request('1-3001', 'app', 'Active', -2), // its window ended an hour ago
    request('1-3002', 'deploy', 'Approved', 1), // its window starts in an hour
    request('1-3003', 'batch', 'Denied', 0),
    { ...request('1-3004', 'oracle', 'Active', 0), systemName: 'LINUXSRV01', status: 'Pending' },
  );
  return world;
}

// Why Test Settings found nothing usable, as reasons, against the SSH simulator.
describe('TPAM Test Settings reasons', () => {
  const tempDir = useTempDirs();
  let sim: TpamSimulator;
  const cores: Core[] = [];
  const reverse = async (ip: string) => (ip === '10.0.0.5' ? ['linuxsrv01.example.com'] : []);

  beforeAll(async () => {
    sim = await startTpamSimulator({ world: reasonsWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
    sim.commands.length = 0;
  });

  async function test(user: string, endpoint: string, overrides: Record<string, unknown> = {}) {
    const { core } = await openTpamCore(tempDir(), { reverseLookup: reverse });
    cores.push(core);
    return core.api.testSettings({ pluginId: 'tpam', values: tpamSettings(sim, overrides) as never, user, endpoint });
  }
  const why = (r: TestSettingsResponse) => r.reasons.map((x) => [x.credential, x.code]);
  const sent = () => sim.commands.map((c) => c.command);

  it('no-system: an address ListSystems does not know, naming the lookup and the settings in effect', async () => {
    const result = await test('jdoe', '10.9.9.9', { system_prefix: 'PSM_' });
    expect(result.credentials).toEqual([]);
    expect(result.reasons).toEqual([
      {
        code: 'no-system',
        text: "10.9.9.9 resolved to no TPAM system with System name resolver (system_name_resolver) set to tpam: ListSystems --NetworkAddress 10.9.9.9 found none (System prefix (system_prefix) 'PSM_'; Map to real account and system (system_maptoreal) off).",
      },
    ]);
    expect(result.steps.every((s) => s.ok)).toBe(true);
  });

  it('no-system: an address without a reverse DNS name (dns resolver)', async () => {
    const result = await test('jdoe', '10.0.0.6', { system_name_resolver: 'dns', system_maptoreal: true });
    expect(result.reasons).toEqual([
      {
        code: 'no-system',
        text: '10.0.0.6 resolved to no TPAM system with System name resolver (system_name_resolver) set to dns: reverse DNS of 10.0.0.6 gave no name (System prefix (system_prefix) empty; Map to real account and system (system_maptoreal) on).',
      },
    ]);
    expect(sent()).toEqual([]);
  });

  it('no-system: a host name whose first label is no system, naming the system TPAM has for it', async () => {
    const result = await test('jdoe', 'web07.corp.example');
    expect(why(result)).toEqual([[undefined, 'no-system']]);
    expect(result.reasons[0]!.text).toBe(
      'web07.corp.example resolved to the system name web07 (first label of the host name), which TPAM does not have: ' +
        'ListSystems --SystemName web07 found none; ListSystems --NetworkAddress web07.corp.example found WEB07-PROD; ' +
        'ListSystems --NetworkAddress web07 found none (System prefix (system_prefix) empty; Map to real account and system (system_maptoreal) off). ' +
        'TPAM knows web07.corp.example as WEB07-PROD: name the system web07 in TPAM, or test with its IP address.',
    );
    expect(sent()).toEqual([
      'ListAccounts --SystemName web07',
      'ListSystems --SystemName web07',
      'ListSystems --NetworkAddress web07.corp.example',
      'ListSystems --NetworkAddress web07',
    ]);
  });

  it('no-accounts: the system exists but lists no account, found by address or by name', async () => {
    for (const endpoint of ['10.0.0.8', 'empty01']) {
      const result = await test('jdoe', endpoint);
      expect(result.reasons).toEqual([
        {
          code: 'no-accounts',
          text: 'TPAM system EMPTY01 lists no accounts for the ISA CLI user (server_user) isacli: it has none, or that user has no ISA policy covering them.'.replace(
            'EMPTY01',
            endpoint === 'empty01' ? 'empty01' : 'EMPTY01',
          ),
        },
      ]);
    }
  });

  it('approval: each account without an active request says whether one is pending, approved for later, expired, closed or missing', async () => {
    const app = await test('jdoe', '10.0.0.7', { authorization: 'approval' });
    expect(app.credentials).toEqual([]);
    expect(why(app)).toEqual([
      ['app@APPSRV03', 'request-expired'],
      ['deploy@APPSRV03', 'request-not-started'],
      ['batch@APPSRV03', 'request-closed'],
      ['nobody@APPSRV03', 'no-active-request'],
    ]);
    const text = app.reasons.map((r) => r.text);
    expect(text[0]).toMatch(/^jdoe's request 1-3001 for app on APPSRV03 has expired \(ended \d{4}-\d\d-\d\d /);
    expect(text[1]).toMatch(
      /^jdoe's request 1-3002 for deploy on APPSRV03 is approved, but its release window has not started/,
    );
    expect(text[2]).toBe("jdoe's request 1-3003 for batch on APPSRV03 is Denied; no request is active.");
    expect(text[3]).toBe(
      'jdoe has no request for nobody on APPSRV03; Authorization (authorization) approval needs an active, approved one.',
    );
    expect(sent()).toContain(
      'ListRequestDetails --RequestorName jdoe --AccountName app --SystemName APPSRV03 --Status All',
    );

    const linux = await test('jdoe', '10.0.0.5', { authorization: 'approval' });
    expect(linux.credentials.map((c) => [c.id, c.detail])).toEqual([['root@LINUXSRV01', 'request 1-2345']]);
    expect(linux.reasons).toEqual([
      {
        code: 'request-pending',
        credential: 'oracle@LINUXSRV01',
        text: "jdoe's request 1-3004 for oracle on LINUXSRV01 is pending approval.",
      },
    ]);
  });

  it('approval: one ListRequestDetails per account gives the verdict and the reasons, never a second round', async () => {
    const requests = () => sent().filter((c) => c.startsWith('ListRequestDetails '));
    // Four accounts, none usable: each reason comes from the one answer already read.
    await test('jdoe', '10.0.0.7', { authorization: 'approval' });
    expect(requests()).toEqual(
      ['app', 'deploy', 'batch', 'nobody'].map(
        (a) => `ListRequestDetails --RequestorName jdoe --AccountName ${a} --SystemName APPSRV03 --Status All`,
      ),
    );
    sim.commands.length = 0;
    // One usable account and one pending: still one command each.
    const linux = await test('jdoe', '10.0.0.5', { authorization: 'approval' });
    expect(linux.credentials.map((c) => c.id)).toEqual(['root@LINUXSRV01']);
    expect(requests()).toHaveLength(2);
    expect(new Set(requests().map((c) => c.replace(/ --AccountName \S+/, '')))).toEqual(
      new Set(['ListRequestDetails --RequestorName jdoe --SystemName LINUXSRV01 --Status All']),
    );
  });

  it('policy: names the policies found instead of the required one, or says there are none', async () => {
    const asmith = await test('asmith', '10.0.0.5', { authorization: 'policy' });
    expect(asmith.reasons).toEqual([
      {
        code: 'no-policy',
        credential: 'root@LINUXSRV01',
        text: "asmith has no 'Privileged Access' policy for root on LINUXSRV01 (the Required policy (required_policy) of Authorization (authorization) policy): policies found: 'Approver'.",
      },
      expect.objectContaining({ code: 'no-policy', credential: 'oracle@LINUXSRV01' }),
    ]);
    const jdoe = await test('jdoe', '10.0.0.6', { authorization: 'policy' });
    expect(why(jdoe)).toEqual([
      ['Administrator@WINSRV02', 'no-policy'],
      ['svc_backup@WINSRV02', 'no-policy'],
    ]);
    expect(jdoe.reasons[0]!.text).toContain('no password policy is assigned.');
  });

  it('not-mapped: system_maptoreal with an empty AccountCustom1/AccountCustom2; the mapped account stays usable', async () => {
    const result = await test('jdoe', '10.0.0.5', { system_maptoreal: true });
    expect(result.credentials.map((c) => [c.id, c.detail])).toEqual([
      ['root@LINUXSRV01', 'maps to realroot on REALSYS'],
    ]);
    expect(result.reasons).toEqual([
      {
        code: 'not-mapped',
        credential: 'oracle@LINUXSRV01',
        text: 'oracle on LINUXSRV01 has no real account and system for Map to real account and system (system_maptoreal): AccountCustom1 (Real Account) and AccountCustom2 (Real System) are empty.',
      },
    ]);
  });

  it('a usable account has no reason', async () => {
    const result = await test('jdoe', '10.0.0.5', { authorization: 'policy' });
    expect(result.credentials).toHaveLength(2);
    expect(result.reasons).toEqual([]);
  });
});
