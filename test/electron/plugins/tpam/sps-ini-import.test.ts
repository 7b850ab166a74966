import { describe, expect, it } from 'vitest';
import { importSpsIni } from '../../../../electron/plugins/tpam/sps-ini';
import { importError, messages, minimal } from './sps-ini-import-helpers';
import { TUTORIAL_FILLED, TUTORIAL_SAMPLE } from './tutorial-sample';

describe('SPS ini import: the tutorial sample', () => {
  it('imports the filled-in sample with every value typed', () => {
    const result = importSpsIni(TUTORIAL_FILLED);
    expect(result.values).toEqual({
      server: 'tpam01.corp.example',
      server_port: 22,
      server_public_key:
        '|1|shAKuZdzJelKykkXBo+l4qpE+Fo=|J8oYavGEL2Rmo+u5R4r+Mdt7vuE= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAy',
      server_user: 'isacli',
      server_user_key: { stored: true },
      system_name_resolver: 'tpam',
      authorization: 'policy',
      required_policy: 'Privileged Access',
      system_maptoreal: false,
      system_prefix: 'PSM_',
      reuse_gateway_password: false,
      log_level: 'info',
      timeout_seconds: 60,
    });
    expect(result.warnings).toEqual([]);
    expect(result.configVersion).toBe(1);
    expect(result.credStore).toBe('tpam-keys');
  });

  it('refuses the sample as printed, naming each placeholder that is not a valid value', () => {
    const lines = messages(TUTORIAL_SAMPLE);
    expect(lines).toContain('Line 6, [tpam] server_port: "<SSH-port-number-of-TPAM>" is not a whole number.');
    expect(
      lines.some((l) => l.startsWith('Line 4, [tpam] server: "<hostname-or-IP-address-of-TPAM>": Enter a host name')),
    ).toBe(true);
    expect(lines).toHaveLength(2);
  });
});

describe('SPS ini import: defaults and required options', () => {
  it('fills every optional option with the plugin default', () => {
    const { values, configVersion, credStore } = importSpsIni(minimal());
    expect(values).toMatchObject({
      server_port: 22,
      system_name_resolver: 'tpam',
      authorization: 'gateway',
      required_policy: 'Privileged Access',
      system_maptoreal: false,
      system_prefix: '',
      reuse_gateway_password: false,
      log_level: 'info',
      timeout_seconds: 60,
    });
    expect(values).not.toHaveProperty('server_user_key_passphrase');
    expect(configVersion).toBeNull();
    expect(credStore).toBeNull();
  });

  it('reports every missing required option at once, one per line, saying where the section is', () => {
    const error = importError('[tpam]\nserver_user_key=$\n');
    expect(error.message.split('\n')).toEqual([
      '[tpam] server: missing; this option is required (section [tpam] starts at line 1).',
      '[tpam] server_public_key: missing; this option is required (section [tpam] starts at line 1).',
      '[tpam] server_user: missing; this option is required (section [tpam] starts at line 1).',
    ]);
    expect(error.field).toBe('values.server');
  });

  it('says when a required option is present but empty', () => {
    expect(messages(minimal().replace('server=tpam01', 'server ='))).toEqual([
      'Line 2, [tpam] server: empty; this option is required.',
    ]);
  });

  it('uses [DEFAULT] values only for sections that exist (configparser has_option)', () => {
    const defaults = '[DEFAULT]\nserver=tpam01\nserver_public_key=tpam01 ssh-ed25519 AAAA\nserver_user=isacli\n';
    expect(importSpsIni(`${defaults}[tpam]\n`).values).toMatchObject({ server: 'tpam01', server_user: 'isacli' });
    expect(messages(`${defaults}[plugin]\n`)).toContain(
      '[tpam] server: missing; this option is required and the file has no [tpam] section.',
    );
  });

  it('finds options whatever their case, but not sections', () => {
    expect(importSpsIni(minimal('System_MapToReal = YES')).values.system_maptoreal).toBe(true);
    const error = importError('[TPAM]\nserver=tpam01\n');
    expect(error.message).toContain(
      '[tpam] server: missing; this option is required and the file has no [tpam] section (it has [TPAM]: section names must be written exactly).',
    );
  });
});
