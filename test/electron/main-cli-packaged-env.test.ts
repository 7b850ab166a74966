import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// "ECM Configurator.exe" --cli with ECM_PLUGIN_MODULES set: the real electron/main.ts, packaged,
// with a fake 'electron'. The variable names code to run under the signed exe, so the packaged
// CLI must refuse it (exit 2, plain words) without ever running the module.
const fake = vi.hoisted(() => ({ exitCode: undefined as number | undefined, windows: 0, dataDir: '' }));

vi.mock('electron', async () => (await import('../support/fake-electron-cli')).fakeElectronForCli(fake));

describe('the packaged app with --cli and ECM_PLUGIN_MODULES', () => {
  fake.dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-main-cli-env-'));
  afterAll(() => rmSync(fake.dataDir, { recursive: true, force: true }));

  it('refuses the variable with a plain VALIDATION error and never runs the module', async () => {
    const marker = path.join(fake.dataDir, 'env-plugin-ran');
    const plugin = path.join(fake.dataDir, 'env-plugin.cjs');
    writeFileSync(plugin, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'yes'); module.exports = {};`);
    const argv = process.argv;
    let stderr = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
    process.argv = [argv[0]!, 'ECM Configurator.exe', '--cli', 'plugins'];
    process.env.ECM_PLUGIN_MODULES = plugin;
    try {
      await import('../../electron/main');
      await vi.waitFor(() => expect(fake.exitCode).toBeDefined(), { timeout: 10_000 });
    } finally {
      process.argv = argv;
      delete process.env.ECM_PLUGIN_MODULES;
      out.mockRestore();
      err.mockRestore();
    }
    expect(existsSync(marker), 'the ECM_PLUGIN_MODULES module was run').toBe(false);
    expect(fake.exitCode).toBe(2);
    expect(stderr).toContain(
      'Error: The packaged app does not load plugin modules from the command line or the environment.',
    );
    expect(stderr).toContain("What to do:  Put the plugin module in the installation's resources\\plugins folder");
  });
});
