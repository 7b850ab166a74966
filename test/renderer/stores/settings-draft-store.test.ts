import { describe, expect, it } from 'vitest';
import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import type { SettingsView } from '../../../shared/ipc/responses';
import type { PluginInfo } from '../../../shared/plugin/plugin-info';
import { createSettingsDraftStore } from '../../../renderer/src/stores/settings-draft-store';
import { isDirty } from '../../../renderer/src/stores/settings-draft/draft-fields';
import { installFakeEcm } from '../support/fake-ecm';

const PLUGIN: PluginInfo = {
  id: 'tpam',
  displayName: 'TPAM',
  version: '1.0.0',
  description: 'TPAM plugin',
  settings: [
    { key: 'host', label: 'Host', description: 'TPAM host name', type: 'string', required: true },
    {
      key: 'port',
      label: 'Port',
      description: 'SSH port',
      type: 'number',
      default: 22,
      validation: { min: 1, max: 65535, integer: true },
    },
    { key: 'apiKey', label: 'API key', description: 'Private key', type: 'secret', required: true },
    { key: 'token', label: 'Token', description: 'Optional token', type: 'secret' },
    { key: 'verbose', label: 'Verbose', description: 'More log', type: 'boolean' },
  ],
};

const SAVED: SettingsView = {
  pluginId: 'tpam',
  values: { host: 'tpam.example', port: 2222, apiKey: { stored: true }, token: { stored: false }, verbose: false },
  savedAt: '2026-11-30T10:00:00.000Z',
};

/** A fake core that keeps what was saved and answers like the real one: secrets only as "stored". */
function fakeCore(initial: SettingsView = SAVED) {
  let view = initial;
  const ecm = installFakeEcm({
    getSettings: () => view,
    saveSettings: ({ values }) => {
      view = { pluginId: 'tpam', savedAt: '2026-11-30T11:00:00.000Z', values: viewOf(values) };
      return view;
    },
  });
  return ecm;
}

function viewOf(values: DraftValues): SettingsView['values'] {
  const out: SettingsView['values'] = {};
  for (const [key, v] of Object.entries(values)) {
    const secret = PLUGIN.settings.find((f) => f.key === key)?.type === 'secret';
    out[key] = secret
      ? { stored: typeof v === 'object' && !Array.isArray(v) ? true : v !== '' }
      : (v as string | number | boolean | string[]);
  }
  return out;
}

async function loaded() {
  const store = createSettingsDraftStore();
  await store.getState().load(PLUGIN);
  return store;
}

