import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NodeSealer } from '../../../../electron/core/security/node-sealer';
import { SettingsStore } from '../../../../electron/core/settings/settings-store';
import { SECRET_SERVER_SETTINGS } from '../../../../electron/plugins/secret-server/secret-server-settings';
import type { SettingField } from '../../../../shared/plugin/settings-schema';
import { staticVault, vaultSettings } from '../../../support/static-vault';
import { useTempDirs } from '../../../support/temp-dir';

const SS = 'secret-server';
const fields = SECRET_SERVER_SETTINGS;
const PASSWORD = 'Marker-Api-Pass-5d1e';
const URL_A = 'https://ss-a.corp.example/SecretServer/webservices/SSWebService.asmx';
const URL_B = 'https://ss-b.attacker.example/SecretServer/webservices/SSWebService.asmx';

function ssValues(overrides: Record<string, unknown> = {}) {
  return { endpointUrl: URL_A, apiUser: 'svc-ecm', apiPassword: PASSWORD, ...overrides } as never;
}

describe('stored secrets stay bound to where they were saved', () => {
  const tempDir = useTempDirs();

  async function open() {
    const dir = tempDir();
    const sealer = await NodeSealer.open(dir);
    const store = new SettingsStore(dir, sealer);
    return { dir, store, sealer };
  }

  function editFile(
    store: SettingsStore,
    change: (doc: { plugins: Record<string, { values: Record<string, unknown> }> }) => void,
  ): void {
    const doc = JSON.parse(readFileSync(store.file, 'utf8'));
    change(doc);
    writeFileSync(store.file, JSON.stringify(doc));
  }

  it.each([
    ['left out', {}],
    ['given as { stored: true }', { apiPassword: { stored: true } }],
  ])('save refuses to keep the stored password across an Endpoint URL change when it is %s', async (_how, secret) => {
    const { store } = await open();
    await store.save(SS, fields, ssValues());
    const before = readFileSync(store.file, 'utf8');
    const { apiPassword: _drop, ...rest } = ssValues() as Record<string, unknown>;
    const err = await store
      .save(SS, fields, { ...rest, ...secret, endpointUrl: URL_B } as never)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'VALIDATION',
      field: 'values.apiPassword',
      message: expect.stringContaining('Type the API Password again: Endpoint URL changed'),
    });
    expect(readFileSync(store.file, 'utf8')).toBe(before);
    // resolve() gives the very same error (one shared function).
    const fromResolve = await store
      .resolve(SS, fields, { ...rest, ...secret, endpointUrl: URL_B } as never)
      .catch((e: unknown) => e);
    expect(fromResolve).toMatchObject({
      code: 'VALIDATION',
      field: 'values.apiPassword',
      message: (err as Error).message,
    });
  });

  it('save refuses a changed CA certificate too, and accepts a change that comes with a new password', async () => {
    const { store } = await open();
    await store.save(SS, fields, ssValues());
    const ca = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
    const err = await store
      .save(SS, fields, ssValues({ apiPassword: { stored: true }, caCertificate: ca }))
      .catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'VALIDATION',
      field: 'values.apiPassword',
      message: expect.stringContaining('Trusted CA certificate (PEM) changed'),
    });
    await store.save(SS, fields, ssValues({ endpointUrl: URL_B, apiPassword: 'New-Pass-For-B' }));
    expect((await store.resolve(SS, fields)).apiPassword).toBe('New-Pass-For-B');
  });

  it('keeps the stored password when guard fields only differ by blanks or an empty value for a missing one', async () => {
    const { store } = await open();
    await store.save(SS, fields, ssValues());
    await store.save(
      SS,
      fields,
      ssValues({ endpointUrl: ` ${URL_A} `, caCertificate: '', apiPassword: { stored: true } }),
    );
    expect((await store.resolve(SS, fields)).apiPassword).toBe(PASSWORD);
  });

  it('refuses at use a sealed value moved by hand to another field or another plugin, naming the field', async () => {
    const { store } = await open();
    await store.save('static-vault', staticVault.settings, vaultSettings({ apiPassword: 'Vault-Secret-1' }));
    await store.save(SS, fields, ssValues());
    // Into another plugin's field.
    editFile(store, (doc) => (doc.plugins[SS]!.values.apiPassword = doc.plugins['static-vault']!.values.apiPassword));
    const moved = await store.resolve(SS, fields, {}).catch((e: unknown) => e);
    expect(moved).toMatchObject({
      code: 'CONFIG',
      field: 'values.apiPassword',
      message: expect.stringContaining('API Password'),
      hint: expect.stringContaining('Type API Password again'),
    });
    expect(JSON.stringify(moved)).not.toContain('Vault-Secret-1');
  });

  it('refuses a sealed value moved to another field of the same plugin', async () => {
    const { store } = await open();
    const extra: SettingField[] = [
      ...fields,
      { key: 'otherSecret', label: 'Other secret', type: 'secret', description: 'A second secret.' },
    ];
    await store.save(SS, extra, ssValues({ otherSecret: 'Other-Secret-2' }));
    editFile(store, (doc) => (doc.plugins[SS]!.values.apiPassword = doc.plugins[SS]!.values.otherSecret));
    await expect(store.resolve(SS, extra, {})).rejects.toMatchObject({ code: 'CONFIG', field: 'values.apiPassword' });
  });

  it('refuses the stored password when the Endpoint URL was changed in settings.json by hand, and the save that keeps it', async () => {
    const { store } = await open();
    await store.save(SS, fields, ssValues());
    editFile(store, (doc) => (doc.plugins[SS]!.values.endpointUrl = URL_B));
    await expect(store.resolve(SS, fields, {})).rejects.toMatchObject({
      code: 'CONFIG',
      field: 'values.apiPassword',
      message: expect.stringContaining('Endpoint URL'),
    });
    await expect(
      store.save(SS, fields, ssValues({ endpointUrl: URL_B, apiUser: 'changed', apiPassword: { stored: true } })),
    ).rejects.toMatchObject({ code: 'CONFIG', field: 'values.apiPassword' });
  });

  it('reads a v1 (unbound) sealed value and re-seals it bound on the next save', async () => {
    const { store, sealer } = await open();
    await store.save(SS, fields, ssValues());
    const legacy = await sealer.seal(PASSWORD);
    expect(legacy).toMatch(/^sealed:v1:node-aes:/);
    editFile(store, (doc) => (doc.plugins[SS]!.values.apiPassword = { sealed: legacy }));
    expect((await store.resolve(SS, fields)).apiPassword).toBe(PASSWORD);
    await store.save(SS, fields, ssValues({ apiPassword: { stored: true }, apiUser: 'svc-2' }));
    const sealed = JSON.parse(readFileSync(store.file, 'utf8')).plugins[SS].values.apiPassword.sealed as string;
    expect(sealed).toMatch(/^sealed:v2:node-aes:/);
    expect((await store.resolve(SS, fields)).apiPassword).toBe(PASSWORD);
  });

  it('keeps existing bound values working when the plugin gains a guard field with a default', async () => {
    const { store } = await open();
    await store.save(SS, fields, ssValues());
    const withAllowHttp: SettingField[] = [
      ...fields,
      {
        key: 'allowHttp',
        label: 'Allow unencrypted HTTP (not recommended)',
        type: 'boolean',
        default: false,
        guardsSecrets: true,
        description: 'Accept an http: Endpoint URL.',
      },
    ];
    expect((await store.resolve(SS, withAllowHttp)).apiPassword).toBe(PASSWORD);
    // Turning the new guard field on is a guard change like any other.
    await expect(
      store.save(SS, withAllowHttp, ssValues({ apiPassword: { stored: true }, allowHttp: true })),
    ).rejects.toMatchObject({ code: 'VALIDATION', field: 'values.apiPassword' });
  });
});
