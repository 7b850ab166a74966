import { describe, expect, it } from 'vitest';
import { assertSafeArguments } from '../../../../electron/plugins/secret-server/envelope-values';

// The one check every SOAP call's arguments pass (SoapTransport.call); end to end in secret-server-soap-injection.test.ts.
describe('assertSafeArguments', () => {
  const refused = (operation: string, args: Record<string, unknown>) => {
    try {
      assertSafeArguments(operation, args);
      return null;
    } catch (err) {
      return err as { code: string; field?: string; message: string };
    }
  };

  it.each([
    ['<![CDATA[x]]>'],
    ['x]]>'],
    ['a<b'],
    ['a>b'],
    ['tab\there'],
    ['line\nbreak'],
    ['esc\u001b[2J'],
    ['c1\u0085next'],
    ['del\u007f'],
  ])('refuses %j in a name', (value) => {
    expect(refused('ImpersonateUser', { token: 't', username: value, domain: '', organization: '' })).toMatchObject({
      code: 'VALIDATION',
      field: 'user',
    });
  });

  it('names the setting each argument comes from, and never repeats the value', () => {
    expect(refused('Authenticate', { username: 'u', password: 'p', domain: '<x>', organization: '' })).toMatchObject({
      field: 'values.apiDomain',
    });
    expect(refused('SearchSecretsByFieldValue', { token: 't', fieldName: 'Machine', searchTerm: '<x>' })).toMatchObject(
      { field: 'endpoint' },
    );
    expect(refused('Authenticate', { username: 'Secret-Looking<Value', password: 'p' })!.message).not.toContain(
      'Secret-Looking',
    );
  });

  it('lets a password hold < & > and line breaks (node-soap escapes them), but not <![CDATA[ or other control characters', () => {
    expect(refused('Authenticate', { username: 'u', password: `a<&>"'\t\r\nb` })).toBeNull();
    expect(refused('Authenticate', { username: 'u', password: '<![CDATA[x]]>' })).toMatchObject({
      code: 'VALIDATION',
      field: 'values.apiPassword',
    });
    expect(refused('Authenticate', { username: 'u', password: 'a\u0000b' })).toMatchObject({
      field: 'values.apiPassword',
    });
  });

  it('treats a token with markup as an unusable answer from Secret Server, and checks nested values', () => {
    expect(refused('GetTokenIsValid', { token: '<![CDATA[x]]>' })).toMatchObject({ code: 'PROTOCOL' });
    expect(
      refused('GetSecret', { token: 't', secretId: 1, codeResponses: { CodeResponse: [{ Comment: 'ok]]><x>' }] } }),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(refused('GetSecret', { token: 't', secretId: 1, loadSettingsAndPermissions: false })).toBeNull();
  });
});
