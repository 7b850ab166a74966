import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { EcmError } from '../../../shared/errors';
import { bindingDigest, canonicalBinding, SealBindingMismatch, type SealBinding } from './seal-binding';
import { envelope, openEnvelope, type Sealer } from './sealer';

/**
 * AES-256-GCM with a random 32-byte key kept in `sealing.key` (mode 0600) in the data
 * directory. Used by the CLI and the tests, where Electron's safeStorage is not available.
 * It protects the settings from being read as plain text in a copy of the settings file;
 * the key file itself must be protected by the file system (NTFS ACLs / 0600).
 */
export class NodeSealer implements Sealer {
  readonly kind = 'node-aes';

  private constructor(private readonly key: Buffer) {}

  static async open(dataDir: string): Promise<NodeSealer> {
    const keyPath = path.join(dataDir, 'sealing.key');
    await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
    try {
      // 'wx' fails if the file exists, so two processes never overwrite each other's key.
      const handle = await fs.open(keyPath, fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_WRONLY, 0o600);
      try {
        await handle.writeFile(randomBytes(32).toString('base64'));
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw keyFileError(keyPath, err);
    }
    let key: Buffer;
    try {
      key = Buffer.from((await fs.readFile(keyPath, 'utf8')).trim(), 'base64');
    } catch (err) {
      throw keyFileError(keyPath, err);
    }
    if (key.length !== 32) {
      throw new EcmError({
        code: 'SECRET_STORE',
        message: `The sealing key file ${keyPath} is damaged (expected 32 bytes of key, found ${key.length}).`,
        hint: 'Restore sealing.key from a backup, or delete it and enter the stored passwords and keys again.',
      });
    }
    return new NodeSealer(key);
  }

  async seal(plain: string, binding?: SealBinding): Promise<string> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    // The binding is authenticated, not encrypted: opening the value for another place fails the tag.
    if (binding) cipher.setAAD(Buffer.from(canonicalBinding(binding), 'utf8'));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    return binding ? envelope(this.kind, `${bindingDigest(binding)}.${sealed}`, 'v2') : envelope(this.kind, sealed);
  }

  async unseal(sealed: string, binding?: SealBinding): Promise<string> {
    const parts = openEnvelope(sealed);
    if (!parts) throw unsealError('the value is not a sealed secret');
    if (parts.kind !== this.kind) throw foreignSealerError(parts.kind, this.kind);
    let payload = parts.payload;
    if (parts.version === 'v2') {
      const dot = payload.indexOf('.');
      // The digest only makes the error clear; the AAD below is what refuses a moved value.
      if (!binding || dot < 0 || payload.slice(0, dot) !== bindingDigest(binding)) throw new SealBindingMismatch(null);
      payload = payload.slice(dot + 1);
    }
    const raw = Buffer.from(payload, 'base64');
    if (raw.length < 28) throw unsealError('the sealed value is truncated');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      if (parts.version === 'v2' && binding) decipher.setAAD(Buffer.from(canonicalBinding(binding), 'utf8'));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      throw unsealError('it was sealed with another key (sealing.key was replaced) or the file was altered');
    }
  }
}

function keyFileError(keyPath: string, err: unknown): EcmError {
  return new EcmError({
    code: 'SECRET_STORE',
    message: `Cannot create or read the sealing key file ${keyPath}: ${(err as Error).message}`,
    hint: 'Check that the data directory exists and that this account may read and write it.',
  });
}

export function unsealError(why: string): EcmError {
  return new EcmError({
    code: 'SECRET_STORE',
    message: `A stored secret cannot be unsealed: ${why}.`,
    hint: 'Enter the secret again in the settings and save.',
  });
}

export function foreignSealerError(found: string, expected: string): EcmError {
  return new EcmError({
    code: 'SECRET_STORE',
    message: `A stored secret was sealed by '${found}', but this process unseals with '${expected}'.`,
    hint:
      found === 'os'
        ? 'Secrets saved by the desktop app are sealed by Windows for that user. Run the CLI through the app ("ECM Configurator.exe" --cli …) as the same user, or pass the secret in a --settings file.'
        : 'Enter the secret again in the settings and save.',
  });
}
