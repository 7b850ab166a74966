import { describe, expect, it } from 'vitest';
import { settingFieldSchema } from '../../../../shared/plugin/settings-schema';
import { validateSettings, withDefaults } from '../../../../shared/plugin/settings-validation';
import { TPAM_SETTINGS, toTpamSettings } from '../../../../electron/plugins/tpam/tpam-settings';
import { tpamLogLevelOf } from '../../../../electron/plugins/tpam/tpam-log-level';

const field = (key: string) => {
  const f = TPAM_SETTINGS.find((s) => s.key === key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
};

describe('TPAM settings fields', () => {
  it('are valid setting fields with the SPS option names as keys', () => {
    for (const f of TPAM_SETTINGS) expect(settingFieldSchema.safeParse(f).success, f.key).toBe(true);
    expect(TPAM_SETTINGS.map((f) => f.key)).toEqual([
      'server',
      'server_port',
      'server_public_key',
      'server_user',
      'server_user_key',
      'server_user_key_passphrase',
      'system_name_resolver',
      'authorization',
      'required_policy',
      'system_maptoreal',
      'system_prefix',
      'reuse_gateway_password',
      'log_level',
      'timeout_seconds',
    ]);
  });

  it('have the types, defaults and requirements of the SPS plugin', () => {
    expect(field('server')).toMatchObject({ type: 'string', required: true });
    expect(field('server_port')).toMatchObject({
      type: 'number',
      default: 22,
      validation: { integer: true, min: 1, max: 65535 },
    });
    expect(field('server_public_key')).toMatchObject({ type: 'multiline', required: true });
    expect(field('server_user')).toMatchObject({ type: 'string', required: true });
    expect(field('server_user_key')).toMatchObject({ type: 'secret', multiline: true, required: true });
    expect(field('server_user_key_passphrase').type).toBe('secret');
    expect(field('server_user_key_passphrase').required).toBeFalsy();
    expect(field('system_name_resolver')).toMatchObject({ type: 'enum', default: 'tpam' });
    expect(field('system_name_resolver').options?.map((o) => o.value)).toEqual(['tpam', 'dns']);
    expect(field('authorization')).toMatchObject({ type: 'enum', default: 'gateway' });
    expect(field('authorization').options?.map((o) => o.value)).toEqual(['gateway', 'approval', 'policy']);
    expect(field('required_policy')).toMatchObject({ type: 'string', default: 'Privileged Access' });
    expect(field('system_maptoreal')).toMatchObject({ type: 'boolean', default: false });
    expect(field('system_prefix')).toMatchObject({ type: 'string', default: '' });
    expect(field('reuse_gateway_password')).toMatchObject({ type: 'boolean', default: false });
    expect(field('log_level')).toMatchObject({ type: 'enum', default: 'info' });
    expect(field('log_level').options?.map((o) => o.value)).toEqual(['debug', 'info', 'warning', 'error', 'critical']);
    expect(field('timeout_seconds')).toMatchObject({ type: 'number', default: 60 });
  });

  it('describe what the tutorial says each option does', () => {
    expect(field('server').description).toMatch(/hostname or an IP address/);
    expect(field('server_public_key').description).toMatch(/known_hosts/);
    expect(field('server_user').description).toMatch(/Information Security Administrator \(ISA\)/);
    expect(field('system_maptoreal').description).toMatch(/AccountCustom1.*AccountCustom2/);
    expect(field('authorization').description).toMatch(/Requestor/);
    expect(field('required_policy').description).toMatch(/only when Authorization is policy/);
    expect(field('reuse_gateway_password').description).toMatch(/gateway user is the same as the target user/);
    expect(field('system_prefix').description).toMatch(/does not add one/);
    for (const f of TPAM_SETTINGS) expect(f.description.length, f.key).toBeGreaterThan(20);
  });

  it('validate: required options missing, port out of range', () => {
    const problems = validateSettings(TPAM_SETTINGS, withDefaults(TPAM_SETTINGS, { server_port: 70000 }));
    expect(problems.map((p) => p.key).sort()).toEqual([
      'server',
      'server_port',
      'server_public_key',
      'server_user',
      'server_user_key',
    ]);
    const stored = validateSettings(
      TPAM_SETTINGS,
      withDefaults(TPAM_SETTINGS, {
        server: 'tpam.corp.example',
        server_public_key: 'tpam ssh-ed25519 AAAA',
        server_user: 'isacli',
      }),
      new Set(['server_user_key']),
    );
    expect(stored).toEqual([]);
  });
});

describe('toTpamSettings', () => {
  it('types validated values and fills defaults', () => {
    const s = toTpamSettings({
      server: ' tpam.corp.example ',
      server_public_key: 'tpam ssh-ed25519 AAAA\n',
      server_user: 'isacli',
      server_user_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n',
      authorization: 'policy',
      system_maptoreal: true,
    });
    expect(s).toEqual({
      server: 'tpam.corp.example',
      server_port: 22,
      server_public_key: 'tpam ssh-ed25519 AAAA',
      server_user: 'isacli',
      server_user_key: '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n',
      server_user_key_passphrase: '',
      system_name_resolver: 'tpam',
      authorization: 'policy',
      required_policy: 'Privileged Access',
      system_maptoreal: true,
      system_prefix: '',
      reuse_gateway_password: false,
      log_level: 'info',
      timeout_seconds: 60,
    });
  });

  it('maps log levels given as numbers to names', () => {
    expect(toTpamSettings({ log_level: 30 }).log_level).toBe('warning');
    expect(toTpamSettings({ log_level: '10' }).log_level).toBe('debug');
    expect(toTpamSettings({ log_level: 'CRITICAL' }).log_level).toBe('critical');
    expect(tpamLogLevelOf(50)).toBe('critical');
    expect(tpamLogLevelOf('40')).toBe('error');
    expect(tpamLogLevelOf(25)).toBeNull();
    expect(tpamLogLevelOf('verbose')).toBeNull();
  });
});
