import { createHmac, randomBytes } from 'node:crypto';
import { utils } from 'ssh2';
import { describe, expect, it } from 'vitest';
import {
  fingerprintSha256,
  keyTypeOf,
  knownHostsLine,
  lookupName,
  parseKnownHosts,
  verifyHostKey,
} from '../../../../electron/plugins/tpam/known-hosts';
import { generateSshKeyPair } from '../../../simulators/tpam/ssh-key-pair';

function publicBlob(type: 'ed25519' | 'rsa' | 'ecdsa'): Buffer {
  const pair = generateSshKeyPair(type, type === 'rsa' ? { bits: 2048 } : type === 'ecdsa' ? { bits: 256 } : {});
  const parsed = utils.parseKey(pair.public);
  if (parsed instanceof Error) throw parsed;
  return (Array.isArray(parsed) ? parsed[0]! : parsed).getPublicSSH();
}

function hashedName(name: string): string {
  const salt = randomBytes(20);
  return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
}

describe('known_hosts', () => {
  const ed = publicBlob('ed25519');
  const rsa = publicBlob('rsa');
  const other = publicBlob('ed25519');

  it('matches plain names, aliases and wildcards, with [host]:port when the port is not 22', () => {
    const { entries, problems } = parseKnownHosts(
      [
        `# TPAM`,
        `tpam.corp,10.0.0.9 ${keyTypeOf(ed)} ${ed.toString('base64')}`,
        `[tpam.corp]:2222 ${keyTypeOf(rsa)} ${rsa.toString('base64')}`,
        `*.lab ${keyTypeOf(ed)} ${ed.toString('base64')}`,
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(verifyHostKey(entries, 'tpam.corp', 22, ed).ok).toBe(true);
    expect(verifyHostKey(entries, '10.0.0.9', 22, ed).ok).toBe(true);
    expect(verifyHostKey(entries, 'tpam.corp', 2222, rsa).ok).toBe(true);
    expect(verifyHostKey(entries, 'tpam.corp', 2222, ed)).toMatchObject({
      ok: false,
      reason: 'mismatch',
      expectedTypes: ['ssh-rsa'],
    });
    expect(verifyHostKey(entries, 'x.lab', 22, ed).ok).toBe(true);
    expect(verifyHostKey(entries, 'unknown', 22, ed)).toMatchObject({ ok: false, reason: 'unknown-host' });
  });

  it('matches hashed names with HMAC-SHA1, for [host]:port too', () => {
    const { entries } = parseKnownHosts(
      `${hashedName('127.0.0.1')} ssh-ed25519 ${ed.toString('base64')}\n${hashedName('[127.0.0.1]:2022')} ssh-ed25519 ${other.toString('base64')}`,
    );
    expect(verifyHostKey(entries, '127.0.0.1', 22, ed).ok).toBe(true);
    expect(verifyHostKey(entries, '127.0.0.1', 2022, other).ok).toBe(true);
    expect(verifyHostKey(entries, '127.0.0.1', 2022, ed).ok).toBe(false);
  });

  it('matches the default.cfg example line from the tutorial as a hashed entry', () => {
    const salt = 'shAKuZdzJelKykkXBo+l4qpE+Fo=';
    const { entries } = parseKnownHosts(`|1|${salt}|J8oYavGEL2Rmo+u5R4r+Mdt7vuE= ssh-ed25519 ${ed.toString('base64')}`);
    expect(entries[0]!.hashed!.salt).toHaveLength(20);
  });

  it('refuses a revoked key and reports bad lines instead of ignoring them silently', () => {
    const { entries, problems } = parseKnownHosts(
      `@revoked tpam ssh-ed25519 ${ed.toString('base64')}\ntpam ssh-ed25519 ${ed.toString('base64')}\nbroken-line\ntpam ssh-foo AAAA\ntpam ssh-rsa ${ed.toString('base64')}`,
    );
    expect(verifyHostKey(entries, 'tpam', 22, ed)).toMatchObject({ ok: false, reason: 'revoked' });
    expect(problems).toHaveLength(3);
  });

  it('prints lines and fingerprints as OpenSSH does', () => {
    expect(lookupName('h', 22)).toBe('h');
    expect(lookupName('h', 2222)).toBe('[h]:2222');
    expect(knownHostsLine('h', 2222, ed)).toBe(`[h]:2222 ssh-ed25519 ${ed.toString('base64')}`);
    expect(fingerprintSha256(ed)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });
});
