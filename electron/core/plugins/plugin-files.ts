import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EcmError } from '../../../shared/errors';

/** A plugin module file in the plugins folder: name, size and the hash of its bytes. */
export interface PluginFile {
  file: string;
  path: string;
  size: number;
  sha256: string;
}

/** A plugin is one bundled module; anything larger is not one (and would be slow to hash at every start). */
export const MAX_PLUGIN_BYTES = 50 * 1024 * 1024;

const MODULE_NAME = /\.(c|m)?js$/i;
/** A name shown in the log and the trust prompt must not hold line breaks or other controls. */
const PLAIN_NAME = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The plugin module files in `folder` (regular files named *.js, *.mjs or *.cjs), each hashed.
 * Nothing is imported here: detecting a plugin never runs its code. A missing folder has none.
 * `skipped` hears about entries that look like modules but cannot be used (a link, too large).
 */
export async function detectPluginFiles(
  folder: string,
  skipped: (why: string) => void = () => {},
): Promise<PluginFile[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch {
    return [];
  }
  const found: PluginFile[] = [];
  for (const name of names.filter((n) => MODULE_NAME.test(n)).sort()) {
    if (!PLAIN_NAME.test(name)) {
      skipped(`A file in ${folder} whose name holds control characters was ignored: ${JSON.stringify(name)}.`);
      continue;
    }
    const full = path.join(folder, name);
    try {
      // lstat: a link could point anywhere the link's writer likes; only files placed in the folder count.
      const stat = await fs.lstat(full);
      if (!stat.isFile()) {
        skipped(
          `${name} in ${folder} is not a regular file (a link or a folder); only plugin files placed in the folder are loaded.`,
        );
        continue;
      }
      const bytes = await readPluginBytes(full);
      found.push({ file: name, path: full, size: bytes.length, sha256: sha256Of(bytes) });
    } catch (err) {
      skipped((err as Error).message);
    }
  }
  return found;
}

/**
 * The bytes of a detected file, read once, provided they still hash to `sha256`. The caller
 * imports these bytes (see trusted-module-loader.ts), never the file again, so a file swapped
 * after the check cannot run.
 */
export async function readVerified(file: PluginFile): Promise<Buffer> {
  const bytes = await readPluginBytes(file.path);
  const now = sha256Of(bytes);
  if (now !== file.sha256) {
    throw new EcmError({
      code: 'CONFIG',
      message: `The plugin file ${file.file} changed while it was being loaded (expected SHA-256 ${file.sha256}, found ${now}); it was not loaded.`,
      hint: 'Check who writes to the plugins folder, then trust the file again.',
    });
  }
  return bytes;
}

async function readPluginBytes(full: string): Promise<Buffer> {
  const handle = await fs.open(full, 'r');
  try {
    const { size } = await handle.stat();
    if (size > MAX_PLUGIN_BYTES) {
      throw new EcmError({
        code: 'CONFIG',
        message: `${path.basename(full)} in ${path.dirname(full)} is ${size} bytes, more than a plugin module may be (${MAX_PLUGIN_BYTES} bytes); it was not loaded.`,
        hint: 'Bundle the plugin into one module of reasonable size, or remove the file from the plugins folder.',
      });
    }
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
