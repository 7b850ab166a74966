import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/core/api/dispatch';
import { CHANNEL_NAMES } from '../../../../shared/ipc/channel-names';
import { openTestCore, readLog } from '../../../support/core-fixture';
import { useTempDirs } from '../../../support/temp-dir';

const APP = { url: 'app://ecm/index.html', isTopFrame: true };

describe('createDispatcher', () => {
  const tempDir = useTempDirs();

  async function setup() {
    const core = await openTestCore(tempDir());
    return { core, dispatch: createDispatcher(core.api, { allowedOrigin: 'app://ecm', logger: core.logger }) };
  }

  it('answers a valid call from the app with its value', async () => {
    const { dispatch } = await setup();
    const result = await dispatch(APP, 'listPlugins', {});
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as { id: string }[]).map((p) => p.id)).toEqual(['static-vault']);
  });

  it.each([
    ['another origin', { url: 'https://evil.example/index.html', isTopFrame: true }],
    ['a look-alike host', { url: 'app://ecm.evil/index.html', isTopFrame: true }],
    ['a sub-frame of the app', { url: 'app://ecm/index.html', isTopFrame: false }],
    ['file://', { url: 'file:///C:/app/index.html', isTopFrame: true }],
    ['no URL (destroyed frame)', { url: undefined, isTopFrame: true }],
  ])('drops and logs a call from %s', async (_name, sender) => {
    const { core, dispatch } = await setup();
    const result = await dispatch(sender, 'setActivePlugin', { pluginId: 'static-vault' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await core.settings.getActivePlugin()).toBeNull(); // nothing happened
    expect(readLog(core)).toContain("Dropped a call to 'setActivePlugin' from an untrusted sender");
  });

  it('answers a typed VALIDATION error naming the field, without a stack', async () => {
    const { dispatch } = await setup();
    const result = await dispatch(APP, 'testSettings', {
      pluginId: 'static-vault',
      values: {},
      user: 42,
      endpoint: 'ws01',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.field).toBe('user');
    expect(JSON.stringify(result)).not.toMatch(/\s+at\s+\S+\s+\(/); // no stack frames
  });

  it('names an unknown field and an unknown channel', async () => {
    const { dispatch } = await setup();
    expect(await dispatch(APP, 'getSettings', { pluginId: 'static-vault', extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'extra' },
    });
    expect(await dispatch(APP, 'retrieveCredential', {})).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'channel' },
    });
  });

  it('refuses prototype-pollution keys in settings values', async () => {
    const { dispatch } = await setup();
    const payload = JSON.parse('{"pluginId":"static-vault","values":{"__proto__":{"polluted":true}}}');
    const result = await dispatch(APP, 'saveSettings', payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('exposes no channel that retrieves a password', () => {
    expect(CHANNEL_NAMES.some((n) => /retrieve|password|secret/i.test(n))).toBe(false);
  });
});
