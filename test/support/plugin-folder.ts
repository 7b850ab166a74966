import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A small, complete third-party plugin as module text, for tests of the plugins folder. `marker`
 * lets a test see whether the module's code ran (it sets a global when imported).
 */
export function pluginSource(id: string, options: { version?: string; marker?: string } = {}): string {
  const marker = options.marker
    ? `globalThis[${JSON.stringify(options.marker)}] = (globalThis[${JSON.stringify(options.marker)}] ?? 0) + 1;\n`
    : '';
  return `${marker}export default {
  id: ${JSON.stringify(id)},
  displayName: ${JSON.stringify(`Folder plugin ${id}`)},
  version: ${JSON.stringify(options.version ?? '1.0.0')},
  description: 'A plugin placed in the plugins folder by a test.',
  settings: [{ key: 'host', label: 'Host', description: 'Where the vault is.', type: 'string', required: false }],
  async testSettings() { return { steps: [], credentials: [] }; },
  async retrieveCredential() { throw new Error('not in tests'); },
  async clearTokenCache() { return 0; },
};
`;
}

export interface WrittenPlugin {
  file: string;
  path: string;
  size: number;
  sha256: string;
}

export function writePluginFile(folder: string, file: string, source: string): WrittenPlugin {
  mkdirSync(folder, { recursive: true });
  const full = path.join(folder, file);
  writeFileSync(full, source);
  const bytes = Buffer.from(source);
  return { file, path: full, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function sha256OfText(text: string): string {
  return createHash('sha256').update(Buffer.from(text)).digest('hex');
}
