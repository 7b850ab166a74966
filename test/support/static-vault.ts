import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CredentialStorePlugin } from '../../shared/plugin/contract';
import staticVaultPlugin from '../fixtures/plugins/static-vault-plugin.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VAULT_FILE = path.join(ROOT, 'test', 'fixtures', 'plugins', 'vault.json');
export const VAULT_PLUGIN_MODULE = path.join(ROOT, 'test', 'fixtures', 'plugins', 'static-vault-plugin.mjs');
export const API_PASSWORD = 'Vault-API-pass-1';

export const staticVault: CredentialStorePlugin = staticVaultPlugin;

/** Valid settings for the static vault plugin. */
export function vaultSettings(overrides: Record<string, unknown> = {}) {
  return { vaultFile: VAULT_FILE, apiUser: 'svc-ecm', apiPassword: API_PASSWORD, ...overrides };
}
