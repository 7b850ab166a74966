import { createHmac, randomBytes } from 'node:crypto';
import ssh2 from 'ssh2';

const { utils } = ssh2;

/**
 * Reads the ISA CLI user's private key with ssh2's parser, the one the SSH connection uses, and
 * says what is wrong without ever quoting the key or the passphrase. Whether the key is
 * encrypted is read from the key's own header, not from the parser's English.
 */

export type KeyVerdict = 'ok' | 'not-a-key' | 'public-key' | 'needs-passphrase' | 'wrong-passphrase';

/**
 * OpenSSH keys derive the cipher key with bcrypt, one pass per round: 20–60 ms a round, in the
 * main process. ssh-keygen's default is 16; above this bound the passphrase is left to Test
 * Settings, so a check as the admin types never holds the process for seconds.
 */
export const MAX_CHECKED_ROUNDS = 32;

/** The last verdict, keyed by an HMAC under a per-process key: typing in another field does not decrypt again. */
const cacheKey = randomBytes(32);
let last: { id: string; verdict: KeyVerdict } | null = null;

export function checkPrivateKey(key: string, passphrase: string): KeyVerdict {
  const id = createHmac('sha256', cacheKey).update(key).update('\0').update(passphrase).digest('hex');
  if (last?.id === id) return last.verdict;
  const verdict = judge(key, passphrase);
  last = { id, verdict };
  return verdict;
}

function judge(key: string, passphrase: string): KeyVerdict {
  const encryption = encryptionOf(key);
  if (encryption.encrypted && passphrase === '') return 'needs-passphrase';
  if (encryption.rounds > MAX_CHECKED_ROUNDS) return 'ok';
  const parsed = utils.parseKey(key, encryption.encrypted ? passphrase : undefined);
  if (parsed instanceof Error) return encryption.encrypted ? 'wrong-passphrase' : 'not-a-key';
  const first = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!first) return 'not-a-key';
  return first.isPrivateKey() ? 'ok' : 'public-key';
}

/** Encrypted PEM (Proc-Type: 4,ENCRYPTED), OpenSSH (a cipher other than none) or PuTTY (Encryption: other than none). */
export function encryptionOf(key: string): { encrypted: boolean; rounds: number } {
  if (/^Proc-Type:\s*4,ENCRYPTED/m.test(key)) return { encrypted: true, rounds: 0 };
  const ppk = /^Encryption:\s*(\S+)/m.exec(key);
  if (/^PuTTY-User-Key-File-/m.test(key) && ppk) return { encrypted: ppk[1] !== 'none', rounds: 0 };
  const body = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(key)?.[1];
  return body === undefined
    ? { encrypted: false, rounds: 0 }
    : openSshHeader(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
}

/** "openssh-key-v1\0", string cipher, string kdf, string kdfoptions (string salt, uint32 rounds). */
function openSshHeader(data: Buffer): { encrypted: boolean; rounds: number } {
  const magic = 'openssh-key-v1\0';
  if (data.subarray(0, magic.length).toString('latin1') !== magic) return { encrypted: false, rounds: 0 };
  let at = magic.length;
  const readString = (): Buffer | null => {
    if (at + 4 > data.length) return null;
    const len = data.readUInt32BE(at);
    if (at + 4 + len > data.length) return null;
    const out = data.subarray(at + 4, at + 4 + len);
    at += 4 + len;
    return out;
  };
  const cipher = readString()?.toString('latin1');
  readString(); // kdf name
  const options = readString();
  const encrypted = cipher !== undefined && cipher !== 'none';
  if (!options || options.length < 4) return { encrypted, rounds: 0 };
  const saltLength = options.length >= 4 ? options.readUInt32BE(0) : 0;
  const rounds = options.length >= 8 + saltLength ? options.readUInt32BE(4 + saltLength) : 0;
  return { encrypted, rounds };
}
