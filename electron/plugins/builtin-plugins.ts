import type { CredentialStorePlugin } from '../../shared/plugin/contract';

/**
 * The plugins shipped with the product. The Secret Server and TPAM plugins join this list
 * in their own issues; the registry, the UI and the CLI work with any number, zero included.
 */
export function builtinPlugins(): CredentialStorePlugin[] {
  return [];
}
