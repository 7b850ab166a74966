import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPluginModules } from '../../../../electron/core/plugins/load-plugin-modules';
import { pluginKit } from '../../../../shared/plugin-kit';
import { openTestCore } from '../../../support/core-fixture';
import { pluginSource } from '../../../support/plugin-folder';
import { useTempDirs } from '../../../support/temp-dir';

/** A third-party plugin written against the kit: plain JavaScript, nothing imported from the app. */
const KIT_PLUGIN = `export default function createPlugin(kit) {
  return {
    id: 'kit-vault',
    displayName: 'Kit Vault',
    version: '1.0.0',
    description: 'Written against the plugin kit.',
    settings: [
      { key: 'apiUser', label: 'API User', type: 'string', required: true, description: 'Who logs in.' },
      { key: 'apiPassword', label: 'API Password', type: 'secret', required: true, description: 'Its password.' },
    ],
    async testSettings(settings, target, ctx) {
      const steps = new kit.StepRecorder(ctx.reportStep);
      await steps.run('Log in', async () => {
        if (settings.apiPassword !== 'Kit-Pass-1') {
          throw new kit.EcmError({ code: 'LOGIN_FAILED', message: 'The vault refused the API user.', hint: 'Check API Password.' });
        }
        return settings.apiUser;
      }, (user) => 'as ' + user);
      const credentials = await steps.run('Search', async () => [{ id: '7', name: target.endpoint + ' admin', source: 'kit' }], (list) => list.length + ' found');
      return { credentials, steps: steps.steps };
    },
    async retrieveCredential() {
      throw new kit.EcmError({ code: 'NOT_FOUND', message: 'Nothing to retrieve.' });
    },
    async clearTokenCache() {
      return 0;
    },
  };
}
`;

describe('loading plugin modules', () => {
  const tempDir = useTempDirs();

  function write(file: string, source: string): string {
    const full = path.join(tempDir(), file);
    writeFileSync(full, source);
    return full;
  }

  it('calls a default export function with the kit; the plugin runs Test Settings and records its steps', async () => {
    const [plugin] = await loadPluginModules([write('kit-vault.mjs', KIT_PLUGIN)]);
    const core = await openTestCore(tempDir(), [plugin!]);
    try {
      const base = { pluginId: 'kit-vault', user: 'CORP\\alice', endpoint: 'ws01' };
      const result = await core.api.testSettings({
        ...base,
        values: { apiUser: 'svc', apiPassword: 'Kit-Pass-1' },
        runId: 'run-kit-0001',
      });
      expect(result.credentials).toEqual([{ id: '7', name: 'ws01 admin', source: 'kit' }]);
      expect(result.steps).toEqual([
        { name: 'Log in', ok: true, ms: expect.any(Number), detail: 'as svc' },
        { name: 'Search', ok: true, ms: expect.any(Number), detail: '1 found' },
      ]);
      const live = await core.api.getTestProgress({ runId: 'run-kit-0001' });
      expect(live.steps.map((s) => [s.name, s.status])).toEqual([
        ['Log in', 'ok'],
        ['Search', 'ok'],
      ]);
      // The kit's EcmError is the app's own: its code, hint and the failed step's name come through.
      await expect(
        core.api.testSettings({ ...base, values: { apiUser: 'svc', apiPassword: 'wrong-one' } }),
      ).rejects.toMatchObject({
        code: 'LOGIN_FAILED',
        message: 'The vault refused the API user.',
        hint: 'Check API Password.',
        step: 'Log in',
      });
    } finally {
      await core.close();
    }
  });

  it('accepts the kit shape from CommonJS and keeps the plain object shape working', async () => {
    const cjs = write('kit-vault.cjs', KIT_PLUGIN.replace('export default function', 'module.exports = function'));
    const plain = write('plain.mjs', pluginSource('plain-vault'));
    expect((await loadPluginModules([cjs, plain])).map((p) => p.id)).toEqual(['kit-vault', 'plain-vault']);
  });

  it('hands out a frozen kit of classes and constants only, which a plugin cannot change for others', async () => {
    expect(Object.keys(pluginKit).sort()).toEqual([
      'ERROR_CODES',
      'EcmError',
      'FIELD_TYPES',
      'PLUGIN_CACHE_KINDS',
      'StepRecorder',
      'isEcmError',
      'version',
    ]);
    const tamper = write(
      'tamper.mjs',
      'export default function (kit) { kit.StepRecorder.prototype.run = async () => 1; return {}; }',
    );
    await expect(loadPluginModules([tamper])).rejects.toMatchObject({
      code: 'CONFIG',
      message: expect.stringMatching(
        /^The plugin module .*tamper\.mjs failed to create its plugin: Cannot assign to read only property 'run'/,
      ),
    });
    const widen = write('widen.mjs', "export default function (kit) { kit.ERROR_CODES.push('MINE'); return {}; }");
    await expect(loadPluginModules([widen])).rejects.toMatchObject({
      code: 'CONFIG',
      message: expect.stringContaining('failed to create its plugin'),
    });
    expect(pluginKit.ERROR_CODES).not.toContain('MINE');
  });

  it('names the module when its function throws or returns no plugin', async () => {
    const throws = write('throws.mjs', "export default function () { throw new Error('no vault configured'); }");
    await expect(loadPluginModules([throws])).rejects.toMatchObject({
      code: 'CONFIG',
      message: `The plugin module ${throws} failed to create its plugin: no vault configured`,
      hint: expect.stringContaining('docs/PLUGINS.md'),
    });
    const empty = write('empty.mjs', 'export default async function () { return undefined; }');
    await expect(loadPluginModules([empty])).rejects.toMatchObject({
      code: 'CONFIG',
      message: `The plugin module ${empty} returned no plugin.`,
    });
  });
});
