import { describe, expect, it } from 'vitest';
import { checkSecretServerSettings } from '../../../../electron/plugins/secret-server/secret-server-checks';
import type { SettingsValues } from '../../../../shared/plugin/settings-schema';
import { createTestCa } from '../../../support/test-pki';

const URL_OK = 'https://ss.corp.example/SecretServer/webservices/SSWebservice.asmx';
const ca = createTestCa();
const other = createTestCa('Second CA');

function messages(values: Partial<SettingsValues>): Record<string, string> {
  return Object.fromEntries(
    checkSecretServerSettings({ endpointUrl: URL_OK, caCertificate: '', ...values } as SettingsValues).map((p) => [
      p.key,
      p.message,
    ]),
  );
}

describe('Secret Server settings checks', () => {
  it('accepts a usable URL (name, IPv4, IPv6, port) and readable CA certificates, alone or as a bundle with text between', () => {
    for (const endpointUrl of [
      URL_OK,
      'https://10.0.0.5:8443/ss/SSWebservice.asmx',
      'https://[fd00::5]/ss/SSWebservice.asmx',
    ])
      expect(messages({ endpointUrl })).toEqual({});
    expect(messages({ caCertificate: ca.certPem })).toEqual({});
    expect(messages({ caCertificate: `subject=CN = ECM Test CA\n${ca.certPem}\n${other.certPem}` })).toEqual({});
  });

  it('refuses an Endpoint URL the HTTP client cannot parse, saying why', () => {
    expect(messages({ endpointUrl: 'https://ss.corp.example:70000/ss/SSWebservice.asmx' }).endpointUrl).toBe(
      "Endpoint URL: 'https://ss.corp.example:70000/ss/SSWebservice.asmx' is not a URL that can be used: the port 70000 is not a port number (1–65535). Enter it as https://<server>/SecretServer/webservices/SSWebservice.asmx.",
    );
    expect(messages({ endpointUrl: 'https://[fd00::5/ss/SSWebservice.asmx' }).endpointUrl).toContain(
      'an IPv6 address must be written whole inside [ ]',
    );
    expect(messages({ endpointUrl: 'https://ss%zz.corp/ss/SSWebservice.asmx' }).endpointUrl).toContain(
      'the server name is not a valid host name or address',
    );
    expect(messages({ endpointUrl: 'https://ss.corp.example:0/ss/SSWebservice.asmx' }).endpointUrl).toContain(
      'names port 0',
    );
  });

  it('refuses a CA certificate whose PEM armour holds no certificate, naming which one of a bundle', () => {
    const garbage = '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----';
    expect(messages({ caCertificate: garbage }).caCertificate).toBe(
      "Trusted CA certificate (PEM): the certificate cannot be read as an X.509 certificate (it may be cut short or changed). Paste it again from the CA's certificate file (Base-64 encoded X.509, .cer/.crt/.pem), or use Load from file…",
    );
    const cut = ca.certPem.replace(/\r?\n[A-Za-z0-9+/=]{64}(?=\r?\n)/, '');
    expect(cut).not.toBe(ca.certPem);
    expect(messages({ caCertificate: `${other.certPem}\n${cut}` }).caCertificate).toContain(
      'certificate 2 of 2 cannot be read',
    );
  });
});
