import { promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NodeSealer } from '../../../../electron/core/security/node-sealer';
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
    await expect(other.unseal(sealed)).rejects.toMatchObject({ code: 'SECRET_STORE', message: expect.stringContaining('another key') });
    await expect(other.unseal(envelope('os', 'AAAA'))).rejects.toMatchObject({
      code: 'SECRET_STORE',
      message: expect.stringContaining("sealed by 'os'"),
    });
  });

  it('refuses a damaged key file', async () => {
    const dir = tempDir();
    await fs.writeFile(path.join(dir, 'sealing.key'), 'c2hvcnQ=');
    await expect(NodeSealer.open(dir)).rejects.toMatchObject({ code: 'SECRET_STORE', message: expect.stringContaining('damaged') });
  });
});
