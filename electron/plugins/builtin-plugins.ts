import type { CredentialStorePlugin } from '../../shared/plugin/contract';
import { createSecretServerPlugin } from './secret-server/secret-server-plugin';
import { createTpamPlugin } from './tpam/tpam-plugin';

/** The plugins shipped with the product; the registry, the UI and the CLI work with any number, zero included. */
export function builtinPlugins(): CredentialStorePlugin[] {
  return [createSecretServerPlugin(), createTpamPlugin()];
}
