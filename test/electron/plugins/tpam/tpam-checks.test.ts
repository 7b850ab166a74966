import { generateKeyPairSync } from 'node:crypto';
import ssh2 from 'ssh2';
import { describe, expect, it, vi } from 'vitest';
import { checkTpamSettings } from '../../../../electron/plugins/tpam/tpam-checks';
import type { SettingsCheckContext } from '../../../../shared/plugin/contract';
import type { SettingsValues } from '../../../../shared/plugin/settings-schema';
import { generateSshKeyPair } from '../../../simulators/tpam/ssh-key-pair';

const hostKey = generateSshKeyPair('ed25519');
const GOOD_LINE = `tpam.corp.example ${hostKey.public.split(' ').slice(0, 2).join(' ')}`;
const plainKey = generateSshKeyPair('ed25519').private;
const encryptedKey = generateSshKeyPair('ed25519', {
  passphrase: 'Key-Passphrase-9',
  cipher: 'aes256-ctr',
  rounds: 16,
}).private;
const encryptedPem = generateKeyPairSync('rsa', {
  modulusLength: 1024,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'Pem-Passphrase-7' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
}).privateKey;

function nothingStored(): SettingsCheckContext {
  return { storedSecrets: new Set(), storedSecret: async () => undefined };
}

function stored(secrets: Record<string, string>): SettingsCheckContext & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    storedSecrets: new Set(Object.keys(secrets)),
    storedSecret: async (key) => {
      asked.push(key);
      return secrets[key];
    },
  };
}

function values(overrides: Partial<SettingsValues>): SettingsValues {
  return {
    server: 'tpam.corp.example',
    server_public_key: GOOD_LINE,
    server_user: 'isacli',
    server_user_key: plainKey,
    server_user_key_passphrase: '',
    ...overrides,
  };
}

async function messages(v: SettingsValues, ctx = nothingStored()): Promise<Record<string, string>> {
  return Object.fromEntries((await checkTpamSettings(v, ctx)).map((p) => [p.key, p.message]));
}

describe('TPAM settings checks: server_public_key', () => {
  it('accepts known_hosts lines (plain, [host]:port, hashed, comments)', async () => {
    const text = ['# pinned', GOOD_LINE, `[10.0.0.1]:2222 ${hostKey.public.split(' ').slice(0, 2).join(' ')}`].join(
      '\n',
    );
    expect(await messages(values({ server_public_key: text }))).toEqual({});
  });

  it("refuses 'not a key' naming the field, the line, the text and what to do", async () => {
    expect((await messages(values({ server_public_key: 'not a key' }))).server_public_key).toBe(
      "TPAM server public key (server_public_key): line 1 is not a known_hosts line or a public key ('not a key'). Paste the line from known_hosts or use Fetch host key.",
    );
  });

  it('refuses a bare public key, a cut-short key and a @cert-authority line, each in its own words', async () => {
    const bare = (await messages(values({ server_public_key: hostKey.public }))).server_public_key;
    expect(bare).toContain("line 1 is a public key without the server's address in front");
    const cut = (await messages(values({ server_public_key: GOOD_LINE.slice(0, -20) }))).server_public_key;
    expect(cut).toContain('line 1 cannot be used: its ssh-ed25519 key is cut short or changed');
    const wrongType = (await messages(values({ server_public_key: GOOD_LINE.replace('ssh-ed25519', 'ssh-rsa') })))
      .server_public_key;
    expect(wrongType).toContain('line 1 cannot be used: the key is not valid base64 for ssh-rsa');
    const ca = (await messages(values({ server_public_key: `@cert-authority *.corp.example ${hostKey.public}` })))
      .server_public_key;
    expect(ca).toContain('line 1 is a @cert-authority line, which is not supported');
  });

  it('reports a bad line even when another line is usable, and counts the lines beyond three', async () => {
    const text = [GOOD_LINE, 'oops', 'a', 'b', 'c', 'd'].join('\n');
    const message = (await messages(values({ server_public_key: text }))).server_public_key!;
    expect(message).toContain("line 2 is not a known_hosts line or a public key ('oops')");
    expect(message).toContain('2 more lines cannot be used either.');
  });
});

