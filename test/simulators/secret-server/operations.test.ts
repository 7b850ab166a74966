import type * as soap from 'soap';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  demoWorld,
  DEMO_API_ACCOUNT,
  startSecretServerSimulator,
  type SecretServerSimulator,
  type SsWorld,
} from './index';
import { soapClientFor } from './test-clients';

// The five operations' semantics, exercised the way the plugin will: node-soap built from the served WSDL.

type Result = Record<string, unknown> & { Errors?: { string: string[] } | null };

async function call(client: soap.Client, operation: string, args: Record<string, unknown>): Promise<Result> {
  const method = client[`${operation}Async`] as (
    a: Record<string, unknown>,
    o: object,
  ) => Promise<[Record<string, unknown> | null]>;
  const [response] = await method(args, { timeout: 5_000 });
  return (response?.[`${operation}Result`] ?? {}) as Result;
}

function errorsOf(result: Result): string[] {
  return result.Errors?.string ?? [];
}

async function tokenOf(
  client: soap.Client,
  username: string,
  password: string,
  domain = '',
  organization = '',
): Promise<string> {
  const result = await call(client, 'Authenticate', { username, password, organization, domain });
  expect(errorsOf(result)).toEqual([]);
  return result.Token as string;
}

async function impersonate(client: soap.Client, apiToken: string, username: string, domain = 'CORP'): Promise<Result> {
  return call(client, 'ImpersonateUser', { token: apiToken, username, organization: '', domain });
}

async function search(
  client: soap.Client,
  token: string,
  fieldName: string,
  searchTerm: string,
  flags: { showDeleted?: boolean; showRestricted?: boolean } = {},
): Promise<number[]> {
  const result = await call(client, 'SearchSecretsByFieldValue', {
    token,
    fieldName,
    searchTerm,
    showDeleted: flags.showDeleted ?? false,
    showRestricted: flags.showRestricted ?? false,
  });
  expect(errorsOf(result)).toEqual([]);
  const summaries = result.SecretSummaries as { SecretSummary: { SecretId: number }[] } | null;
  return (summaries?.SecretSummary ?? []).map((s) => s.SecretId).sort((a, b) => a - b);
}

async function getSecret(
  client: soap.Client,
  token: string,
  secretId: number,
  codeResponses?: { ErrorCode: string; Comment: string }[],
): Promise<Result> {
  return call(client, 'GetSecret', {
    token,
    secretId,
    loadSettingsAndPermissions: false,
    ...(codeResponses ? { codeResponses: { CodeResponse: codeResponses } } : {}),
  });
}

