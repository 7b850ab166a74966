import { createHash, createHmac, randomBytes } from 'node:crypto';
import ssh2 from 'ssh2';
import { generateSshKeyPair } from './ssh-key-pair';

const { utils } = ssh2;

/**
 * Host keys of the simulated TPAM and the ways an admin writes them down: the known_hosts line
 * the plugin's `server_public_key` expects (plain, and hashed `|1|salt|hmac` as `ssh-keygen -H`
 * writes it) and the SHA256 fingerprint `ssh-keygen -lf` prints.
 */

export type HostKeyType = 'rsa' | 'ed25519';

export interface HostKeyPair {
  type: HostKeyType;
  /** OpenSSH private key. */
  privateKey: string;
}

export interface HostKeyInfo {
  type: HostKeyType;
  /** SSH algorithm name: `ssh-rsa`, `ssh-ed25519`. */
  algorithm: string;
  /** `[127.0.0.1]:port ssh-ed25519 AAAA…` (the `[host]:port` form, as the port is not 22). */
  knownHostsLine: string;
  /** The same entry with the host name hashed (`|1|salt|HMAC-SHA1(salt, name)`). */
  hashedKnownHostsLine: string;
  /** `SHA256:<base64 without padding>` */
  fingerprint: string;
  /** The public key blob, base64 (the known_hosts key field). */
  publicKeyBase64: string;
}

export function generateHostKeys(types: readonly HostKeyType[] = ['rsa', 'ed25519']): HostKeyPair[] {
  return types.map((type) => ({
    type,
    privateKey:
      type === 'rsa' ? generateSshKeyPair('rsa', { bits: 2048 }).private : generateSshKeyPair('ed25519').private,
  }));
}

/** known_hosts names the host as `host` on port 22 and `[host]:port` otherwise. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

export function describeHostKey(pair: HostKeyPair, host: string, port: number): HostKeyInfo {
  const key = utils.parseKey(pair.privateKey);
  if (key instanceof Error) throw key;
  const blob: Buffer = key.getPublicSSH();
  const base64 = blob.toString('base64');
  const name = knownHostsName(host, port);
  const salt = randomBytes(20);
  const hashedName = `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
  return {
    type: pair.type,
    algorithm: key.type,
    knownHostsLine: `${name} ${key.type} ${base64}`,
    hashedKnownHostsLine: `${hashedName} ${key.type} ${base64}`,
    fingerprint: `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`,
    publicKeyBase64: base64,
  };
}
