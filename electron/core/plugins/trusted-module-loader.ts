import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CredentialStorePlugin } from '../../../shared/plugin/contract';
import { loadPluginModuleAs } from './load-plugin-modules';
import { readVerified, sha256Of, type PluginFile } from './plugin-files';
import { EcmError } from '../../../shared/errors';

/** Where trusted plugin bytes are imported from, inside the data directory (this user's, mode 0700). */
export const PLUGIN_CACHE_DIR = 'trusted-plugins';

/**
 * Imports a trusted plugin file from the bytes that were hashed, not from the plugins folder: the
 * bytes are read once and checked against the trusted hash, written to a copy named by that hash
 * in the data directory, checked again there, and the copy is imported. A file replaced in the
 * plugins folder between the check and the import therefore never runs. A plugin is one bundled
 * module: relative imports of other files beside it are not part of what was trusted.
 */
export async function importTrustedFile(file: PluginFile, dataDir: string): Promise<CredentialStorePlugin[]> {
  const bytes = await readVerified(file);
  const dir = path.join(dataDir, PLUGIN_CACHE_DIR);
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const copy = path.join(dir, `${file.sha256}${path.extname(file.file).toLowerCase()}`);
  const temp = `${copy}.${process.pid}.tmp`;
  await fs.writeFile(temp, bytes, { mode: 0o600 });
  await fs.rename(temp, copy);
  const copied = await fs.readFile(copy);
  if (sha256Of(copied) !== file.sha256) {
    throw new EcmError({
      code: 'CONFIG',
      message: `The copy of the plugin file ${file.file} in ${dir} does not match its trusted hash; it was not loaded.`,
      hint: 'Check who else can write to the data directory.',
    });
  }
  return loadPluginModuleAs(copy, `${file.file} (${path.dirname(file.path)})`);
}