describe('Secret Server simulator: operations through a node-soap client', () => {
  let sim: SecretServerSimulator;
  let client: soap.Client;
  let apiToken: string;
  let aliceToken: string;
  let bobToken: string;

  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: demoWorld() });
    client = await soapClientFor(sim.url);
    apiToken = await tokenOf(client, DEMO_API_ACCOUNT.username, DEMO_API_ACCOUNT.password);
    aliceToken = (await impersonate(client, apiToken, 'alice')).Token as string;
    bobToken = (await impersonate(client, apiToken, 'bob')).Token as string;
  });

  afterAll(async () => {
    await sim.close();
  });

  describe('Authenticate', () => {
    it('issues a token for valid credentials and answers "Login failed." otherwise', async () => {
      const ok = await call(client, 'Authenticate', {
        username: 'alice',
        password: 'Alice-Passw0rd!',
        organization: '',
        domain: 'CORP',
      });
      expect(ok.Errors).toBeNull();
      expect(ok.Token).toMatch(/^[\w-]{20,}$/);

      const bad = await call(client, 'Authenticate', {
        username: 'alice',
        password: 'alice-passw0rd!',
        organization: '',
        domain: 'CORP',
      });
      expect(errorsOf(bad)).toEqual(['Login failed.']);
      expect(bad.Token).toBeUndefined();
    });

    it('matches user and domain case-insensitively and treats "" and "(local)" as local accounts', async () => {
      await tokenOf(client, 'ALICE', 'Alice-Passw0rd!', 'corp');
      await tokenOf(client, 'localadmin', 'Local-Admin-Passw0rd!', '(local)');
      await tokenOf(client, 'LocalAdmin', 'Local-Admin-Passw0rd!', '');
      const wrongDomain = await call(client, 'Authenticate', {
        username: 'localadmin',
        password: 'Local-Admin-Passw0rd!',
        organization: '',
        domain: 'CORP',
      });
      expect(errorsOf(wrongDomain)).toEqual(['Login failed.']);
    });

    it('fails an organization code on installed Secret Server', async () => {
      const result = await call(client, 'Authenticate', {
        username: 'alice',
        password: 'Alice-Passw0rd!',
        organization: 'ACME',
        domain: 'CORP',
      });
      expect(errorsOf(result)).toEqual(['Login failed.']);
    });
  });

  describe('ImpersonateUser', () => {
    it('gives an approved user a token that acts with that user’s permissions', async () => {
      const result = await impersonate(client, apiToken, 'alice');
      expect(result.Errors).toBeNull();
      expect(result.Token).toMatch(/^[\w-]{20,}$/);
      expect(await search(client, result.Token as string, 'Machine', 'ws02')).toEqual([102]);
      expect(await search(client, bobToken, 'Machine', 'ws02')).toEqual([]);
    });

    it('answers a pending approval with an error, an empty token and a stable AuthorizeURL', async () => {
      const first = await impersonate(client, apiToken, 'carol');
      expect(errorsOf(first)).toEqual(['The user must approve this application before it can act on their behalf.']);
      expect(first.Token ?? '').toBe('');
      expect(first.AuthorizeURL).toMatch(
        new RegExp(`^${sim.origin.replace(/\./g, '\\.')}/SecretServer/ManageApplications\\.aspx\\?request=\\d+$`),
      );
      const again = await impersonate(client, apiToken, 'carol');
      expect(again.AuthorizeURL).toBe(first.AuthorizeURL);
    });

    it('files a pending request on the first attempt and issues a token once it is approved', async () => {
      const before = await impersonate(client, apiToken, 'localadmin', '');
      expect(before.AuthorizeURL).toContain('/SecretServer/ManageApplications.aspx?request=');
      expect(sim.world.approvals).toContainEqual({ apiUser: 'svc-ecm', user: 'localadmin', state: 'pending' });

      sim.setApproval('svc-ecm', 'localadmin', 'approved');
      const after = await impersonate(client, apiToken, 'localadmin', '(local)');
      expect(after.Errors).toBeNull();
      expect(after.Token).toMatch(/^[\w-]{20,}$/);
    });

    it('refuses denied users, unknown users, callers without the role and invalid tokens', async () => {
      sim.setApproval('svc-ecm', 'CORP\\carol', 'denied');
      const denied = await impersonate(client, apiToken, 'carol');
      expect(errorsOf(denied)).toEqual(['The user has denied this application access to act on their behalf.']);
      expect(denied.Token).toBeUndefined();
      expect(denied.AuthorizeURL).toBeUndefined();
      sim.setApproval('svc-ecm', 'CORP\\carol', 'pending');

      expect(errorsOf(await impersonate(client, apiToken, 'mallory'))).toEqual([
        'The user to impersonate was not found.',
      ]);

      const aliceOwn = await tokenOf(client, 'alice', 'Alice-Passw0rd!', 'CORP');
      expect(errorsOf(await impersonate(client, aliceOwn, 'bob'))).toEqual([
        'You do not have the Web Services Impersonate permission.',
      ]);

      expect(errorsOf(await impersonate(client, 'not-a-token', 'alice'))).toEqual(['Token is not valid.']);
    });
  });

  describe('SearchSecretsByFieldValue', () => {
    it('matches the whole value, ignoring case, on the exact field name only', async () => {
      expect(await search(client, aliceToken, 'Machine', 'ws01')).toEqual([101]);
      expect(await search(client, aliceToken, 'Machine', 'WS01')).toEqual([101]);
      expect(await search(client, aliceToken, 'Machine', 'ws0')).toEqual([]);
      expect(await search(client, aliceToken, 'machine', 'ws01')).toEqual([]);
      expect(await search(client, aliceToken, 'Machine', '10.0.0.15')).toEqual([104]);
      expect(await search(client, aliceToken, 'Domain', 'LAB')).toEqual([202]);
    });

    it('returns only secrets the token’s user may view', async () => {
      expect(await search(client, aliceToken, 'Machine', 'db01.corp.example')).toEqual([103]);
      expect(await search(client, bobToken, 'Machine', 'db01.corp.example')).toEqual([]);
      expect(await search(client, bobToken, 'Domain', 'LAB')).toEqual([]);
    });

    it('includes restricted and deleted secrets only when asked', async () => {
      expect(await search(client, aliceToken, 'Machine', 'ws01', { showRestricted: true })).toEqual([101, 105]);
      expect(await search(client, aliceToken, 'Machine', 'ws02', { showDeleted: true })).toEqual([102, 106]);
      expect(await search(client, aliceToken, 'Domain', 'CORP')).toEqual([201]);
      expect(await search(client, aliceToken, 'Domain', 'CORP', { showRestricted: true })).toEqual([201, 203]);
    });

    it('rejects an invalid token', async () => {
      const result = await call(client, 'SearchSecretsByFieldValue', {
        token: 'nope',
        fieldName: 'Machine',
        searchTerm: 'ws01',
        showDeleted: false,
        showRestricted: false,
      });
      expect(errorsOf(result)).toEqual(['Token is not valid.']);
      expect(result.SecretSummaries).toBeUndefined();
    });
  });

  describe('GetSecret', () => {
    it('returns the secret with its items; the Password item is marked IsPassword', async () => {
      const result = await getSecret(client, bobToken, 101);
      expect(result.Errors).toBeNull();
      const secret = result.Secret as Record<string, unknown> & { Items: { SecretItem: Record<string, unknown>[] } };
      expect(secret).toMatchObject({
        Name: 'ws01\\Administrator',
        Id: 101,
        SecretTypeId: 6003,
        FolderId: 2,
        IsWebLauncher: false,
        IsCheckedOut: false,
        IsRestricted: false,
        Active: true,
      });
      // xsi:nil elements are dropped by node-soap
      expect(secret).not.toHaveProperty('CheckOutMinutesRemaining');
      expect(secret.Items.SecretItem.map((i) => i.FieldName)).toEqual(['Machine', 'Username', 'Password', 'Notes']);
      expect(secret.Items.SecretItem.find((i) => i.IsPassword)).toMatchObject({
        FieldName: 'Password',
        Value: 'Ws01-Admin-Passw0rd!',
        IsNotes: false,
        IsFile: false,
      });
      expect(secret.Items.SecretItem.find((i) => i.IsNotes)).toMatchObject({ FieldName: 'Notes' });
    });

    it('answers "Access Denied" for secrets the user may not view and unknown ids', async () => {
      expect(errorsOf(await getSecret(client, bobToken, 102))).toEqual(['Access Denied']);
      expect(errorsOf(await getSecret(client, aliceToken, 424242))).toEqual(['Access Denied']);
    });

    it('asks for a comment through SecretError and returns the secret once one is given', async () => {
      const asked = await getSecret(client, aliceToken, 203);
      expect(errorsOf(asked)).toEqual(['A comment is required to view this Secret.']);
      expect(asked.SecretError).toEqual({
        ErrorCode: 'COMMENT',
        ErrorMessage: 'A comment is required to view this Secret.',
        AllowsResponse: true,
        CommentTitle: 'Comment',
        AdditionalCommentTitle: '',
      });
      expect(asked.Secret).toBeUndefined();

      const blank = await getSecret(client, aliceToken, 203, [{ ErrorCode: 'COMMENT', Comment: '  ' }]);
      expect(errorsOf(blank)).toEqual(['A comment is required to view this Secret.']);

      const given = await getSecret(client, aliceToken, 203, [
        { ErrorCode: 'COMMENT', Comment: 'INC-4711 password reset' },
      ]);
      expect(given.Errors).toBeNull();
      expect((given.Secret as { Id: number }).Id).toBe(203);
    });
  });
});

