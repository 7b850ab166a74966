import { generateKeyPairSync } from 'node:crypto';
import { utils } from 'ssh2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/open-core';
import { DEMO_CLI_USER, demoTpamWorld } from '../../../simulators/tpam/demo-world';
import { startTpamSimulator, type TpamSimulator } from '../../../simulators/tpam/tpam-simulator';
import { dsaTraditionalPem } from '../../../support/dsa-pem';
import { readLog } from '../../../support/core-fixture';
import { useTempDirs } from '../../../support/temp-dir';
import { openTpamCore, tpamSettings } from '../../../support/tpam-fixture';
import { generateSshKeyPair } from '../../../simulators/tpam/ssh-key-pair';

/** The OpenSSH public line of a private key, to register it with the simulated CLI user. */
function publicLine(privateKey: string, passphrase?: string): string {
  const key = utils.parseKey(privateKey, passphrase);
  if (key instanceof Error) throw key;
  const parsed = Array.isArray(key) ? key[0]! : key;
  return `${parsed.type} ${parsed.getPublicSSH().toString('base64')}`;
}

const pem = {
  rsa: () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }).privateKey,
  ec: () =>
    generateKeyPairSync('ec', {
      namedCurve: 'prime256v1',
      privateKeyEncoding: { type: 'sec1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }).privateKey,
  rsaEncrypted: () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'Key-Passphrase-1' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }).privateKey,
};

describe('TPAM plugin: CLI user key types', () => {
  const tempDir = useTempDirs();
  let sim: TpamSimulator;
  beforeAll(async () => {
    sim = await startTpamSimulator({ world: demoTpamWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });

  async function connectWith(privateKey: string, passphrase?: string) {
    const { core } = await openTpamCore(tempDir());
    try {
      return await core.api.testSettings({
        pluginId: 'tpam',
        values: tpamSettings(sim, {
          server_user_key: privateKey,
          ...(passphrase ? { server_user_key_passphrase: passphrase } : {}),
        }) as never,
        user: 'jdoe',
        endpoint: '10.0.0.5',
      });
    } finally {
      await (core as Core).close();
      // Whatever happened, neither the key nor its passphrase reached the log.
      const log = readLog(core);
      if (passphrase) expect(log).not.toContain(passphrase);
      expect(log).not.toContain(privateKey.split('\n')[1]!);
    }
  }

  const keys: [string, string, string | undefined][] = [
    ['PEM RSA', pem.rsa(), undefined],
    ['PEM EC', pem.ec(), undefined],
    ['PEM DSA (as TPAM hands out CLI keys)', dsaTraditionalPem(), undefined],
    ['PEM RSA with a passphrase', pem.rsaEncrypted(), 'Key-Passphrase-1'],
    ['OpenSSH RSA', generateSshKeyPair('rsa', { bits: 2048 }).private, undefined],
    ['OpenSSH ECDSA', generateSshKeyPair('ecdsa', { bits: 256 }).private, undefined],
    [
      'OpenSSH Ed25519 with a passphrase',
      generateSshKeyPair('ed25519', { passphrase: 'Key-Passphrase-2', cipher: 'aes256-ctr', rounds: 16 }).private,
      'Key-Passphrase-2',
    ],
  ];

  it.each(keys)('logs in with a %s key', async (_name, privateKey, passphrase) => {
    sim.world.users.find((u) => u.name === DEMO_CLI_USER)!.cliPublicKeys!.push(publicLine(privateKey, passphrase));
    const result = await connectWith(privateKey, passphrase);
    expect(result.credentials).toHaveLength(2);
  });

  it('says which field is wrong for a missing or wrong passphrase and for a broken key', async () => {
    const encrypted = keys.find(([name]) => name.startsWith('OpenSSH Ed25519'))![1];
    await expect(connectWith(encrypted)).rejects.toMatchObject({
      code: 'CONFIG',
      field: 'values.server_user_key_passphrase',
      message: expect.stringContaining('is encrypted'),
    });
    await expect(connectWith(encrypted, 'wrong-pass')).rejects.toMatchObject({
      code: 'CONFIG',
      field: 'values.server_user_key_passphrase',
      message: expect.stringContaining('could not be decrypted'),
    });
    await expect(
      connectWith('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----'),
    ).rejects.toMatchObject({ code: 'CONFIG', field: 'values.server_user_key' });
  });
});
