import dns from 'node:dns';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/open-core';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { createTpamPlugin } from '../../electron/plugins/tpam/tpam-plugin';
import type { ErrorCode } from '../../shared/errors';
import { startSecretServerSimulator, type SecretServerSimulator } from '../simulators/secret-server';
import { demoTpamWorld } from '../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../simulators/tpam/tpam-simulator';
import { openTestCore } from '../support/core-fixture';
import { API_PASSWORD, API_USER, testWorld } from '../support/secret-server-world';
import { ROOT } from '../support/static-vault';
import { useTempDirs } from '../support/temp-dir';
import { tpamSettings } from '../support/tpam-fixture';

/**
 * The fault matrix: every failure the issue names, against both simulators. Each gives its own
 * error code and a message that says what to do, and the next Test Settings works again. The table
 * in docs/SECURITY.md is written from these results (ports and temporary names normalised).
 */
interface Row {
  plugin: string;
  fault: string;
  code: ErrorCode | 'recovered';
  message: string;
  hint: string;
  usableAfter: boolean;
}

const rows: Row[] = [];
const notFound = (host: string) =>
  Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host });

describe('fault matrix', () => {
  const tempDir = useTempDirs();
  let ss: SecretServerSimulator;
  let tpam: TpamSimulator;
  let dnsBroken = false;

  beforeAll(async () => {
    ss = await startSecretServerSimulator({ world: testWorld() });
    tpam = await startTpamSimulator({ world: demoTpamWorld() });
  });
  afterAll(async () => {
    await Promise.all([ss.close(), tpam.close()]);
    writeMatrix(rows);
  });

  async function secretServerCore(): Promise<Core> {
    // The endpoint is named secretserver.test; this resolver knows it until DNS "breaks".
    const lookup = ((host: string, opts: unknown, cb: (...a: unknown[]) => void) => {
      if (dnsBroken || host !== 'secretserver.test') return cb(notFound(host));
      return dns.lookup('127.0.0.1', opts as never, cb as never);
    }) as never;
    return openTestCore(tempDir(), [createSecretServerPlugin({ lookup })]);
  }

  async function tpamCore(): Promise<Core> {
    return openTestCore(tempDir(), [
      createTpamPlugin({ lookup: async (host) => (dnsBroken ? Promise.reject(notFound(host)) : host), idleMs: 200 }),
    ]);
  }

  /** No fault to switch on or off: the broken settings are the fault. */
  const none = () => {};

  async function record(
    plugin: 'secret-server' | 'tpam',
    fault: string,
    expected: ErrorCode | 'recovered',
    core: Core,
    values: Record<string, unknown>,
    provoke: () => void,
    heal: () => void,
    /** Settings that point at the fault (e.g. a closed port), tried instead of `values`. */
    broken: Record<string, unknown> = values,
  ) {
    const target =
      plugin === 'secret-server' ? { user: 'CORP\\alice', endpoint: 'ws01' } : { user: 'jdoe', endpoint: '10.0.0.5' };
    provoke();
    let code: Row['code'] = 'recovered';
    let message = 'Test Settings succeeded: the plugin recovered by itself.';
    let hint = '';
    try {
      await core.api.testSettings({ pluginId: plugin, values: broken as never, ...target });
    } catch (err) {
      const e = err as { code: ErrorCode; message: string; hint?: string };
      code = e.code;
      message = e.message;
      hint = e.hint ?? '';
    } finally {
      heal();
    }
    const after = await core.api.testSettings({ pluginId: plugin, values: values as never, ...target }).then(
      (r) => r.credentials.length > 0,
      () => false,
    );
    rows.push({ plugin, fault, code, message, hint, usableAfter: after });
    expect(code, `${plugin} / ${fault}: ${message}`).toBe(expected);
    if (code !== 'recovered') expect(hint.length, `${plugin} / ${fault} says what to do`).toBeGreaterThan(20);
    expect(after, `${plugin} / ${fault}: usable afterwards`).toBe(true);
  }

  describe('Secret Server', () => {
    const values = () => ({
      endpointUrl: ss.url.replace('127.0.0.1', 'secretserver.test'),
      allowUnencryptedHttp: true,
      apiUser: API_USER,
      apiPassword: API_PASSWORD,
      timeoutSeconds: 1,
    });

    it('refused connection', async () => {
      const core = await secretServerCore();
      const closed = await startSecretServerSimulator({ world: testWorld() });
      const url = closed.url.replace('127.0.0.1', 'secretserver.test');
      await closed.close();
      await record('secret-server', 'refused connection', 'CONNECT', core, values(), none, none, {
        ...values(),
        endpointUrl: url,
      });
      await core.close();
    });
    it('DNS failure', async () => {
      const core = await secretServerCore();
      await record(
        'secret-server',
        'DNS failure',
        'CONNECT',
        core,
        values(),
        () => (dnsBroken = true),
        () => (dnsBroken = false),
      );
      await core.close();
    });
    it.each([
      ['server hang (timeout)', 'hang', 'TIMEOUT'],
      ['connection dropped mid-response', 'drop', 'CONNECT'],
      ['HTTP 500', 'http500', 'PROTOCOL'],
      ['SOAP fault', 'soapFault', 'PROTOCOL'],
      ['malformed XML', 'malformedXml', 'PROTOCOL'],
    ] as const)('%s', async (fault, kind, expected) => {
      const core = await secretServerCore();
      await record(
        'secret-server',
        fault,
        expected,
        core,
        values(),
        () => ss.injectFault('Authenticate', kind, 1),
        () => ss.clearFaults(),
      );
      await core.close();
    });
    it('expired token mid-run', async () => {
      const core = await secretServerCore();
      await core.api.testSettings({
        pluginId: 'secret-server',
        values: values() as never,
        user: 'CORP\\alice',
        endpoint: 'ws01',
      });
      await record(
        'secret-server',
        'expired token mid-run',
        'recovered',
        core,
        values(),
        () => ss.expireAllTokens(),
        none,
      );
      await core.close();
    });
  });

  describe('TPAM', () => {
    const values = () => tpamSettings(tpam, { timeout_seconds: 1 });

    it('refused connection', async () => {
      const core = await tpamCore();
      const closed = await startTpamSimulator({ world: demoTpamWorld() });
      const port = closed.port;
      await closed.close();
      await record('tpam', 'refused connection', 'CONNECT', core, values(), none, none, {
        ...values(),
        server_port: port,
      });
      await core.close();
    });
    it('DNS failure', async () => {
      const core = await tpamCore();
      await record(
        'tpam',
        'DNS failure',
        'CONNECT',
        core,
        values(),
        () => (dnsBroken = true),
        () => (dnsBroken = false),
      );
      await core.close();
    });
    it('server hang (timeout)', async () => {
      const core = await tpamCore();
      await record(
        'tpam',
        'server hang (timeout)',
        'TIMEOUT',
        core,
        values(),
        () => tpam.setLatency(2500, 'ListAccounts'),
        () => tpam.setLatency(0, 'ListAccounts'),
      );
      await core.close();
    });
    it('SSH disconnect mid-command', async () => {
      const core = await tpamCore();
      await record(
        'tpam',
        'SSH disconnect mid-command',
        'CONNECT',
        core,
        values(),
        () => tpam.dropNextCommand(),
        () => {},
      );
      await core.close();
    });
    it('truncated CLI output', async () => {
      const core = await tpamCore();
      await record(
        'tpam',
        'truncated CLI output',
        'PROTOCOL',
        core,
        values(),
        () => tpam.truncateNextOutput(),
        () => {},
      );
      await core.close();
    });
  });
});

