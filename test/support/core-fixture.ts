import { readFileSync } from 'node:fs';
import { openCore, type Core } from '../../electron/core/open-core';
import type { CredentialStorePlugin } from '../../shared/plugin/contract';
import { staticVault } from './static-vault';

/** A real core on a temporary data directory, with the static vault test plugin. */
export async function openTestCore(dataDir: string, plugins: CredentialStorePlugin[] = [staticVault]): Promise<Core> {
  return openCore({ dataDir, plugins });
}

export function readLog(core: Core): string {
  try {
    return readFileSync(core.logFile, 'utf8');
  } catch {
    return '';
  }
}
