import { describe, expect, it } from 'vitest';
import { SafeStorageSealer } from '../../../electron/services/safe-storage-sealer';

/** A stand-in for Electron's safeStorage: reversible, but not the identity. */
function fakeSafeStorage(backend: string, available = true) {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (s: string) => Buffer.from([...Buffer.from(s, 'utf8')].map((b) => b ^ 0x5a)),
    decryptString: (b: Buffer) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString('utf8'),
  };
}

describe('SafeStorageSealer', () => {
  it('seals through the OS store with its own envelope', async () => {
    const sealer = new SafeStorageSealer(fakeSafeStorage('gnome_libsecret') as never, 'linux');
    const sealed = await sealer.seal('Os-Secret-1');
    expect(sealed).toMatch(/^sealed:v1:os:/);
    expect(sealed).not.toContain('Os-Secret-1');
    expect(await sealer.unseal(sealed)).toBe('Os-Secret-1');
  });

  it('fails closed on Linux basic_text instead of storing a weakly sealed secret', async () => {
    const sealer = new SafeStorageSealer(fakeSafeStorage('basic_text') as never, 'linux');
    await expect(sealer.seal('x')).rejects.toMatchObject({ code: 'SECRET_STORE', message: expect.stringContaining('basic_text') });
  });

  it('refuses when encryption is unavailable, and explains a value sealed by the CLI', async () => {
    await expect(new SafeStorageSealer(fakeSafeStorage('', false) as never, 'win32').seal('x')).rejects.toMatchObject({ code: 'SECRET_STORE' });
    const sealer = new SafeStorageSealer(fakeSafeStorage('') as never, 'win32');
    await expect(sealer.unseal('sealed:v1:node-aes:AAAA')).rejects.toMatchObject({ message: expect.stringContaining("sealed by 'node-aes'") });
  });
});
