import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DraftValues } from '../../../../shared/plugin/draft-values';
import { EcmError } from '../../../../shared/errors';
import { exportSpsIni, importSpsIni, parseIni } from '../../../../electron/plugins/tpam/sps-ini';
import { TUTORIAL_FILLED } from './tutorial-sample';

const PEM = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';

const complete: DraftValues = {
  server: 'tpam01.corp.example',
  server_port: 2222,
  server_public_key:
    '[tpam01.corp.example]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA\n|1|c2FsdA==|aG1hYw== ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB',
  server_user: 'isacli',
  server_user_key: PEM,
  server_user_key_passphrase: 'correct horse',
  system_name_resolver: 'dns',
  authorization: 'approval',
  required_policy: '100% Privileged',
  system_maptoreal: true,
  system_prefix: 'PSM_',
  reuse_gateway_password: true,
  log_level: 'warning',
  timeout_seconds: 15,
};

const secretsStored = (values: DraftValues): DraftValues => ({
  ...values,
  server_user_key: { stored: true },
  server_user_key_passphrase: { stored: true },
});

describe('SPS ini export', () => {
  it('writes the tutorial layout with comments, [tpam] then [plugin]', () => {
    const text = exportSpsIni(complete, { credStore: 'tpam-keys' });
    const lines = text.split('\n');
    expect(lines.filter((l) => /^\[/.test(l))).toEqual(['[tpam]', '[plugin]']);
    const options = lines.filter((l) => /^[a-z_]+=/.test(l)).map((l) => l.slice(0, l.indexOf('=')));
    expect(options).toEqual([
      'authorization',
      'required_policy',
      'server',
      'server_public_key',
      'server_port',
      'server_user',
      'server_user_key',
      'system_name_resolver',
      'system_maptoreal',
      'system_prefix',
      'reuse_gateway_password',
      'server_user_key_passphrase',
      'timeout_seconds',
      'config_version',
      'cred_store',
      'log_level',
    ]);
    expect(lines).toContain('authorization=approval');
    expect(lines).toContain('required_policy=100%% Privileged');
    expect(lines).toContain('system_maptoreal=yes');
    expect(lines).toContain('server_port=2222');
    expect(lines).toContain(' |1|c2FsdA==|aG1hYw== ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB');
    expect(lines).toContain('config_version=1');
    expect(lines).toContain('cred_store=tpam-keys');
    expect(lines).toContain('log_level=warning');
    expect(lines.filter((l) => l.startsWith('#')).length).toBeGreaterThan(15);
  });

  it('never writes a secret: every secret is $', () => {
    const text = exportSpsIni(complete);
    expect(text).toContain('server_user_key=$\n');
    expect(text).toContain('server_user_key_passphrase=$\n');
    expect(text).not.toContain('BEGIN OPENSSH');
    expect(text).not.toContain('correct horse');
  });

  it('comments out an unset optional secret and a missing credential store name', () => {
    const text = exportSpsIni({ ...complete, server_user_key_passphrase: '' });
    expect(text).toContain('; server_user_key_passphrase=$\n');
    expect(text).toContain('; cred_store=<name-of-credential-store-hosting-sensitive-data>\n');
    expect(importSpsIni(text).credStore).toBeNull();
  });

  it('round-trips the values (secrets come back as kept in the store)', () => {
    const result = importSpsIni(exportSpsIni(complete, { credStore: 'tpam-keys' }));
    expect(result.values).toEqual(secretsStored(complete));
    expect(result.credStore).toBe('tpam-keys');
    expect(result.configVersion).toBe(1);
    expect(result.warnings).toEqual([]);
  });

  it('round-trips the tutorial sample configuration', () => {
    const first = importSpsIni(TUTORIAL_FILLED);
    const again = importSpsIni(exportSpsIni(first.values, { credStore: first.credStore }));
    expect(again.values).toEqual(first.values);
    expect(again.credStore).toBe('tpam-keys');
    expect(again.configVersion).toBe(first.configVersion);
  });

  it('writes defaults for values not given, so the file is complete', () => {
    const text = exportSpsIni({
      server: 'tpam01',
      server_public_key: 'tpam01 ssh-ed25519 AAAA',
      server_user: 'isacli',
    });
    expect(importSpsIni(text).values).toEqual({
      server: 'tpam01',
      server_port: 22,
      server_public_key: 'tpam01 ssh-ed25519 AAAA',
      server_user: 'isacli',
      server_user_key: { stored: true },
      system_name_resolver: 'tpam',
      authorization: 'gateway',
      required_policy: 'Privileged Access',
      system_maptoreal: false,
      system_prefix: '',
      reuse_gateway_password: false,
      log_level: 'info',
      timeout_seconds: 60,
    });
  });

  it('escapes a literal $ and %', () => {
    const text = exportSpsIni({ ...complete, system_prefix: '$', required_policy: '50%' });
    expect(text).toContain('system_prefix=$$\n');
    expect(text).toContain('required_policy=50%%\n');
    expect(importSpsIni(text).values).toMatchObject({ system_prefix: '$', required_policy: '50%' });
  });

  it('drops known_hosts comment lines (they would read as ini comments) and refuses them elsewhere', () => {
    const knownHosts = '# Host tpam01 found: line 3\ntpam01 ssh-ed25519 AAAA\n# another\ntpam01 ssh-rsa BBBB';
    const text = exportSpsIni({ ...complete, server_public_key: knownHosts });
    expect(importSpsIni(text).values.server_public_key).toBe(
      '# Host tpam01 found: line 3\ntpam01 ssh-ed25519 AAAA\ntpam01 ssh-rsa BBBB',
    );
    expect(() => exportSpsIni({ ...complete, required_policy: 'a\n; b' })).toThrowError(EcmError);
    expect(() => exportSpsIni({ ...complete, required_policy: '$$' })).toThrowError(/cannot be written/);
  });

  it('round-trips any one-line text value (property)', () => {
    const text = fc
      .string({
        unit: fc.constantFrom(
          'a',
          'Z',
          '0',
          ' ',
          '%',
          '$',
          '(',
          ')',
          's',
          '#',
          ';',
          '=',
          ':',
          '[',
          ']',
          '\\',
          '"',
          "'",
          'é',
        ),
      })
      .map((s) => s.trim())
      .filter((s) => s !== '$$');
    fc.assert(
      fc.property(text, text, (policy, prefix) => {
        const back = importSpsIni(exportSpsIni({ ...complete, required_policy: policy, system_prefix: prefix })).values;
        expect(back.required_policy).toBe(policy);
        expect(back.system_prefix).toBe(prefix);
      }),
      { numRuns: 300 },
    );
  });

  it('writes text the parser reads without errors', () => {
    expect(parseIni(exportSpsIni(complete)).errors).toEqual([]);
  });
});