describe('TPAM settings checks: the private key and its passphrase', () => {
  it('accepts a plain key, and an encrypted one with its passphrase (OpenSSH and PEM)', async () => {
    expect(await messages(values({}))).toEqual({});
    expect(
      await messages(values({ server_user_key: encryptedKey, server_user_key_passphrase: 'Key-Passphrase-9' })),
    ).toEqual({});
    expect(
      await messages(values({ server_user_key: encryptedPem, server_user_key_passphrase: 'Pem-Passphrase-7' })),
    ).toEqual({});
  });

  it('refuses text that is no key, and a public key, on the key field', async () => {
    expect((await messages(values({ server_user_key: 'not a key' }))).server_user_key).toMatch(
      /^ISA CLI user private key \(server_user_key\): this is not a private key the SSH client can read\. Paste the whole key file/,
    );
    expect(
      (
        await messages(
          values({ server_user_key: '-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----' }),
        )
      ).server_user_key,
    ).toContain('not a private key');
    expect((await messages(values({ server_user_key: hostKey.public }))).server_user_key).toContain(
      'this is a public key',
    );
  });

  it('puts a missing or wrong passphrase on the passphrase field, and never quotes the key or the passphrase', async () => {
    for (const key of [encryptedKey, encryptedPem]) {
      const missing = await messages(values({ server_user_key: key }));
      expect(missing).toEqual({
        server_user_key_passphrase:
          'Private key passphrase (server_user_key_passphrase) is needed: the private key is encrypted.',
      });
      const wrong = await messages(values({ server_user_key: key, server_user_key_passphrase: 'Wrong-Passphrase-0' }));
      expect(wrong.server_user_key_passphrase).toContain(
        'Private key passphrase (server_user_key_passphrase) does not decrypt the private key.',
      );
      expect(JSON.stringify(wrong)).not.toContain('Wrong-Passphrase-0');
      for (const line of key.split('\n').filter((l) => l.length > 20))
        expect(JSON.stringify(wrong)).not.toContain(line);
    }
  });

  it('checks a new key against the stored passphrase, and a new passphrase against the stored key', async () => {
    const withStoredPassphrase = stored({ server_user_key_passphrase: 'Key-Passphrase-9' });
    expect(await checkTpamSettings(values({ server_user_key: encryptedKey }), withStoredPassphrase)).toEqual([]);
    expect(withStoredPassphrase.asked).toEqual(['server_user_key_passphrase']);

    const withStoredKey = stored({ server_user_key: encryptedKey });
    const wrong = await messages(
      values({ server_user_key: '', server_user_key_passphrase: 'Not-The-One-1' }),
      withStoredKey,
    );
    expect(wrong.server_user_key_passphrase).toContain('does not decrypt');
    expect(withStoredKey.asked).toEqual(['server_user_key']);
  });

  it('unseals nothing when neither half of the pair was typed', async () => {
    const ctx = stored({ server_user_key: encryptedKey, server_user_key_passphrase: 'Key-Passphrase-9' });
    expect(await checkTpamSettings(values({ server_user_key: '', server_user_key_passphrase: '' }), ctx)).toEqual([]);
    expect(ctx.asked).toEqual([]);
  });
});

/** The key with its bcrypt rounds rewritten in the OpenSSH header (it no longer decrypts: only the cost matters). */
function withRounds(key: string, rounds: number): string {
  const body = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(key)![1]!;
  const data = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  let at = 'openssh-key-v1\0'.length;
  for (let i = 0; i < 2; i++) at += 4 + data.readUInt32BE(at); // cipher, kdf name
  const saltLength = data.readUInt32BE(at + 4);
  data.writeUInt32BE(rounds, at + 8 + saltLength);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${data
    .toString('base64')
    .match(/.{1,70}/g)!
    .join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

describe('TPAM settings checks: cost', () => {
  it('leaves the passphrase of a key with very many bcrypt rounds to Test Settings instead of holding the process', async () => {
    // A million rounds would hold the process for hours: the parser must not even be called.
    const costly = withRounds(encryptedKey, 1_000_000);
    const original = ssh2.utils.parseKey;
    const decrypting: string[] = [];
    const parse = vi.spyOn(ssh2.utils, 'parseKey').mockImplementation((data, passphrase) => {
      if (!String(data).includes('PRIVATE KEY')) return original(data, passphrase); // the known_hosts line
      decrypting.push('private key');
      return new Error('the check tried to decrypt');
    });
    try {
      expect(await messages(values({ server_user_key: costly, server_user_key_passphrase: 'Wrong-One-3' }))).toEqual(
        {},
      );
      // Without any passphrase it is still flagged: that needs no decryption.
      expect(Object.keys(await messages(values({ server_user_key: costly })))).toEqual(['server_user_key_passphrase']);
      expect(decrypting).toEqual([]);
    } finally {
      parse.mockRestore();
    }
  });
});
