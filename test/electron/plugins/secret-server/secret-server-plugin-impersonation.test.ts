import { beforeAll, describe, expect, it } from 'vitest';
import type { SecretServerSimulator } from '../../../simulators/secret-server';
import { readLog } from '../../../support/core-fixture';
import { useSecretServerPlugin } from '../../../support/secret-server-plugin-fixture';

// The real plugin, through the real core, against the simulator over HTTP on 127.0.0.1.
describe('Secret Server plugin against the simulator: impersonation', () => {
  const fixture = useSecretServerPlugin();
  const { core, test, failure, ids } = fixture;
  let sim: SecretServerSimulator;
  beforeAll(() => {
    sim = fixture.sim();
  });

  it.each([
    ['CORP\\alice', {}, { username: 'alice', domain: 'CORP' }],
    ['alice@CORP', {}, { username: 'alice', domain: 'CORP' }],
    ['alice', { defaultDomainForLocalUsers: 'CORP' }, { username: 'alice', domain: 'CORP' }],
    ['dave', {}, { username: 'dave', domain: '' }],
  ])('impersonates %s as %o', async (user, overrides, expected) => {
    await test(await core(), user, 'ws01', overrides);
    expect(sim.requests.find((r) => r.operation === 'ImpersonateUser')!.args).toMatchObject(expected);
  });

  it('falls back to the local account only when enabled', async () => {
    const c = await core();
    const refused = await failure(c, 'CORP\\dave', 'ws01');
    expect(refused.code).toBe('NOT_AUTHORIZED');
    expect(refused.message).toContain('ImpersonateUser');
    expect(refused.serverText).toBe('The user to impersonate was not found.');
    sim.resetCalls();
    const result = await test(c, 'CORP\\dave', 'ws01', { fallbackToLocalAccount: true });
    expect(ids(result)).toEqual(['8']);
    expect(sim.requests.filter((r) => r.operation === 'ImpersonateUser').map((r) => r.args.domain)).toEqual([
      'CORP',
      '',
    ]);
    expect(result.steps.map((s) => [s.name, s.ok])).toEqual([
      ['Authenticate API account svc-ecm', true],
      ['Impersonate CORP\\dave', false],
      ['Impersonate dave (local Secret Server user)', true],
      ['Search Machine = ws01', true],
    ]);
  });

  it('tries the default domain first, then the local account', async () => {
    const result = await test(await core(), 'dave', 'ws01', {
      defaultDomainForLocalUsers: 'CORP',
      fallbackToLocalAccount: true,
    });
    expect(ids(result)).toEqual(['8']);
  });

  it('reports a pending approval with the approval URL, logs it, and does not fall back', async () => {
    const c = await core();
    const err = await failure(c, 'CORP\\carol', 'ws01', { fallbackToLocalAccount: true });
    expect(err.code).toBe('PENDING_APPROVAL');
    expect(err.message).toBe(
      "Authentication succeeded, but permission to access CORP\\carol's secrets is pending approval.",
    );
    expect(err.serverText).toMatch(
      /Approval page: http:\/\/127\.0\.0\.1:\d+\/SecretServer\/ManageApplications\.aspx\?request=/,
    );
    // The URL is a field of its own too, so the app can offer it as a link without parsing the text.
    expect(err.approvalUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/SecretServer\/ManageApplications\.aspx\?request=\S+$/);
    expect(err.serverText).toContain(`Approval page: ${err.approvalUrl}`);
    expect(sim.calls.ImpersonateUser).toBe(1);
    const log = readLog(c);
    expect(log).toContain('API account svc-ecm authenticated.');
    expect(log).toMatch(
      /authenticated successfully, but permission to access CORP\\carol's secrets is pending approval/,
    );
  });

  it("reports a refused login with the server's text, and a missing impersonate permission verbatim", async () => {
    const c = await core();
    const login = await failure(c, 'CORP\\alice', 'ws01', { apiPassword: 'Wrong-Marker-Pass-9' });
    expect(login).toMatchObject({
      code: 'LOGIN_FAILED',
      serverText: 'Login failed.',
      step: 'Authenticate API account svc-ecm',
    });
    const noImp = await failure(c, 'CORP\\alice', 'ws01', { apiUser: 'svc-noimp', apiPassword: 'No-Imp-Pass-1' });
    expect(noImp).toMatchObject({
      code: 'NOT_AUTHORIZED',
      serverText: 'You do not have the Web Services Impersonate permission.',
    });
    // One hint for both causes: Secret Server's words do not say which applies.
    expect(noImp.hint).toContain('not known to Secret Server under that name');
    expect(noImp.hint).toContain('Web Services Impersonate');
    const denied = await failure(c, 'CORP\\erin', 'ws01');
    expect(denied.code).toBe('NOT_AUTHORIZED');
    expect(denied.serverText).toContain('denied');
  });
});
