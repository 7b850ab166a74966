import { describe, expect, it } from 'vitest';
import { SealBindingMismatch } from '../../../electron/core/security/seal-binding';
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
    await expect(sealer.seal('x')).rejects.toMatchObject({
      code: 'SECRET_STORE',
      message: expect.stringContaining('basic_text'),
    });
  });

  it('refuses when encryption is unavailable, and explains a value sealed by the CLI', async () => {
    await expect(new SafeStorageSealer(fakeSafeStorage('', false) as never, 'win32').seal('x')).rejects.toMatchObject({
      code: 'SECRET_STORE',
    });
    const sealer = new SafeStorageSealer(fakeSafeStorage('') as never, 'win32');
    await expect(sealer.unseal('sealed:v1:node-aes:AAAA')).rejects.toMatchObject({
      message: expect.stringContaining("sealed by 'node-aes'"),
    });
  });

  it('seals a bound value as an OS-sealed {plugin, field, bind, value} wrapper and opens it only for that place', async () => {
    const storage = fakeSafeStorage('');
    const sealer = new SafeStorageSealer(storage as never, 'win32');
    const here = { plugin: 'tpam', field: 'server_user_key', bind: {} };
    const sealed = await sealer.seal('Os-Key-2', here);
    expect(sealed).toMatch(/^sealed:v2:os:/);
    expect(JSON.parse(storage.decryptString(Buffer.from(sealed.slice('sealed:v2:os:'.length), 'base64')))).toEqual({
      ...here,
      value: 'Os-Key-2',
    });
    expect(await sealer.unseal(sealed, { ...here })).toBe('Os-Key-2');
    const moved = await sealer
      .unseal(sealed, {
        plugin: 'secret-server',
        field: 'apiPassword',
        bind: { endpointUrl: 'https://evil.example/x.asmx' },
      })
      .catch((e: unknown) => e);
    expect(moved).toBeInstanceOf(SealBindingMismatch);
    expect((moved as SealBindingMismatch).sealedFor).toEqual({ plugin: 'tpam', field: 'server_user_key' });
    await expect(sealer.unseal(sealed, { ...here, bind: { endpointUrl: 'x' } })).rejects.toBeInstanceOf(
      SealBindingMismatch,
    );
    await expect(sealer.unseal(sealed)).rejects.toBeInstanceOf(SealBindingMismatch);
  });

  it('still opens a v1 value with a binding (migrated on the next save)', async () => {
    const sealer = new SafeStorageSealer(fakeSafeStorage('') as never, 'win32');
    const legacy = await sealer.seal('Os-Legacy-3');
    expect(legacy).toMatch(/^sealed:v1:os:/);
    expect(await sealer.unseal(legacy, { plugin: 'secret-server', field: 'apiPassword', bind: {} })).toBe(
      'Os-Legacy-3',
    );
  });
});
