import type { Core } from '../../electron/core/open-core';
import { createTpamPlugin, type TpamPluginOptions } from '../../electron/plugins/tpam/tpam-plugin';
import { DEMO_CLI_USER, demoCliKey } from '../simulators/tpam/demo-world';
import type { TpamSimulator } from '../simulators/tpam/tpam-simulator';
import { openTestCore } from './core-fixture';

/** Valid TPAM plugin settings for a running simulator, pinned to all its host keys. */
export function tpamSettings(sim: TpamSimulator, overrides: Record<string, unknown> = {}) {
  return {
    server: sim.host,
    server_port: sim.port,
    server_public_key: sim.hostKeys.map((k) => k.knownHostsLine).join('\n'),
    server_user: DEMO_CLI_USER,
    server_user_key: demoCliKey().privateKey,
    ...overrides,
  };
}

export async function openTpamCore(
  dataDir: string,
  options: TpamPluginOptions = {},
): Promise<{ core: Core; plugin: ReturnType<typeof createTpamPlugin> }> {
  const plugin = createTpamPlugin(options);
  return { core: await openTestCore(dataDir, [plugin]), plugin };
}
