import type { CredentialStorePlugin } from '../../shared/plugin/contract';
import { createSecretServerPlugin } from './secret-server/secret-server-plugin';

/**
 * The plugins shipped with the product. The TPAM plugin joins this list in its own issue;
 * the registry, the UI and the CLI work with any number, zero included.
 */
export function builtinPlugins(): CredentialStorePlugin[] {
  return [createSecretServerPlugin()];
}
