import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EcmError } from '../../../shared/errors';

/**
 * Refuses a data directory that other users can write, and a `sealing.key` that other users can
 * read or write. Whoever can write the folder can swap settings.json or the key (and so receive a
 * secret the next time one is saved or sent); whoever can read the key can unseal every stored
 * secret. What does not exist yet is fine: the core creates it with mode 0700/0600.
 *
 * Not on Windows: there Node derives mode bits from the read-only attribute only (every folder
 * looks like 0777), and access is decided by NTFS ACLs, which the per-user %APPDATA% already limits.
 */
export async function refuseSharedDataDir(
  dataDir: string,
  platform: NodeJS.Platform = process.platform,
): Promise<void> {
  if (platform === 'win32') return;
  const dirMode = await modeOf(dataDir);
  if (dirMode !== null && (dirMode & 0o022) !== 0) {
    throw new EcmError({
      code: 'CONFIG',
      field: 'data-dir',
      message: `The data directory ${dataDir} can be written by other users (mode ${octal(dirMode)}): they could replace the settings or the sealing key.`,
      hint: `Make it private to this account: chmod 700 ${shellQuote(dataDir)}`,
    });
  }
  const keyFile = path.join(dataDir, 'sealing.key');
  const keyMode = await modeOf(keyFile);
  if (keyMode !== null && (keyMode & 0o077) !== 0) {
    throw new EcmError({
      code: 'CONFIG',
      field: 'data-dir',
      message: `The sealing key ${keyFile} can be ${keyMode & 0o022 ? 'written' : 'read'} by other users (mode ${octal(keyMode)}): with it, anyone can unseal the stored secrets.`,
      hint: `Make it private to this account: chmod 600 ${shellQuote(keyFile)}`,
    });
  }
}

async function modeOf(file: string): Promise<number | null> {
  try {
    return (await fs.stat(file)).mode & 0o777;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function octal(mode: number): string {
  return `0${mode.toString(8).padStart(3, '0')}`;
}

/** The path as one shell word, so the hint can be pasted even with spaces ("ECM Configurator"). */
function shellQuote(p: string): string {
  return /^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
