import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core/open-core';
import { importExchange, parseExchange } from '../../electron/core/settings/settings-exchange';
import { builtinPlugins } from '../../electron/plugins/builtin-plugins';
import { startWebBridge, type WebBridge } from '../browser-host/web-bridge';
import { demoWorld, startSecretServerSimulator } from '../simulators/secret-server';
import { demoTpamWorld } from '../simulators/tpam/demo-world';
import { startTpamSimulator } from '../simulators/tpam/tpam-simulator';
import { ROOT } from '../support/static-vault';
import { createTestCa, issueServerCert } from '../support/test-pki';
import { demoGuide } from './demo-guide';
import { listenForDemoKeys, type TpamHolder } from './demo-keys';
import { demoSettings } from './demo-settings';

/**
 * `npm run demo`: the Secret Server (HTTPS, its own test CA) and TPAM (SSH) simulators on 127.0.0.1
 * with a small seeded world, settings for both written into an isolated demo data directory, and
 * the Configurator opened on it: in Electron, or with `-- --browser` in any browser. The console
 * lists the cases to try (demo-guide.ts) and takes key commands (demo-keys.ts). Ctrl+C stops
 * everything and removes the demo directory; the user's real settings are never touched.
 */
async function main(): Promise<void> {
  const browser = process.argv.includes('--browser');
  const portArg = process.argv.indexOf('--port');
  const port = portArg >= 0 ? Number(process.argv[portArg + 1]) : 0;

  const ca = createTestCa('ECM Demo CA');
  const secretServer = await startSecretServerSimulator({ world: demoWorld(), tls: issueServerCert(ca) });
  const tpam: TpamHolder = { current: await startTpamSimulator({ world: demoTpamWorld() }) };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-demo-'));
  const settingsFile = path.join(dataDir, 'demo-settings.json');
  writeFileSync(
    settingsFile,
    JSON.stringify(demoSettings({ url: secretServer.url, caPem: ca.certPem }, tpam.current), null, 2),
    { mode: 0o600 },
  );

  let core: Core | null = null;
  let bridge: WebBridge | null = null;
  let app: ChildProcess | null = null;
  let stopping = false;
  const stopKeys = listenForDemoKeys(process.stdin, tpam, (line) => console.log(line));
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    stopKeys();
    app?.kill();
    await bridge?.close();
    await core?.close();
    await Promise.all([secretServer.close(), tpam.current.close()]);
    rmSync(dataDir, { recursive: true, force: true });
    console.log('Demo stopped: simulators closed, demo data removed.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  console.log(`Demo data directory: ${dataDir}`);
  for (const line of demoGuide({ secretServerUrl: secretServer.url, tpam: tpam.current })) console.log(line);
  console.log('');

  if (browser) {
    core = await openCore({ dataDir, plugins: builtinPlugins() });
    await importExchange(
      core,
      parseExchange(
        core,
        JSON.parse(JSON.stringify(demoSettings({ url: secretServer.url, caPem: ca.certPem }, tpam.current))),
        'demo settings',
      ),
    );
    rmSync(settingsFile, { force: true }); // sealed now; the clear copy is not needed
    bridge = await startWebBridge(core, { port });
    console.log(`Demo ready: ${bridge.url}`);
    console.log('Open it in a browser on this machine, exactly as printed (with #ecm-token). Ctrl+C stops the demo.');
    return;
  }

  const electronBinary = path.join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(path.join(ROOT, 'out', 'main', 'main.cjs'))) {
    console.error('Build first: npm run build');
    return stop(1);
  }
  if (!existsSync(electronBinary))
    console.log('Electron is not downloaded yet; its first start fetches it (this needs the internet).');
  app = spawn(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron', '.'], {
    cwd: ROOT,
    // The console's keys are the demo's (demo-keys.ts), not the app's.
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ECM_DATA_DIR: dataDir, ECM_IMPORT_SETTINGS: settingsFile },
  });
  app.on('exit', (code) => {
    if (code)
      console.error(`The app exited with code ${code}. Without an Electron binary, use: npm run demo -- --browser`);
    void stop(code ?? 0);
  });
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
