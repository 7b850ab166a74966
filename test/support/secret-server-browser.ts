import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createSecretServerPlugin } from '../../electron/plugins/secret-server/secret-server-plugin';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { startSecretServerSimulator, type SecretServerSimulator } from '../simulators/secret-server';
import { API_PASSWORD, API_USER, testWorld } from './secret-server-world';

export interface SecretServerBrowser {
  sim: SecretServerSimulator;
  host: BrowserHost;
  page: Page;
  close(): Promise<void>;
}

/**
 * The app in Chromium with the Secret Server plugin saved against a fresh simulator (test world,
 * plain http allowed), in its own data directory: what the Test Settings dialog tests start from.
 */
export async function openSecretServerBrowser(tempPrefix: string): Promise<SecretServerBrowser> {
  const sim = await startSecretServerSimulator({ world: testWorld() });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), tempPrefix));
  const host = await startBrowserHost({ dataDir, plugins: [createSecretServerPlugin()] });
  await host.core.api.saveSettings({
    pluginId: 'secret-server',
    values: { endpointUrl: sim.url, allowUnencryptedHttp: true, apiUser: API_USER, apiPassword: API_PASSWORD },
  });
  await host.page.reload();
  return {
    sim,
    host,
    page: host.page,
    async close() {
      await host.close();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
