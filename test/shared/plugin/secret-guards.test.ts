import { describe, expect, it } from 'vitest';
import { changedGuard, guardBinding, retypeSecretMessage } from '../../../shared/plugin/secret-guards';
import type { SettingField } from '../../../shared/plugin/settings-schema';

const url: SettingField = {
  key: 'endpointUrl',
  label: 'Endpoint URL',
  type: 'string',
  guardsSecrets: true,
  description: 'where',
};
const ca: SettingField = {
  key: 'caCertificate',
  label: 'CA',
  type: 'multiline',
  guardsSecrets: true,
  description: 'trust',
};
const user: SettingField = { key: 'apiUser', label: 'API User', type: 'string', description: 'who' };
const password: SettingField = { key: 'apiPassword', label: 'API Password', type: 'secret', description: 'secret' };
const allowHttp: SettingField = {
  key: 'allowHttp',
  label: 'Allow unencrypted HTTP',
  type: 'boolean',
  default: false,
  guardsSecrets: true,
  description: 'http',
};

describe('guard fields', () => {
  it('binds only guard fields, trimmed, and leaves out those at their default', () => {
    const values = { endpointUrl: ' https://a/x.asmx ', caCertificate: '', apiUser: 'svc', allowHttp: false };
    expect(guardBinding([url, ca, user, password, allowHttp], values)).toEqual({ endpointUrl: 'https://a/x.asmx' });
    // A guard field added later, at its default, does not change the binding; turned on, it does.
    expect(guardBinding([url, ca, user, password], values)).toEqual(
      guardBinding([url, ca, user, password, allowHttp], values),
    );
    expect(guardBinding([url, allowHttp], { ...values, allowHttp: true })).toEqual({
      allowHttp: true,
      endpointUrl: 'https://a/x.asmx',
    });
  });

  it('names the first changed guard field; blanks, a missing value and a left-out key are no change', () => {
    const fields = [url, ca, user];
    const saved = { endpointUrl: 'https://a/x.asmx', apiUser: 'svc' };
    expect(
      changedGuard(fields, saved, { endpointUrl: 'https://a/x.asmx ', caCertificate: '', apiUser: 'other' }),
    ).toBeNull();
    expect(changedGuard(fields, saved, { apiUser: 'other' })).toBeNull();
    expect(changedGuard(fields, saved, { endpointUrl: 'https://b/x.asmx' })).toBe(url);
    expect(changedGuard(fields, saved, { caCertificate: '-----BEGIN CERTIFICATE-----' })).toBe(ca);
    expect(retypeSecretMessage(password, url)).toMatch(/^Type the API Password again: Endpoint URL changed/);
  });
});