describe('settings draft store', () => {
  it('loads the saved settings into a clean draft; a stored secret is only marked stored', async () => {
    fakeCore();
    const store = await loaded();
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.values).toMatchObject({ host: 'tpam.example', port: 2222, verbose: false });
    expect(s.values.apiKey).toEqual({ stored: true, replacement: '', cleared: false });
    expect(s.values.token).toEqual({ stored: false, replacement: '', cleared: false });
    expect(s.numberText.port).toBe('2222');
    expect(s.errors).toEqual({});
    expect(isDirty(s)).toBe(false);
  });

  it('reports why the settings could not be loaded', async () => {
    installFakeEcm({
      getSettings: () => {
        throw new EcmError({
          code: 'CONFIG',
          message: 'The TPAM settings file is damaged.',
          hint: 'Restore the backup.',
        });
      },
    });
    const store = await loaded();
    expect(store.getState().status).toBe('idle');
    expect(store.getState().loadError).toMatchObject({
      code: 'CONFIG',
      message: 'The TPAM settings file is damaged.',
      hint: 'Restore the backup.',
    });
  });

  it('marks the draft dirty on an edit and clean again when the edit is undone', async () => {
    fakeCore();
    const store = await loaded();
    store.getState().setValue('host', 'other.example');
    expect(isDirty(store.getState())).toBe(true);
    store.getState().setValue('host', 'tpam.example');
    expect(isDirty(store.getState())).toBe(false);
  });

  it('counts a typed or cleared secret as a change', async () => {
    fakeCore();
    const store = await loaded();
    store.getState().setValue('apiKey', { stored: true, replacement: 'new-key', cleared: false });
    expect(isDirty(store.getState())).toBe(true);
    store.getState().revert();
    store.getState().setValue('token', { stored: true, replacement: '', cleared: true });
    expect(isDirty(store.getState())).toBe(true);
  });

  it("shows a field's problem as the admin types and removes it once fixed", async () => {
    fakeCore();
    const store = await loaded();
    store.getState().setValue('host', '  ');
    expect(store.getState().errors.host).toBe('Host is required.');
    store.getState().setValue('host', 'tpam2.example');
    expect(store.getState().errors.host).toBeUndefined();
  });

  it('flags a half-typed number, keeps the last good value, and checks the range', async () => {
    fakeCore();
    const store = await loaded();
    store.getState().setNumberText('port', '1e');
    expect(store.getState().numberText.port).toBe('1e');
    expect(store.getState().errors.port).toBe('Port must be a number.');
    expect(store.getState().values.port).toBe(2222);
    store.getState().setNumberText('port', '70000');
    expect(store.getState().errors.port).toBe('Port must be at most 65535.');
    store.getState().setNumberText('port', '2200');
    expect(store.getState().errors.port).toBeUndefined();
    expect(store.getState().values.port).toBe(2200);
  });

  it('lets an emptied number take its default', async () => {
    const ecm = fakeCore();
    const store = await loaded();
    store.getState().setNumberText('port', '');
    expect(store.getState().errors.port).toBeUndefined();
    expect(await store.getState().save()).toBe(true);
    expect(ecm.requests('saveSettings')[0]?.values).not.toHaveProperty('port');
  });

  it('saves the draft: changed values, new secrets as typed, a kept secret as "stored"', async () => {
    const ecm = fakeCore();
    const store = await loaded();
    store.getState().setValue('host', 'new.example');
    store.getState().setValue('token', { stored: false, replacement: 's3cret-token', cleared: false });
    expect(await store.getState().save()).toBe(true);
    expect(ecm.requests('saveSettings')).toEqual([
      {
        pluginId: 'tpam',
        values: { host: 'new.example', port: 2222, apiKey: { stored: true }, token: 's3cret-token', verbose: false },
      },
    ]);
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.savedMessage).toMatch(/^Saved at /);
    expect(s.values.token).toEqual({ stored: true, replacement: '', cleared: false });
    expect(JSON.stringify(s)).not.toContain('s3cret-token');
    expect(isDirty(s)).toBe(false);
  });

  it('sends an empty text to clear a stored secret', async () => {
    const ecm = fakeCore({ ...SAVED, values: { ...SAVED.values, token: { stored: true } } });
    const store = await loaded();
    store.getState().setValue('token', { stored: true, replacement: '', cleared: true });
    await store.getState().save();
    expect(ecm.requests('saveSettings')[0]?.values.token).toBe('');
    expect(store.getState().values.token).toEqual({ stored: false, replacement: '', cleared: false });
  });

  it('saves nothing while a field has a problem, and lists every problem', async () => {
    const ecm = fakeCore({ pluginId: 'tpam', values: {}, savedAt: null });
    const store = await loaded();
    expect(await store.getState().save()).toBe(false);
    const s = store.getState();
    expect(ecm.requests('saveSettings')).toEqual([]);
    expect(s.errors).toEqual({ host: 'Host is required.', apiKey: 'API key is required.' });
    expect(s.saveError).toEqual({
      code: 'VALIDATION',
      message: 'Some settings need attention; nothing was saved.',
      hint: 'Host is required. API key is required.',
    });
  });

  it("puts the core's refusal of one value under that field, and keeps the draft", async () => {
    const ecm = fakeCore();
    ecm.answer({
      saveSettings: () => {
        throw new EcmError({
          code: 'VALIDATION',
          message: 'Host must be a host name, not a URL.',
          field: 'values.host',
          hint: 'Remove https://.',
        });
      },
    });
    const store = await loaded();
    store.getState().setValue('host', 'https://tpam.example');
    expect(await store.getState().save()).toBe(false);
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.errors.host).toBe('Host must be a host name, not a URL.');
    expect(s.saveError).toMatchObject({ code: 'VALIDATION', hint: 'Remove https://.' });
    expect(s.values.host).toBe('https://tpam.example');
    expect(isDirty(s)).toBe(true);
  });

  it('cancel puts back what is saved and clears the problems shown', async () => {
    fakeCore();
    const store = await loaded();
    store.getState().setValue('host', '');
    store.getState().setNumberText('port', 'abc');
    store.getState().setValue('apiKey', { stored: true, replacement: 'typed', cleared: false });
    store.getState().revert();
    const s = store.getState();
    expect(s.values).toMatchObject({
      host: 'tpam.example',
      port: 2222,
      apiKey: { stored: true, replacement: '', cleared: false },
    });
    expect(s.numberText.port).toBe('2222');
    expect(s.errors).toEqual({});
    expect(isDirty(s)).toBe(false);
  });
});
