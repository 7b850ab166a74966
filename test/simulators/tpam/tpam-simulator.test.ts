import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { classifyRetrieveOutput, readSystems } from '../../../electron/plugins/tpam/tpam-output';
import { listSystemsCommand, reasonText, retrieveCommand } from '../../../electron/plugins/tpam/tpam-commands';
import { DEMO_CLI_USER, demoCliKey, demoTpamWorld } from './demo-world';
import { generateHostKeys } from './host-keys';
import { connectSsh, runCommands } from './ssh-exec';
import { startTpamSimulator, TPAM_SESSIONS_PER_CONNECTION, type TpamSimulator } from './tpam-simulator';
import { generateSshKeyPair } from './ssh-key-pair';

/** The simulator over real SSH on 127.0.0.1, driven by an ssh2 client as the plugin drives TPAM. */

let sim: TpamSimulator;
const isacli = () => ({ username: DEMO_CLI_USER, privateKey: demoCliKey().privateKey });

beforeAll(async () => {
  sim = await startTpamSimulator({ world: demoTpamWorld() });
});
afterAll(async () => {
  await sim.close();
});

describe('TPAM simulator: host keys', () => {
  it('serves an RSA and an Ed25519 host key, described as known_hosts lines and SHA256 fingerprints', () => {
    expect(sim.host).toBe('127.0.0.1');
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.hostKeys.map((k) => k.algorithm)).toEqual(['ssh-rsa', 'ssh-ed25519']);
    for (const key of sim.hostKeys) {
      expect(key.knownHostsLine).toBe(`[127.0.0.1]:${sim.port} ${key.algorithm} ${key.publicKeyBase64}`);
      const blob = Buffer.from(key.publicKeyBase64, 'base64');
      expect(key.fingerprint).toBe(`SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`);
      expect(key.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
      // The hashed form: |1|base64(salt)|base64(HMAC-SHA1(salt, "[127.0.0.1]:port"))
      const [hashed, type, data] = key.hashedKnownHostsLine.split(' ');
      const [, , salt, mac] = hashed?.split('|') ?? [];
      expect(
        createHmac('sha1', Buffer.from(salt ?? '', 'base64'))
          .update(`[127.0.0.1]:${sim.port}`)
          .digest('base64'),
      ).toBe(mac);
      expect([type, data]).toEqual([key.algorithm, key.publicKeyBase64]);
    }
  });

  it('presents one of those keys in the SSH handshake', async () => {
    const session = await connectSsh(sim, isacli());
    try {
      expect(sim.hostKeys.map((k) => k.publicKeyBase64)).toContain(session.hostKey);
    } finally {
      session.close();
    }
  });

  it('keeps given host keys across restarts (same TPAM) and differs otherwise', async () => {
    const keys = generateHostKeys(['ed25519']);
    const a = await startTpamSimulator({ hostKeys: keys });
    const b = await startTpamSimulator({ hostKeys: keys });
    const c = await startTpamSimulator({ hostKeys: generateHostKeys(['ed25519']) });
    try {
      expect(a.hostKeys[0]?.fingerprint).toBe(b.hostKeys[0]?.fingerprint);
      expect(c.hostKeys[0]?.fingerprint).not.toBe(a.hostKeys[0]?.fingerprint);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });
});

describe('TPAM simulator: login', () => {
  it('lets the CLI user in with its public key and runs exec commands', async () => {
    const [out] = await runCommands(sim, isacli(), ['ListSystems --NetworkAddress 10.0.0.5']);
    expect(readSystems(out ?? '')).toEqual([{ name: 'LINUXSRV01', networkAddress: '10.0.0.5' }]);
    expect(sim.logins.at(-1)?.user).toBe(DEMO_CLI_USER);
  });

  it('refuses an unknown user, a user name in another case, a wrong key and a password', async () => {
    const otherKey = generateSshKeyPair('ed25519').private;
    const before = sim.rejectedLogins.length;
    await expect(connectSsh(sim, { username: 'intruder', privateKey: demoCliKey().privateKey })).rejects.toThrow(
      /authentication methods failed/,
    );
    await expect(connectSsh(sim, { username: 'ISACLI', privateKey: demoCliKey().privateKey })).rejects.toThrow(
      /authentication methods failed/,
    );
    await expect(connectSsh(sim, { username: DEMO_CLI_USER, privateKey: otherKey })).rejects.toThrow(
      /authentication methods failed/,
    );
    await expect(connectSsh(sim, { username: DEMO_CLI_USER, password: 'guess' })).rejects.toThrow(
      /authentication methods failed/,
    );
    const refused = sim.rejectedLogins.slice(before);
    expect(refused.map((r) => `${r.user}/${r.method}`)).toEqual([
      'intruder/publickey',
      'ISACLI/publickey',
      `${DEMO_CLI_USER}/publickey`,
      `${DEMO_CLI_USER}/password`,
    ]);
  });

  it('refuses a disabled user', async () => {
    sim.world.users.push({ name: 'oldcli', disabled: true, cliPublicKeys: [demoCliKey().publicKey] });
    await expect(connectSsh(sim, { username: 'oldcli', privateKey: demoCliKey().privateKey })).rejects.toThrow(
      /authentication methods failed/,
    );
  });

  it('offers no shell (exec only, like TPAM’s CLI)', async () => {
    const session = await connectSsh(sim, isacli());
    try {
      const error = await new Promise<Error | undefined>((resolve) => session.client.shell((err) => resolve(err)));
      expect(error).toBeInstanceOf(Error);
    } finally {
      session.close();
    }
  });
});

describe('TPAM simulator: commands', () => {
  it('answers in TPAM’s CRLF format with exit status 0 and records each command with its user', async () => {
    const session = await connectSsh(sim, isacli());
    const before = sim.commands.length;
    const start = Date.now();
    try {
      const systems = await session.exec(listSystemsCommand('10.0.0.5'));
      expect(systems.code).toBe(0);
      expect(systems.stdout.split('\r\n')[0]?.split('\t')).toHaveLength(64);
      const password = await session.exec(
        retrieveCommand('root', 'LINUXSRV01', reasonText('jdoe', { kind: 'gateway' })),
      );
      expect(password).toEqual({ stdout: 'Lnx-r00t!pw\r\n', stderr: '', code: 0 });
      const nothing = await session.exec('ListSystems --NetworkAddress 10.9.9.9');
      expect(nothing.stdout).toBe('No Systems to list\r\n');
    } finally {
      session.close();
    }
    const recorded = sim.commands.slice(before);
    expect(recorded.map((c) => [c.user, c.command])).toEqual([
      [DEMO_CLI_USER, 'ListSystems --NetworkAddress 10.0.0.5'],
      [DEMO_CLI_USER, 'Retrieve --AccountName root --SystemName LINUXSRV01 --ReasonText "jdoe,SPS,gateway"'],
      [DEMO_CLI_USER, 'ListSystems --NetworkAddress 10.9.9.9'],
    ]);
    for (const c of recorded) expect(c.at).toBeGreaterThanOrEqual(start);
  });

  it('answers unknown options with Usage text and unauthorized retrievals with "not authorized"', async () => {
    const limitedKey = generateSshKeyPair('ed25519');
    sim.world.users.push({ name: 'limitedcli', cliPublicKeys: [limitedKey.public] });
    sim.world.policies.push({ userName: 'limitedcli', policyName: 'ISA', systemName: 'WINSRV02' });
    const [usage, refused] = await runCommands(sim, { username: 'limitedcli', privateKey: limitedKey.private }, [
      'ListSystems --Bogus 1',
      'Retrieve --AccountName root --SystemName LINUXSRV01 --ReasonText "jdoe,SPS,gateway"',
    ]);
    expect(usage?.startsWith('Usage: ListSystems --System sysname [options...]\r\n')).toBe(true);
    expect(classifyRetrieveOutput(refused ?? '')).toMatchObject({ kind: 'error', reason: 'not-authorized' });
    expect(sim.commands.at(-1)?.user).toBe('limitedcli');
  });

  it('delays answers by the injected latency, per command or for all', async () => {
    const session = await connectSsh(sim, isacli());
    try {
      // A latency far above any scheduling delay, so a busy machine cannot blur the two cases.
      sim.setLatency(1_000, 'retrieve');
      let t = Date.now();
      await session.exec('ListSystems --NetworkAddress 10.0.0.5');
      expect(Date.now() - t).toBeLessThan(1_000);
      t = Date.now();
      const slow = await session.exec('Retrieve --AccountName root --SystemName LINUXSRV01');
      expect(Date.now() - t).toBeGreaterThanOrEqual(990);
      expect(slow.stdout).toBe('Lnx-r00t!pw\r\n');

      sim.setLatency(0, 'Retrieve');
      sim.setLatency(2_000);
      await expect(session.exec('ListSystems --NetworkAddress 10.0.0.5', 200)).rejects.toThrow(
        /no answer .* within 200 ms/,
      );
    } finally {
      sim.setLatency(0);
      session.close();
    }
  });

  it('drops the connection in the middle of the next command only', async () => {
    const session = await connectSsh(sim, isacli());
    const closed = new Promise<void>((resolve) => session.client.once('close', () => resolve()));
    session.client.on('error', () => {}); // the reset may surface as an error as well
    sim.dropNextCommand();
    const result = await session.exec('ListSystems --NetworkAddress 10.0.0.5');
    expect(result.code).toBeNull(); // no exit status: the answer was cut
    await closed;

    const [full = ''] = await runCommands(sim, isacli(), ['ListSystems --NetworkAddress 10.0.0.5']);
    expect(readSystems(full)).toEqual([{ name: 'LINUXSRV01', networkAddress: '10.0.0.5' }]);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stdout.length).toBeLessThan(full.length);
    expect(full.startsWith(result.stdout)).toBe(true);
  });

  it('refuses a session beyond its per-connection limit, and frees the place once a session closes', async () => {
    const session = await connectSsh(sim, isacli());
    const refusedBefore = sim.refusedSessions;
    sim.setLatency(800, 'ListSystems');
    try {
      // The limit's worth of slow commands holds every place; one more is refused at once.
      const held = Array.from({ length: TPAM_SESSIONS_PER_CONNECTION }, () =>
        session.exec('ListSystems --NetworkAddress 10.0.0.5'),
      );
      await vi.waitFor(() => expect(sim.mostSessionsOnOneConnection).toBe(TPAM_SESSIONS_PER_CONNECTION));
      await expect(session.exec('Retrieve --AccountName root --SystemName LINUXSRV01')).rejects.toThrow(
        /open failure/i,
      );
      expect(sim.refusedSessions - refusedBefore).toBe(1);
      for (const r of await Promise.all(held)) expect(r.code).toBe(0);
      // Closed sessions leave: the same connection runs the next command.
      expect((await session.exec('ListSystems --NetworkAddress 10.0.0.5')).code).toBe(0);
      expect(sim.refusedSessions - refusedBefore).toBe(1);
    } finally {
      sim.setLatency(0);
      session.close();
    }
  });
});
