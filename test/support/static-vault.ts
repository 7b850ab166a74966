import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pluginKit, type CredentialStorePlugin } from '../../shared/plugin-kit';
import createStaticVaultPlugin from '../fixtures/plugins/static-vault-plugin.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const VAULT_FILE = path.join(ROOT, 'test', 'fixtures', 'plugins', 'vault.json');
export const VAULT_PLUGIN_MODULE = path.join(ROOT, 'test', 'fixtures', 'plugins', 'static-vault-plugin.mjs');
export const API_PASSWORD = 'Vault-API-pass-1';

/** The example plugin, created as the host creates it: its default export called with the kit. */
export const staticVault: CredentialStorePlugin = createStaticVaultPlugin(pluginKit);

/** Valid settings for the static vault plugin. */
export function vaultSettings(overrides: Record<string, unknown> = {}) {
  return { vaultFile: VAULT_FILE, apiUser: 'svc-ecm', apiPassword: API_PASSWORD, ...overrides };
}
