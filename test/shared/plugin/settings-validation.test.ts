import { describe, expect, it } from 'vitest';
import type { SettingField } from '../../../shared/plugin/settings-schema';
import {
  fieldsDependingOn,
  validateField,
  validateSettings,
  withDefaults,
} from '../../../shared/plugin/settings-validation';

const url: SettingField = {
  key: 'endpointUrl',
  label: 'Endpoint URL',
  description: '',
  type: 'string',
  required: true,
  validation: {
    pattern: '^https?://[^/]+/.*\\.asmx$',
    patternFlags: 'i',
    patternMessage: 'Endpoint URL must be an http(s) URL ending in .asmx.',
  },
};
const secret: SettingField = { key: 'pw', label: 'Password', description: '', type: 'secret', required: true };
const port: SettingField = {
  key: 'port',
  label: 'Port',
  description: '',
  type: 'number',
  default: 22,
  validation: { integer: true, min: 1, max: 65535 },
};
const list: SettingField = {
  key: 'domains',
  label: 'Domains',
  description: '',
  type: 'list',
  validation: { pattern: '^[A-Za-z0-9.-]+$', patternMessage: 'Each domain is a DNS or NetBIOS name.' },
};

describe('settings validation', () => {
  it('uses the schema message for a pattern, any case when the flags say so', () => {
    expect(validateField(url, 'https://ss.corp/SecretServer/webservices/SSWebservice.ASMX')).toBeNull();
    expect(validateField(url, 'ftp://x/y.asmx')).toBe('Endpoint URL must be an http(s) URL ending in .asmx.');
    expect(validateField(url, '')).toBe('Endpoint URL is required.');
  });

  it('accepts an empty required secret only when one is stored', () => {
    expect(validateField(secret, '')).toBe('Password is required.');
    expect(validateField(secret, '', true)).toBeNull();
  });

  it('checks numbers, lists and types', () => {
    expect(validateField(port, 70000)).toBe('Port must be at most 65535.');
    expect(validateField(port, 2.5)).toBe('Port must be a whole number.');
    expect(validateField(port, '22' as never)).toBe('Port must be a number.');
    expect(validateField(list, ['corp', 'bad name'])).toBe("Each domain is a DNS or NetBIOS name. (entry 'bad name')");
  });

  it('reports unknown keys and fills defaults', () => {
    expect(validateSettings([port], { prot: 22 } as never).map((p) => p.key)).toEqual(['prot']);
    expect(withDefaults([port, list], {})).toEqual({ port: 22, domains: [] });
  });

  it('accepts a value matched by onlyWhenOn only while that boolean setting is on (default: off)', () => {
    const allow: SettingField = {
      key: 'allowHttp',
      label: 'Allow HTTP',
      description: '',
      type: 'boolean',
      default: false,
    };
    const gated: SettingField = {
      ...url,
      validation: {
        ...url.validation,
        onlyWhenOn: { pattern: '^http:', patternFlags: 'i', setting: 'allowHttp', message: 'Use https or allow HTTP.' },
      },
    };
    const plain = 'HTTP://ss.corp/SecretServer/webservices/SSWebservice.asmx';
    expect(validateField(gated, plain)).toBe('Use https or allow HTTP.'); // nothing to look the setting up in: off
    expect(validateField(gated, plain, false, (key) => (key === 'allowHttp' ? true : undefined))).toBeNull();
    expect(validateSettings([gated, allow], { endpointUrl: plain })).toEqual([
      { key: 'endpointUrl', label: 'Endpoint URL', message: 'Use https or allow HTTP.' },
    ]);
    expect(validateSettings([gated, allow], { endpointUrl: plain, allowHttp: true })).toEqual([]);
    expect(validateSettings([gated, allow], { endpointUrl: 'https://ss.corp/x.asmx' })).toEqual([]);
    expect(fieldsDependingOn([gated, allow], 'allowHttp')).toEqual([gated]);
  });
});