/** Writes the results between the fault-matrix markers of docs/SECURITY.md. */
function writeMatrix(results: Row[]): void {
  const file = path.join(ROOT, 'docs', 'SECURITY.md');
  let doc: string;
  try {
    doc = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  const start = '<!-- fault-matrix:start -->';
  const end = '<!-- fault-matrix:end -->';
  if (!doc.includes(start) || !doc.includes(end) || results.length === 0) return;
  const clean = (text: string) =>
    text
      .replace(/(127\.0\.0\.1|secretserver\.test):\d+/g, '$1:<port>')
      .replace(/\[127\.0\.0\.1\]:\d+/g, '[127.0.0.1]:<port>')
      .replace(/\d+ ms/g, '<n> ms')
      .replace(/\|/g, '\\|');
  const order = [
    'refused connection',
    'DNS failure',
    'server hang (timeout)',
    'connection dropped mid-response',
    'HTTP 500',
    'SOAP fault',
    'malformed XML',
    'SSH disconnect mid-command',
    'truncated CLI output',
    'expired token mid-run',
  ];
  const sorted = [...results].sort(
    (a, b) => a.plugin.localeCompare(b.plugin) || order.indexOf(a.fault) - order.indexOf(b.fault),
  );
  const table = [
    '| plugin | fault | error code | message | what to do | usable afterwards |',
    '|---|---|---|---|---|---|',
    ...sorted.map(
      (r) =>
        `| ${r.plugin} | ${r.fault} | ${r.code === 'recovered' ? 'none (recovered)' : `\`${r.code}\``} | ${clean(r.message)} | ${clean(r.hint)} | ${r.usableAfter ? 'yes' : 'NO'} |`,
    ),
  ].join('\n');
  const next = `${doc.slice(0, doc.indexOf(start) + start.length)}\n${table}\n${doc.slice(doc.indexOf(end))}`;
  if (next !== doc) writeFileSync(file, next);
}
