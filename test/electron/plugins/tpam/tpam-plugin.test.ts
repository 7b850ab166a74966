import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pluginContext } from '../../../../electron/core/api/plugin-context';
import type { Core } from '../../../../electron/core/open-core';
import type { TestSettingsResponse } from '../../../../shared/ipc/responses';
import { demoTpamWorld } from '../../../simulators/tpam/demo-world';
import { TPAM_LIST_DEFAULT_ROWS } from '../../../../electron/plugins/tpam/tpam-commands';
import { startTpamSimulator, type TpamSimulator } from '../../../simulators/tpam/tpam-simulator';
import { readLog } from '../../../support/core-fixture';
import { useTempDirs } from '../../../support/temp-dir';
import { openTpamCore, tpamSettings } from '../../../support/tpam-fixture';
import { generateSshKeyPair } from '../../../simulators/tpam/ssh-key-pair';

// The real TPAM plugin through the real core, over SSH to the simulator on 127.0.0.1.
describe('TPAM plugin against the simulator', () => {
  const tempDir = useTempDirs();
  let sim: TpamSimulator;
  const cores: Core[] = [];
  const reverse = async (ip: string) => (ip === '10.0.0.5' ? ['linuxsrv01.example.com', 'alias.example.com'] : []);

  beforeAll(async () => {
    sim = await startTpamSimulator({ world: demoTpamWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
    sim.commands.length = 0;
    sim.setLatency(0);
  });

  async function setup() {
    const opened = await openTpamCore(tempDir(), { reverseLookup: reverse });
    cores.push(opened.core);
    return opened;
  }

  async function test(
    core: Core,
    user: string,
    endpoint: string,
    overrides: Record<string, unknown> = {},
  ): Promise<TestSettingsResponse> {
    return core.api.testSettings({ pluginId: 'tpam', values: tpamSettings(sim, overrides) as never, user, endpoint });
  }

  const failure = (p: Promise<unknown>) =>
    p.then(
      () => ({ code: 'none', message: '', serverText: '', field: '', hint: '' }),
      (e: { code: string; message: string; serverText?: string; field?: string; hint?: string }) => e,
    );
  const sent = () => sim.commands.map((c) => c.command);

  async function retrieve(
    overrides: Record<string, unknown>,
    request: { user: string; endpoint: string; credentialId: string; gatewayPassword?: string },
  ) {
    const { core, plugin } = await setup();
    const values = await core.settings.resolve('tpam', plugin.settings, tpamSettings(sim, overrides) as never, {
      useStored: false,
    });
    return plugin.retrieveCredential(values, request, pluginContext(plugin, core, new AbortController().signal));
  }

  it('says when TPAM listed a full page of accounts, so the list may not be all of them', async () => {
    const world = demoTpamWorld();
    for (let i = 0; i < TPAM_LIST_DEFAULT_ROWS; i++)
      world.accounts.push({ systemName: 'LINUXSRV01', accountName: `svc${i}`, password: `Pw-${i}-marker` });
    const big = await startTpamSimulator({ world });
    try {
      const { core } = await setup();
      const result = await core.api.testSettings({
        pluginId: 'tpam',
        values: tpamSettings(big) as never,
        user: 'jdoe',
        endpoint: '10.0.0.5',
      });
      const step = result.steps.find((st) => st.name === 'List accounts on LINUXSRV01');
      expect(step?.detail).toBe(
        `${TPAM_LIST_DEFAULT_ROWS} account(s), as many as TPAM lists at once: the system may have more`,
      );
      // A short list says nothing of the kind.
      const small = await test(core, 'jdoe', '10.0.0.5');
      expect(small.steps.find((st) => st.name === 'List accounts on LINUXSRV01')?.detail).toBe('2 account(s)');
    } finally {
      await big.close();
    }
  });

  it('lists the accounts of the system behind an IP address (gateway mode) over one SSH connection', async () => {
    const { core } = await setup();
    const logins = sim.logins.length;
    const result = await test(core, 'jdoe', '10.0.0.5');
    expect(result.credentials.map((c) => c.id)).toEqual(['root@LINUXSRV01', 'oracle@LINUXSRV01']);
    expect(result.credentials[0]).toMatchObject({
      name: 'root',
      username: 'root',
      source: 'tpam',
      template: 'LINUXSRV01',
    });
    expect(sent()).toEqual(['ListSystems --NetworkAddress 10.0.0.5', 'ListAccounts --SystemName LINUXSRV01']);
    expect(result.steps.map((s) => s.name)).toEqual([
      `Connect to TPAM 127.0.0.1:${sim.port} as isacli`,
      'Resolve the system for 10.0.0.5',
      'List accounts on LINUXSRV01',
      'Check gateway authorization for jdoe',
    ]);
    expect(sent().some((c) => c.startsWith('Retrieve'))).toBe(false);
    await test(core, 'jdoe', '10.0.0.5');
    expect(sim.logins.length - logins).toBe(1); // the idle connection was reused
  });

  it.each([
    ['a host name keeps its first label', 'linuxsrv01.corp.example', {}, 'ListAccounts --SystemName linuxsrv01'],
    ['the prefix is prepended', 'LINUXSRV01', { system_prefix: 'PSM_' }, 'ListAccounts --SystemName PSM_LINUXSRV01'],
    [
      'dns resolves, first label, upper case',
      '10.0.0.5',
      { system_name_resolver: 'dns' },
      'ListAccounts --SystemName LINUXSRV01',
    ],
    [
      'dns with a prefix',
      '10.0.0.5',
      { system_name_resolver: 'dns', system_prefix: 'PSM_' },
      'ListAccounts --SystemName PSM_LINUXSRV01',
    ],
  ])('resolves the system: %s', async (_name, endpoint, overrides, command) => {
    const { core } = await setup();
    await test(core, 'jdoe', endpoint, overrides);
    expect(sent()).toEqual([command]);
  });

  it('refuses a retrieval for an address without a system, naming the resolver', async () => {
    // Test Settings explains the same case as a no-system reason (tpam-reasons.test.ts).
    const request = { user: 'jdoe', endpoint: '10.9.9.9', credentialId: 'root@LINUXSRV01' };
    expect(await failure(retrieve({}, request))).toMatchObject({
      code: 'CONFIG',
      message: expect.stringContaining('10.9.9.9 with System name resolver (system_name_resolver) set to tpam'),
    });
    expect(await failure(retrieve({ system_name_resolver: 'dns' }, request))).toMatchObject({
      code: 'CONFIG',
      message: expect.stringContaining('System name resolver (system_name_resolver) set to dns'),
    });
  });

  it('checks each account with the policy and approval modes, allowed and denied', async () => {
    const { core } = await setup();
    const policy = await test(core, 'jdoe', '10.0.0.5', { authorization: 'policy' });
    expect(policy.credentials.map((c) => [c.id, c.detail])).toEqual([
      ['root@LINUXSRV01', 'policy Privileged Access'],
      ['oracle@LINUXSRV01', 'policy Privileged Access'],
    ]);
    expect(sent().filter((c) => c.startsWith('ListAssignedPolicies'))).toHaveLength(2);
    expect((await test(core, 'asmith', '10.0.0.5', { authorization: 'policy' })).credentials).toEqual([]);
    const approval = await test(core, 'jdoe', '10.0.0.5', { authorization: 'approval' });
    expect(approval.credentials.map((c) => [c.id, c.detail])).toEqual([['root@LINUXSRV01', 'request 1-2345']]);
    expect((await test(core, 'asmith', '10.0.0.5', { authorization: 'approval' })).credentials).toEqual([]);
  });

  it('maps accounts to the real account and system with system_maptoreal', async () => {
    const { core } = await setup();
    const result = await test(core, 'jdoe', '10.0.0.5', { system_maptoreal: true, authorization: 'policy' });
    expect(result.credentials).toEqual([
      expect.objectContaining({
        id: 'root@LINUXSRV01',
        username: 'realroot',
        template: 'REALSYS',
        detail: 'maps to realroot on REALSYS; policy Privileged Access',
      }),
    ]);
  });

  describe('sends exactly the command lines of the SPS worked example for a retrieval', () => {
    const request = { user: 'jdoe', endpoint: '10.0.0.5', credentialId: 'root@LINUXSRV01' };
    it.each([
      [
        'defaults',
        {},
        [
          'ListSystems --NetworkAddress 10.0.0.5',
          'Retrieve --AccountName root --SystemName LINUXSRV01 --ReasonText "jdoe,SPS,gateway"',
        ],
        'Lnx-r00t!pw',
      ],
      [
        'dns and PSM_ prefix',
        { system_name_resolver: 'dns', system_prefix: 'PSM_' },
        ['Retrieve --AccountName root --SystemName PSM_LINUXSRV01 --ReasonText "jdoe,SPS,gateway"'],
        'Psm-r00t!pw',
      ],
      [
        'approval',
        { authorization: 'approval' },
        [
          'ListSystems --NetworkAddress 10.0.0.5',
          'ListRequestDetails --RequestorName jdoe --AccountName root --SystemName LINUXSRV01 --Status Active',
          'Retrieve --AccountName root --SystemName LINUXSRV01 --ReasonText "jdoe,SPS,approval,1-2345"',
        ],
        'Lnx-r00t!pw',
      ],
      [
        'policy',
        { authorization: 'policy' },
        [
          'ListSystems --NetworkAddress 10.0.0.5',
          'ListAssignedPolicies --UserName jdoe --AccountName root --SystemName LINUXSRV01 --AllOrEffectiveFlag E --PermissionType Pwd',
          'Retrieve --AccountName root --SystemName LINUXSRV01 --ReasonText "jdoe,SPS,policy,Privileged Access"',
        ],
        'Lnx-r00t!pw',
      ],
      [
        'maptoreal and policy',
        { system_maptoreal: true, authorization: 'policy' },
        [
          'ListSystems --NetworkAddress 10.0.0.5',
          'ListAccounts --AccountName root --SystemName LINUXSRV01',
          'ListAssignedPolicies --UserName jdoe --AccountName realroot --SystemName REALSYS --AllOrEffectiveFlag E --PermissionType Pwd',
          'Retrieve --AccountName realroot --SystemName REALSYS --ReasonText "jdoe,SPS,policy,Privileged Access"',
        ],
        'R3al-r00t!pw',
      ],
    ] as const)('%s', async (_name, overrides, commands, password) => {
      const credential = await retrieve(overrides, request);
      expect(sent()).toEqual(commands);
      expect(credential.password).toBe(password);
    });

    it('reuse_gateway_password with the same gateway and target user: no SSH at all', async () => {
      const logins = sim.logins.length;
      const credential = await retrieve(
        { reuse_gateway_password: true },
        { user: 'root', endpoint: '10.0.0.5', credentialId: 'root@LINUXSRV01', gatewayPassword: 'Gateway-Pass-1' },
      );
      expect(credential).toEqual({ username: 'root', password: 'Gateway-Pass-1' });
      expect(sent()).toEqual([]);
      expect(sim.logins.length).toBe(logins);
    });
  });

  it('refuses a retrieval that is not authorized, and one TPAM answers with an error line', async () => {
    await expect(
      retrieve({ authorization: 'policy' }, { user: 'asmith', endpoint: '10.0.0.5', credentialId: 'root@LINUXSRV01' }),
    ).rejects.toMatchObject({
      code: 'NOT_AUTHORIZED',
      message: expect.stringContaining(
        "with Authorization (authorization) set to policy: the user does not have the policy 'Privileged Access'",
      ),
    });
    await expect(
      retrieve({}, { user: 'jdoe', endpoint: 'WINSRV02', credentialId: 'svc_backup@WINSRV02' }),
    ).rejects.toMatchObject({
      code: 'PROTOCOL',
      serverText: expect.stringContaining('Ticket Number and Ticket System are required'),
    });
  });

  it.each([
    ['hashed lines', (s: TpamSimulator) => s.hostKeys.map((k) => k.hashedKnownHostsLine).join('\n'), true],
    [
      'one matching line among others',
      (s: TpamSimulator) =>
        `# TPAM\nother.example ssh-ed25519 ${s.hostKeys[1]!.publicKeyBase64}\n${s.hostKeys.map((k) => k.knownHostsLine).join('\n')}`,
      true,
    ],
  ])('accepts the host key from %s', async (_name, knownHosts, ok) => {
    const { core } = await setup();
    const result = await test(core, 'jdoe', '10.0.0.5', { server_public_key: knownHosts(sim) });
    expect(result.credentials.length > 0).toBe(ok);
  });

  it('refuses an unknown host and a changed key with HOST_KEY_MISMATCH showing the presented key', async () => {
    const { core } = await setup();
    const unknown = await failure(
      test(core, 'jdoe', '10.0.0.5', {
        server_public_key: sim.hostKeys.map((k) => k.knownHostsLine.replace(/^\S+/, 'tpam.other')).join('\n'),
      }),
    );
    expect(unknown.code).toBe('HOST_KEY_MISMATCH');
    expect(unknown.message).toMatch(/\((ssh-ed25519|ssh-rsa) SHA256:[A-Za-z0-9+/]{43}\)/);
    expect(unknown.message).toContain(
      `no line of TPAM server public key (server_public_key) is for [127.0.0.1]:${sim.port}`,
    );
    const otherKey = generateSshKeyPair('ed25519');
    const parsed = (await import('ssh2')).utils.parseKey(otherKey.public);
    const blob = (parsed as { getPublicSSH(): Buffer }).getPublicSSH().toString('base64');
    const changed = await failure(
      test(core, 'jdoe', '10.0.0.5', {
        server_public_key: `[127.0.0.1]:${sim.port} ssh-ed25519 ${blob}\n[127.0.0.1]:${sim.port} ssh-rsa ${blob}`,
      }),
    );
    expect(changed.code).toBe('HOST_KEY_MISMATCH');
    expect(changed.message).toContain('does not match the pinned');
    expect(sim.commands).toEqual([]);
  });

  it('writes its own lines at log_level and above only', async () => {
    const { core } = await setup();
    await test(core, 'jdoe', '10.0.0.5', { log_level: 'debug' });
    expect(readLog(core)).toContain('Running TPAM command: ListSystems --NetworkAddress 10.0.0.5');
    const { core: quiet } = await setup();
    await test(quiet, 'jdoe', '10.0.0.5', { log_level: 'warning' });
    expect(readLog(quiet)).not.toContain('Running TPAM command');
    expect(readLog(quiet)).not.toContain('Connecting via SSH');
    expect(readLog(quiet)).toContain('Test Settings succeeded'); // the core's own lines stay
  });

  it('refuses an unusable server_public_key with a CONFIG error naming the field', async () => {
    const { core } = await setup();
    const err = await failure(test(core, 'jdoe', '10.0.0.5', { server_public_key: 'not a key line' }));
    expect(err).toMatchObject({ code: 'CONFIG', field: 'values.server_public_key' });
  });

  it('names the ISA CLI user (server_user) when TPAM refuses the key', async () => {
    const { core } = await setup();
    const other = generateSshKeyPair('ed25519');
    const err = await failure(test(core, 'jdoe', '10.0.0.5', { server_user_key: other.private }));
    expect(err.code).toBe('LOGIN_FAILED');
    expect(err.message).toContain("for the ISA CLI user (server_user) 'isacli'");
  });

  it('gives up on a slow command with TIMEOUT naming it, and recovers from a dropped connection', async () => {
    const { core } = await setup();
    sim.setLatency(2500, 'ListAccounts');
    const slow = await failure(test(core, 'jdoe', '10.0.0.5', { timeout_seconds: 1 }));
    expect(slow).toMatchObject({ code: 'TIMEOUT', message: expect.stringContaining('"ListAccounts" within 1 s') });
    sim.setLatency(0);
    sim.dropNextCommand();
    const dropped = await failure(test(core, 'jdoe', '10.0.0.5'));
    expect(dropped.code).toBe('CONNECT');
    const again = await test(core, 'jdoe', '10.0.0.5');
    expect(again.credentials).toHaveLength(2);
  });

  it('fetches the host key without logging in, for the admin to confirm', async () => {
    const { core } = await setup();
    const logins = sim.logins.length;
    const result = await core.api.runFieldAction({
      pluginId: 'tpam',
      fieldKey: 'server_public_key',
      actionId: 'fetch-host-key',
      values: { server: sim.host, server_port: sim.port },
    });
    const key = sim.hostKeys.find((k) => result.value === k.knownHostsLine);
    expect(key).toBeDefined();
    expect(result.summary).toBe(`${key!.algorithm} ${key!.fingerprint}`);
    expect(sim.logins.length).toBe(logins);
    expect(sim.rejectedLogins.length).toBeGreaterThanOrEqual(0);
  });

  it('keeps the private key and retrieved passwords out of the log, the files and the answers', async () => {
    const { core } = await setup();
    await core.api.saveSettings({ pluginId: 'tpam', values: tpamSettings(sim) as never });
    const answers = [
      await core.api.getSettings({ pluginId: 'tpam' }),
      await core.api.testSettings({ pluginId: 'tpam', values: {}, user: 'jdoe', endpoint: '10.0.0.5' }),
      await core.api.exportSettingsFile({ pluginId: 'tpam', values: tpamSettings(sim) as never }),
    ];
    await retrieve({}, { user: 'jdoe', endpoint: '10.0.0.5', credentialId: 'root@LINUXSRV01' });
    const key = tpamSettings(sim).server_user_key;
    const keyBody = key.split('\n').filter((l) => l.length > 40)[0]!;
    const text = [
      JSON.stringify(answers),
      readLog(core),
      (await import('node:fs')).readFileSync(core.settings.file, 'utf8'),
    ].join('\n');
    expect(text).not.toContain(keyBody);
    expect(text).not.toContain('Lnx-r00t!pw');
    expect((answers[2] as { text: string }).text).toMatch(/server_user_key\s*=\s*\$/);
  });
});
