import { describe, expect, it } from 'vitest';
import { importSpsIni } from '../../../../electron/plugins/tpam/sps-ini';
import { messages, minimal } from './sps-ini-import-helpers';

describe('SPS ini import: typed values', () => {
  it.each([
    ['yes', true],
    ['no', false],
    ['YES', true],
    ['No', false],
    ['yEs', true],
  ])('reads %s as a boolean', (text, expected) => {
    expect(importSpsIni(minimal(`system_maptoreal=${text}\nreuse_gateway_password=${text}`)).values).toMatchObject({
      system_maptoreal: expected,
      reuse_gateway_password: expected,
    });
  });

  it.each(['true', 'false', '1', 'on', ''])(
    'refuses %j as a boolean, naming the line and the allowed words',
    (text) => {
      expect(messages(minimal(`system_maptoreal=${text}`))).toEqual([
        `Line 6, [tpam] system_maptoreal: "${text}" is not allowed; write yes or no.`,
      ]);
    },
  );

  it('shows the value as written in the boolean message', () => {
    expect(messages(minimal('reuse_gateway_password=TRUE'))).toEqual([
      'Line 6, [tpam] reuse_gateway_password: "TRUE" is not allowed; write yes or no.',
    ]);
  });

  it.each([
    ['2222', 2222],
    ['+22', 22],
    ['022', 22],
    ['2_222', 2222],
  ])('reads %s as an integer like Python int()', (text, expected) => {
    expect(importSpsIni(minimal(`server_port=${text}`)).values.server_port).toBe(expected);
  });

  it.each(['0x16', '22.0', 'twenty-two', '2__2', '22 ; ssh'])('refuses %j as an integer', (text) => {
    expect(messages(minimal(`server_port=${text}`))).toEqual([
      `Line 6, [tpam] server_port: "${text}" is not a whole number.`,
    ]);
  });

  it('applies the ECM range rules after the SDK type rules', () => {
    expect(messages(minimal('server_port=70000'))).toEqual([
      'Line 6, [tpam] server_port: "70000": SSH port must be at most 65535.',
    ]);
    expect(messages(minimal('timeout_seconds=0'))).toEqual([
      'Line 6, [tpam] timeout_seconds: "0": Timeout (s) must be at least 1.',
    ]);
  });

  it('reads enums without regard to case and names the allowed values otherwise', () => {
    expect(importSpsIni(minimal('system_name_resolver=DNS\nauthorization=Approval')).values).toMatchObject({
      system_name_resolver: 'dns',
      authorization: 'approval',
    });
    expect(messages(minimal('system_name_resolver=LDAP\nauthorization=ticket'))).toEqual([
      'Line 6, [tpam] system_name_resolver: "LDAP" is not allowed; write tpam or dns.',
      'Line 7, [tpam] authorization: "ticket" is not allowed; write gateway, approval or policy.',
    ]);
  });

  it.each([
    ['debug', 'debug'],
    ['WARNING', 'warning'],
    ['Critical', 'critical'],
    ['10', 'debug'],
    ['20', 'info'],
    ['30', 'warning'],
    ['40', 'error'],
    ['50', 'critical'],
  ])('reads log_level %s as %s', (text, expected) => {
    expect(importSpsIni(minimal('', `log_level=${text}`)).values.log_level).toBe(expected);
  });

  it.each(['verbose', '15', 'warn'])('refuses log_level %s', (text) => {
    expect(messages(minimal('', `log_level=${text}`))).toEqual([
      `Line 8, [plugin] log_level: "${text}" is not allowed; write debug, info, warning, error, critical (or 10, 20, 30, 40, 50).`,
    ]);
  });

  it('reads log_level and the store name from the older default.cfg sections', () => {
    const result = importSpsIni(`${minimal()}[logging]\nlog_level=debug\n[credential_store]\nname=local-store\n`);
    expect(result.values.log_level).toBe('debug');
    expect(result.credStore).toBe('local-store');
    expect(result.warnings).toEqual([]);
    const both = importSpsIni(
      `${minimal('', 'log_level=error\ncred_store=new')}[logging]\nlog_level=debug\n[credential_store]\nname=old\n`,
    );
    expect(both.values.log_level).toBe('error');
    expect(both.credStore).toBe('new');
    expect(both.warnings).toEqual([
      'Line 11, [logging] log_level: ignored: [plugin] log_level is used.',
      'Line 13, [credential_store] name: ignored: [plugin] cred_store is used.',
    ]);
  });

  it('checks config_version', () => {
    expect(importSpsIni(minimal('', 'config_version=1')).configVersion).toBe(1);
    expect(messages(minimal('', 'config_version=2'))).toEqual([
      'Line 8, [plugin] config_version: version 2 is not supported; the ECM reads version 1.',
    ]);
    expect(messages(minimal('', 'config_version=one'))).toEqual([
      'Line 8, [plugin] config_version: "one" is not a whole number.',
    ]);
  });
});
