import { createServer, connect, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EcmError } from '../../../../shared/errors';
import type { PluginLogger } from '../../../../shared/plugin/contract';
import { SSH_CONNECTIONS, SshPool, type SshTarget } from '../../../../electron/plugins/tpam/ssh-pool';
import { demoTpamWorld } from '../../../simulators/tpam/demo-world';
import {
  startTpamSimulator,
  TPAM_SESSIONS_PER_CONNECTION,
  type TpamSimulator,
} from '../../../simulators/tpam/tpam-simulator';
import { tpamSettings } from '../../../support/tpam-fixture';

const quiet: PluginLogger = { debug() {}, info() {}, warn() {}, error() {} };
const COMMAND = 'ListSystems --NetworkAddress 10.0.0.5';

// The pool's lanes under load, against the real SSH simulator, which refuses a session beyond its
// per-connection limit as an SSH server with MaxSessions does. The pool's own bounds are left at
// their defaults here: these tests are what fails when they are raised past the server's.
describe('SshPool lanes', () => {
  let sim: TpamSimulator;
  const pools: SshPool[] = [];

  beforeAll(async () => {
    sim = await startTpamSimulator({ world: demoTpamWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(() => {
    sim.setLatency(0);
    for (const pool of pools.splice(0)) pool.close();
  });

  /** A pool on `server` (the shared simulator by default) with the plugin's defaults. */
  function pool(overrides: Partial<SshTarget> = {}, server = sim, log = quiet): SshPool {
    const s = tpamSettings(server);
    const p = new SshPool(
      {
        host: server.host,
        port: server.port,
        username: s.server_user,
        privateKey: s.server_user_key,
        knownHosts: s.server_public_key,
        timeoutSeconds: 30,
        idleMs: 60_000,
        ...overrides,
      },
      log,
    );
    pools.push(p);
    return p;
  }

  it('opens further connections under load, never more than its limit nor more channels than TPAM allows on one', async () => {
    const p = pool();
    const loginsBefore = sim.logins.length;
    const refusedBefore = sim.refusedSessions;
    sim.setLatency(300);
    // Far more commands than one connection may carry: the pool must spread them, and wait past its limit.
    const results = await Promise.all(Array.from({ length: 40 }, () => p.exec(COMMAND, AbortSignal.timeout(60_000))));
    expect(results.every((r) => r.exitCode === 0 && r.stdout.includes('LINUXSRV01'))).toBe(true);
    expect(sim.refusedSessions - refusedBefore).toBe(0);
    expect(sim.mostSessionsOnOneConnection).toBeLessThanOrEqual(TPAM_SESSIONS_PER_CONNECTION);
    expect(p.connects).toBeGreaterThan(1);
    expect(p.connects).toBeLessThanOrEqual(SSH_CONNECTIONS);
    expect(sim.logins.length - loginsBefore).toBe(p.connects);
    expect(sim.mostConnectionsAtOnce).toBeLessThanOrEqual(SSH_CONNECTIONS);
    // "A small pool": a handful of logins for any load, never one per command.
    expect(SSH_CONNECTIONS).toBeLessThanOrEqual(4);
  });

  it('keeps to one connection while its channels suffice', async () => {
    const p = pool();
    sim.setLatency(200);
    await p.ready();
    await Promise.all(Array.from({ length: 3 }, () => p.exec(COMMAND, AbortSignal.timeout(30_000))));
    await Promise.all(Array.from({ length: 3 }, () => p.exec(COMMAND, AbortSignal.timeout(30_000))));
    expect(p.connects).toBe(1);
    expect(p.size).toBe(1);
  });

  it('closes the extra connections once idle, and close() says how many it ended', async () => {
    const busy = pool({ idleMs: 300 });
    sim.setLatency(300);
    await Promise.all(Array.from({ length: 12 }, () => busy.exec(COMMAND, AbortSignal.timeout(60_000))));
    expect(busy.connects).toBeGreaterThan(1);
    await vi.waitFor(() => expect(busy.size).toBe(0), { timeout: 10_000 });

    const held = pool();
    await Promise.all(Array.from({ length: 12 }, () => held.exec(COMMAND, AbortSignal.timeout(60_000))));
    const open = held.size;
    expect(open).toBeGreaterThan(1);
    expect(held.close()).toBe(open);
    expect(held.size).toBe(0);
    expect(held.close()).toBe(0);
  });

  it('checks the host key on every connection it opens, not only the first', async () => {
    // A TCP relay on one address: the first connection reaches the pinned TPAM, later ones another
    // server with other host keys (what a spoofed address would present under load).
    const other = await startTpamSimulator({ world: demoTpamWorld() });
    let accepted = 0;
    const relay = createServer((client) => {
      const upstream = connect(accepted++ === 0 ? sim.port : other.port, sim.host);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => relay.listen(0, sim.host, resolve));
    const port = (relay.address() as AddressInfo).port;
    try {
      const pinned = sim.hostKeys.map((k) => `[${sim.host}]:${port} ${k.algorithm} ${k.publicKeyBase64}`).join('\n');
      const p = pool({ port, knownHosts: pinned });
      sim.setLatency(300);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 12 }, () => p.exec(COMMAND, AbortSignal.timeout(60_000))),
      );
      const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => (o.reason as EcmError).code);
      // The first connection's commands ran; every command sent to a further connection was refused.
      expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThan(0);
      expect(refused.length).toBeGreaterThan(0);
      expect(new Set(refused)).toEqual(new Set(['HOST_KEY_MISMATCH']));
      expect(p.connects).toBe(1);
      expect(other.logins).toEqual([]);
      expect(other.commands).toEqual([]);
    } finally {
      relay.close();
      await other.close();
    }
  });

  it('carries on with the connections that work when TPAM refuses a further login', async () => {
    // A TPAM that lets the CLI user in once at a time: the pool's extra connections are refused.
    const single = await startTpamSimulator({ world: demoTpamWorld(), maxConnectionsPerUser: 1 });
    const warnings: string[] = [];
    const p = pool({}, single, { ...quiet, warn: (m: string) => warnings.push(m) });
    single.setLatency(200);
    try {
      const results = await Promise.all(Array.from({ length: 12 }, () => p.exec(COMMAND, AbortSignal.timeout(60_000))));
      expect(results.every((r) => r.exitCode === 0)).toBe(true);
      expect(p.connects).toBe(1);
      expect(single.rejectedLogins.length).toBeGreaterThan(0);
      expect(warnings.join('\n')).toMatch(/did not accept a further SSH connection .*continuing with 1\./);
      // It stops asking: a second burst makes no further login attempts.
      const refused = single.rejectedLogins.length;
      await Promise.all(Array.from({ length: 12 }, () => p.exec(COMMAND, AbortSignal.timeout(60_000))));
      expect(single.rejectedLogins.length).toBe(refused);
    } finally {
      await single.close();
    }
  });

  it.each([
    { code: 'TIMEOUT', when: 'while it ran', timeoutSeconds: 0.2 },
    { code: 'CANCELLED', when: 'while it ran', timeoutSeconds: 30 },
    // Before TPAM has even opened the channel: the channel that opens later is closed at once.
    { code: 'CANCELLED', when: 'before its channel opened', timeoutSeconds: 30 },
  ] as const)(
    'hands on the place of a command it stopped waiting for ($code $when) once TPAM has closed its session',
    async ({ code, when, timeoutSeconds }) => {
      // One session per connection: a place reused while TPAM still counts the old one is refused.
      const one = await startTpamSimulator({ world: demoTpamWorld(), maxSessionsPerConnection: 1 });
      // The fallback for a server that never closes is pushed out of reach, so only TPAM's own
      // close can free the place before the next command gives up waiting for it.
      const p = pool({ maxChannels: 1, maxConnections: 1, timeoutSeconds, closeWaitMs: 600_000 }, one);
      try {
        // Far longer than the time-out, so a busy machine cannot blur which comes first.
        one.setLatency(1500, 'ListSystems');
        await p.ready();
        const stop = new AbortController();
        const slow = p.exec(COMMAND, stop.signal);
        if (when === 'before its channel opened') {
          // The request is sent within this turn; TPAM's answer needs at least two more.
          setImmediate(() => stop.abort());
        } else if (code === 'CANCELLED') {
          await vi.waitFor(() => expect(one.commands.some((c) => c.command === COMMAND)).toBe(true));
          stop.abort();
        }
        await expect(slow).rejects.toMatchObject({ code });
        const next = await p.exec('ListAccounts --SystemName LINUXSRV01', AbortSignal.timeout(20_000));
        expect(next.exitCode).toBe(0);
        expect(one.refusedSessions).toBe(0);
      } finally {
        await one.close();
      }
    },
  );
});