describe('Secret Server simulator: token lifetime and configurable texts', () => {
  let sim: SecretServerSimulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
  });

  it('expires tokens sessionTimeoutSeconds after issue, by the injected clock', async () => {
    let clock = 1_700_000_000_000;
    const world: SsWorld = { ...demoWorld(), sessionTimeoutSeconds: 60 };
    sim = await startSecretServerSimulator({ world, now: () => clock });
    const client = await soapClientFor(sim.url);
    const token = await tokenOf(client, DEMO_API_ACCOUNT.username, DEMO_API_ACCOUNT.password);

    expect(await call(client, 'GetTokenIsValid', { token })).toEqual({
      Errors: null,
      MaxOfflineSeconds: 0,
      Version: '10.3.000015',
    });
    clock += 59_999;
    expect((await call(client, 'GetTokenIsValid', { token })).Errors).toBeNull();
    clock += 1;
    expect(await call(client, 'GetTokenIsValid', { token })).toEqual({
      Errors: { string: ['Token is not valid.'] },
      MaxOfflineSeconds: 0,
    });
    expect(errorsOf(await impersonate(client, token, 'alice'))).toEqual(['Token is not valid.']);

    const fresh = await tokenOf(client, DEMO_API_ACCOUNT.username, DEMO_API_ACCOUNT.password);
    expect((await call(client, 'GetTokenIsValid', { token: fresh })).Errors).toBeNull();
    sim.expireAllTokens();
    expect(errorsOf(await call(client, 'GetTokenIsValid', { token: fresh }))).toEqual(['Token is not valid.']);
    expect(sim.requests.map((r) => r.at)).toContain(clock);
  });

  it('uses the world’s error texts and its edition’s organization rule', async () => {
    const world: SsWorld = {
      edition: 'online',
      errorTexts: { loginFailed: 'Authentication failed.' },
      users: [{ username: 'dana', domain: '', password: 'pw', organization: 'ACME' }],
      secrets: [],
    };
    sim = await startSecretServerSimulator({ world });
    const client = await soapClientFor(sim.url);
    await tokenOf(client, 'dana', 'pw', '', 'acme');
    const noOrg = await call(client, 'Authenticate', {
      username: 'dana',
      password: 'pw',
      organization: '',
      domain: '',
    });
    expect(errorsOf(noOrg)).toEqual(['Authentication failed.']);
  });
});
