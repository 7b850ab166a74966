import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * OpenSSH known_hosts lines, the form `server_public_key` takes: plain names (`host`,
 * `host,alias`, `[host]:port`, with `*`/`?` wildcards and `!` negation) or hashed names
 * (`|1|salt|hash`, HMAC-SHA1 of the name keyed by the salt). Hand-written because the matching
 * must be exactly OpenSSH's (and paramiko's, which the SPS plugin used).
 */
export interface KnownHostEntry {
  line: number;
  /** Plain patterns, or null for a hashed entry. */
  patterns: string[] | null;
  hashed: { salt: Buffer; hash: Buffer } | null;
  keyType: string;
  keyBlob: Buffer;
  revoked: boolean;
}

const KEY_TYPES = new Set([
  'ssh-rsa',
  'ssh-dss',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
]);

export function parseKnownHosts(text: string): { entries: KnownHostEntry[]; problems: string[] } {
  const entries: KnownHostEntry[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    let fields = line.split(/\s+/);
    let revoked = false;
    if (fields[0] === '@revoked' || fields[0] === '@cert-authority') {
      if (fields[0] === '@cert-authority') {
        problems.push(`line ${index + 1}: @cert-authority entries are not supported; pin the host key itself.`);
        return;
      }
      revoked = true;
      fields = fields.slice(1);
    }
    const [names, keyType, base64] = fields;
    if (!names || !keyType || !base64) {
      problems.push(`line ${index + 1}: expected "host key-type base64-key".`);
      return;
    }
    if (!KEY_TYPES.has(keyType)) {
      problems.push(`line ${index + 1}: unsupported key type '${keyType}'.`);
      return;
    }
    const keyBlob = Buffer.from(base64, 'base64');
    if (keyBlob.length === 0 || keyTypeOf(keyBlob) !== keyType) {
      problems.push(`line ${index + 1}: the key is not valid base64 for ${keyType}.`);
      return;
    }
    if (names.startsWith('|1|')) {
      const [, , salt, hash] = names.split('|');
      if (!salt || !hash) {
        problems.push(`line ${index + 1}: a hashed name must be |1|salt|hash.`);
        return;
      }
      entries.push({
        line: index + 1,
        patterns: null,
        hashed: { salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') },
        keyType,
        keyBlob,
        revoked,
      });
    } else {
      entries.push({ line: index + 1, patterns: names.split(','), hashed: null, keyType, keyBlob, revoked });
    }
  });
  return { entries, problems };
}

/** The name OpenSSH looks up: `host` on port 22, `[host]:port` otherwise. */
export function lookupName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

export function entryMatches(entry: KnownHostEntry, name: string): boolean {
  if (entry.hashed) {
    // OpenSSH hashes the lower-cased name (plain patterns already compare without case).
    const digest = createHmac('sha1', entry.hashed.salt).update(name.toLowerCase()).digest();
    return digest.length === entry.hashed.hash.length && timingSafeEqual(digest, entry.hashed.hash);
  }
  let matched = false;
  for (const pattern of entry.patterns ?? []) {
    const negated = pattern.startsWith('!');
    if (wildcardMatch(negated ? pattern.slice(1) : pattern, name)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

function wildcardMatch(pattern: string, name: string): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );
  return re.test(name);
}

export type HostKeyVerdict =
  | { ok: true; entry: KnownHostEntry }
  | { ok: false; reason: 'unknown-host' | 'mismatch' | 'revoked'; expectedTypes: string[] };

/** OpenSSH's rule: a revoked key is refused; otherwise any entry for the name with the same key matches. */
export function verifyHostKey(
  entries: KnownHostEntry[],
  host: string,
  port: number,
  presented: Buffer,
): HostKeyVerdict {
  const name = lookupName(host, port);
  const forHost = entries.filter((e) => entryMatches(e, name));
  if (forHost.some((e) => e.revoked && e.keyBlob.equals(presented)))
    return { ok: false, reason: 'revoked', expectedTypes: [] };
  const match = forHost.find((e) => !e.revoked && e.keyBlob.equals(presented));
  if (match) return { ok: true, entry: match };
  return {
    ok: false,
    reason: forHost.length === 0 ? 'unknown-host' : 'mismatch',
    expectedTypes: forHost.map((e) => e.keyType),
  };
}

/** `SHA256:…` as `ssh-keygen -l` prints it (unpadded base64). */
export function fingerprintSha256(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** The key type written at the start of an SSH public key blob (uint32 length + name). */
export function keyTypeOf(blob: Buffer): string | null {
  if (blob.length < 4) return null;
  const len = blob.readUInt32BE(0);
  if (len === 0 || len > 64 || blob.length < 4 + len) return null;
  return blob.subarray(4, 4 + len).toString('latin1');
}

export function knownHostsLine(host: string, port: number, blob: Buffer): string {
  return `${lookupName(host, port)} ${keyTypeOf(blob) ?? 'unknown'} ${blob.toString('base64')}`;
}
