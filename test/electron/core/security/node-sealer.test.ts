import { promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NodeSealer } from '../../../../electron/core/security/node-sealer';
import { bindingDigest, SealBindingMismatch } from '../../../../electron/core/security/seal-binding';
import { envelope } from '../../../../electron/core/security/sealer';
import { useTempDirs } from '../../../support/temp-dir';

describe('NodeSealer', () => {
  const tempDir = useTempDirs();

  it('round-trips a secret and never writes it in clear', async () => {
    const dir = tempDir();
    const sealer = await NodeSealer.open(dir);
    const sealed = await sealer.seal('pässwörd-€-1');
    expect(sealed).toMatch(/^sealed:v1:node-aes:/);
    expect(sealed).not.toContain('pässwörd');
    expect(await sealer.unseal(sealed)).toBe('pässwörd-€-1');
    // A fresh IV each time: the same secret never seals to the same text.
    expect(await sealer.seal('x')).not.toBe(await sealer.seal('x'));
  });

  it('creates the key file with mode 0600 and reuses it', async () => {
    const dir = tempDir();
    const a = await NodeSealer.open(dir);
    if (process.platform !== 'win32') expect(statSync(path.join(dir, 'sealing.key')).mode & 0o777).toBe(0o600);
    const b = await NodeSealer.open(dir);
    expect(await b.unseal(await a.seal('shared'))).toBe('shared');
  });

  it('says clearly when a value was sealed with another key or by another sealer', async () => {
    const sealed = await (await NodeSealer.open(tempDir())).seal('secret');
    const other = await NodeSealer.open(tempDir());
    await expect(other.unseal(sealed)).rejects.toMatchObject({
      code: 'SECRET_STORE',
      message: expect.stringContaining('another key'),
    });
    await expect(other.unseal(envelope('os', 'AAAA'))).rejects.toMatchObject({
      code: 'SECRET_STORE',
      message: expect.stringContaining("sealed by 'os'"),
    });
  });

  it('refuses a damaged key file', async () => {
    const dir = tempDir();
    await fs.writeFile(path.join(dir, 'sealing.key'), 'c2hvcnQ=');
    await expect(NodeSealer.open(dir)).rejects.toMatchObject({
      code: 'SECRET_STORE',
      message: expect.stringContaining('damaged'),
    });
  });

  describe('bound to a place (AES-GCM additional data)', () => {
    const here = { plugin: 'secret-server', field: 'apiPassword', bind: { endpointUrl: 'https://a.example/x.asmx' } };

    it('opens a bound value only for the same plugin, field and guard values', async () => {
      const sealer = await NodeSealer.open(tempDir());
      const sealed = await sealer.seal('Bound-Secret-1', here);
      expect(sealed).toMatch(/^sealed:v2:node-aes:/);
      expect(await sealer.unseal(sealed, { ...here, bind: { endpointUrl: 'https://a.example/x.asmx' } })).toBe(
        'Bound-Secret-1',
      );
      for (const other of [
        { ...here, plugin: 'tpam' },
        { ...here, field: 'server_user_key' },
        { ...here, bind: { endpointUrl: 'https://b.example/x.asmx' } },
        { ...here, bind: {} },
      ]) {
        await expect(sealer.unseal(sealed, other)).rejects.toBeInstanceOf(SealBindingMismatch);
      }
      await expect(sealer.unseal(sealed)).rejects.toBeInstanceOf(SealBindingMismatch);
    });

    it('refuses a value whose clear digest was forged to match another place: the additional data fails the tag', async () => {
      const sealer = await NodeSealer.open(tempDir());
      const sealed = await sealer.seal('Bound-Secret-2', here);
      const elsewhere = { ...here, bind: { endpointUrl: 'https://evil.example/x.asmx' } };
      const forged = sealed.replace(/^(sealed:v2:node-aes:)[^.]+/, `$1${bindingDigest(elsewhere)}`);
      await expect(sealer.unseal(forged, elsewhere)).rejects.toMatchObject({
        code: 'SECRET_STORE',
        message: expect.stringContaining('altered'),
      });
    });

    it('still opens a v1 value (sealed before binding existed) with any binding', async () => {
      const sealer = await NodeSealer.open(tempDir());
      const legacy = await sealer.seal('Legacy-Secret-3');
      expect(legacy).toMatch(/^sealed:v1:node-aes:/);
      expect(await sealer.unseal(legacy, here)).toBe('Legacy-Secret-3');
    });
  });
});
