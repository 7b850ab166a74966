import { describe, expect, it } from 'vitest';
import { EcmError } from '../../../../shared/errors';
import { importSpsIni } from '../../../../electron/plugins/tpam/sps-ini';
import { TUTORIAL_FILLED, TUTORIAL_SAMPLE } from './tutorial-sample';

const minimal = (extra = '', plugin = '') =>
  `[tpam]\nserver=tpam01\nserver_public_key=tpam01 ssh-ed25519 AAAA\nserver_user=isacli\nserver_user_key=$\n${extra}\n[plugin]\n${plugin}\n`;

function importError(text: string): EcmError {
  try {
    importSpsIni(text);
  } catch (err) {
    expect(err).toBeInstanceOf(EcmError);
    expect((err as EcmError).code).toBe('VALIDATION');
    return err as EcmError;
  }
  throw new Error('importSpsIni did not throw');
}
const messages = (text: string) => importError(text).message.split('\n');

describe('SPS ini import: the tutorial sample', () => {
  it('imports the filled-in sample with every value typed', () => {
    const result = importSpsIni(TUTORIAL_FILLED);
    expect(result.values).toEqual({
      server: 'tpam01.corp.example',
      server_port: 22,
      server_public_key: '|1|shAKuZdzJelKykkXBo+l4qpE+Fo=|J8oYavGEL2Rmo+u5R4r+Mdt7vuE= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAy',
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
    expect(lines.some((l) => l.startsWith('Line 4, [tpam] server: "<hostname-or-IP-address-of-TPAM>": Enter a host name'))).toBe(true);
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
    expect(messages(minimal().replace('server=tpam01', 'server ='))).toEqual(['Line 2, [tpam] server: empty; this option is required.']);
  });

  it('uses [DEFAULT] values only for sections that exist (configparser has_option)', () => {
    const defaults = '[DEFAULT]\nserver=tpam01\nserver_public_key=tpam01 ssh-ed25519 AAAA\nserver_user=isacli\n';
    expect(importSpsIni(`${defaults}[tpam]\n`).values).toMatchObject({ server: 'tpam01', server_user: 'isacli' });
    expect(messages(`${defaults}[plugin]\n`)).toContain('[tpam] server: missing; this option is required and the file has no [tpam] section.');
  });

  it('finds options whatever their case, but not sections', () => {
    expect(importSpsIni(minimal('System_MapToReal = YES')).values.system_maptoreal).toBe(true);
    const error = importError('[TPAM]\nserver=tpam01\n');
    expect(error.message).toContain('[tpam] server: missing; this option is required and the file has no [tpam] section (it has [TPAM]: section names must be written exactly).');
  });
});

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

  it.each(['true', 'false', '1', 'on', ''])('refuses %j as a boolean, naming the line and the allowed words', (text) => {
    expect(messages(minimal(`system_maptoreal=${text}`))).toEqual([
      `Line 6, [tpam] system_maptoreal: "${text}" is not allowed; write yes or no.`,
    ]);
  });

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
    expect(messages(minimal(`server_port=${text}`))).toEqual([`Line 6, [tpam] server_port: "${text}" is not a whole number.`]);
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
    expect(importSpsIni(minimal('system_name_resolver=DNS\nauthorization=Approval')).values).toMatchObject({ system_name_resolver: 'dns', authorization: 'approval' });
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
    const both = importSpsIni(`${minimal('', 'log_level=error\ncred_store=new')}[logging]\nlog_level=debug\n[credential_store]\nname=old\n`);
    expect(both.values.log_level).toBe('error');
    expect(both.credStore).toBe('new');
    expect(both.warnings).toEqual(['Line 11, [logging] log_level: ignored: [plugin] log_level is used.', 'Line 13, [credential_store] name: ignored: [plugin] cred_store is used.']);
  });

  it('checks config_version', () => {
    expect(importSpsIni(minimal('', 'config_version=1')).configVersion).toBe(1);
    expect(messages(minimal('', 'config_version=2'))).toEqual([
      'Line 8, [plugin] config_version: version 2 is not supported; the ECM reads version 1.',
    ]);
    expect(messages(minimal('', 'config_version=one'))).toEqual(['Line 8, [plugin] config_version: "one" is not a whole number.']);
  });
});

describe('SPS ini import: $ and secrets', () => {
  it('reports a secret given as $ as kept in the sealed store', () => {
    const { values } = importSpsIni(minimal('server_user_key_passphrase=$'));
    expect(values.server_user_key).toEqual({ stored: true });
    expect(values.server_user_key_passphrase).toEqual({ stored: true });
  });

  it('keeps the stored key when server_user_key is not in the file, and says why', () => {
    const { values, warnings } = importSpsIni(minimal().replace('server_user_key=$\n', ''));
    expect(values.server_user_key).toEqual({ stored: true });
    expect(warnings).toEqual([
      '[tpam] server_user_key: not in the file: the SPS plugin reads it from its credential store (host tpam, user server_user_key), so the ECM keeps the one it has sealed.',
    ]);
  });

  it('takes an inline key (continuation lines) and warns that it belongs in the store', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----';
    const text = minimal().replace('server_user_key=$', `server_user_key = ${pem.split('\n').join('\n ')}`);
    const { values, warnings } = importSpsIni(text);
    expect(values.server_user_key).toBe(pem);
    expect(warnings).toEqual([
      'Line 5, [tpam] server_user_key: the secret is written in the file itself: the ECM seals it in its store on Save; remove it from the file and write server_user_key=$ instead.',
    ]);
  });

  it('reads $$ as a literal $', () => {
    expect(importSpsIni(minimal('required_policy=$$\nsystem_prefix=$$$')).values).toMatchObject({ required_policy: '$', system_prefix: '$$$' });
  });

  it('refuses $ for an option that is not a secret (the ECM cannot read SPS stores)', () => {
    expect(messages(minimal().replace('server_user=isacli', 'server_user=$'))).toEqual([
      'Line 4, [tpam] server_user: $ means "read it from the SPS credential store", which the ECM cannot read; write the value itself.',
    ]);
  });

  it('never shows a secret in an error message', () => {
    const text = minimal().replace('server_user_key=$', 'server_user_key=-----BEGIN 100% SECRET KEY-----');
    const lines = messages(text);
    expect(lines).toEqual([
      'Line 5, [tpam] server_user_key: a "%" is not followed by "%" or "("; write %% for a literal %.',
    ]);
    expect(lines.join('\n')).not.toContain('SECRET');
  });
});

describe('SPS ini import: interpolation', () => {
  it('resolves the tutorial example %(dir)s/mydirectory from the same section', () => {
    const { values, warnings } = importSpsIni(minimal('system_prefix=%(dir)s/mydirectory\ndir=/var'));
    expect(values.system_prefix).toBe('/var/mydirectory');
    expect(warnings).toEqual(['Line 7, [tpam] dir: not a TPAM plugin option; it is used only in %(dir)s references and is not imported.']);
  });

  it('resolves references to [DEFAULT], without regard to case, nested, and %% as %', () => {
    const text = `[DEFAULT]\ndomain=corp.example\nhost=tpam01.%(domain)s\n${minimal('required_policy=100%% %(Team)s\nteam=Ops').replace('server=tpam01', 'server=%(HOST)s')}`;
    const { values, warnings } = importSpsIni(text);
    expect(values.server).toBe('tpam01.corp.example');
    expect(values.required_policy).toBe('100% Ops');
    expect(warnings).toEqual(['Line 10, [tpam] team: not a TPAM plugin option; it is used only in %(team)s references and is not imported.']);
  });

  it('lets a section value shadow the [DEFAULT] one', () => {
    expect(importSpsIni(`[DEFAULT]\nprefix=DEF_\n${minimal('prefix=SEC_\nsystem_prefix=%(prefix)s')}`).values.system_prefix).toBe('SEC_');
  });

  it('reports a reference to an option that does not exist', () => {
    expect(messages(minimal('system_prefix=%(nothing)s_'))).toEqual([
      'Line 6, [tpam] system_prefix: %(nothing)s names an option that is neither in [tpam] nor in [DEFAULT].',
    ]);
  });

  it('reports an interpolation loop with its chain', () => {
    expect(messages(minimal('system_prefix=%(a)s\na=%(b)s\nb=%(system_prefix)s'))).toEqual([
      'Line 6, [tpam] system_prefix: the %(name)s references form a loop (system_prefix -> a -> b -> system_prefix).',
    ]);
    expect(messages(minimal('required_policy=%(required_policy)s'))[0]).toContain('references form a loop (required_policy -> required_policy)');
  });

  it('stops at Python’s depth of 10 references', () => {
    const chain = (n: number) => Array.from({ length: n }, (_, i) => `v${i}=%(v${i + 1})s`).join('\n') + `\nv${n}=end`;
    expect(importSpsIni(minimal(`system_prefix=%(v0)s\n${chain(9)}`)).values.system_prefix).toBe('end');
    expect(messages(minimal(`system_prefix=%(v0)s\n${chain(10)}`))[0]).toMatch(/^Line 6, \[tpam\] system_prefix: the %\(name\)s references are nested more than 10 deep \(system_prefix -> v0 -> /);
  });

  it('reports a lone % and a malformed reference', () => {
    expect(messages(minimal('required_policy=50% off'))).toEqual([
      'Line 6, [tpam] required_policy: a "%" is not followed by "%" or "(" (at "% off"); write %% for a literal %.',
    ]);
    expect(messages(minimal('required_policy=%(open'))).toEqual([
      'Line 6, [tpam] required_policy: a reference is not written %(name)s (at "%(open").',
    ]);
  });

  it('does not expand options it does not read (references resolve on demand)', () => {
    const { warnings } = importSpsIni(minimal('unused=%(broken'));
    expect(warnings).toEqual(['Line 6, [tpam] unused: not a TPAM plugin option; it is not imported.']);
  });
});

describe('SPS ini import: nothing dropped silently', () => {
  it('warns about unknown options, unknown sections and unused [DEFAULT] values', () => {
    const text = `[DEFAULT]\nunused=1\n${minimal('sever=typo', 'color=blue')}[https_proxy]\nserver=proxy\nport=3128\n[Tpam]\n[empty]\n`;
    expect(importSpsIni(text).warnings).toEqual([
      'Line 2, [DEFAULT] unused: not a TPAM plugin option and no option refers to it; it is not imported.',
      'Line 8, [tpam] sever: not a TPAM plugin option (did you mean server?); it is not imported.',
      'Line 10, [plugin] color: not a TPAM plugin option; it is not imported.',
      'Line 11: section [https_proxy] is not used by the TPAM plugin; not imported: server, port.',
      'Line 14: section [Tpam] is not used by the TPAM plugin (did you mean [tpam]? Section names are case-sensitive.); it is empty.',
      'Line 15: section [empty] is not used by the TPAM plugin; it is empty.',
    ]);
  });

  it('reports syntax errors as VALIDATION with line numbers', () => {
    const error = importError('[tpam]\nserver tpam01\n');
    expect(error.message).toBe('Line 2, [tpam]: "server tpam01" is neither an option (name = value) nor a [section] header.');
    expect(error.field).toBe('ini');
  });
});

describe('SPS ini import: mistyped names and plain-word errors', () => {
  it('suggests the name a mistyped option or section most likely meant, at its line', () => {
    const text = `${minimal('sever_port=2222\nlog_level=debug\nsystem_maptoral=yes', 'loglevel=debug\ncredstore=keys')}[tapm]\nserver=x\n`;
    expect(importSpsIni(text).warnings).toEqual([
      'Line 6, [tpam] sever_port: not a TPAM plugin option (did you mean server_port?); it is not imported.',
      'Line 7, [tpam] log_level: not a TPAM plugin option here (it belongs in [plugin]); it is not imported.',
      'Line 8, [tpam] system_maptoral: not a TPAM plugin option (did you mean system_maptoreal?); it is not imported.',
      'Line 10, [plugin] loglevel: not a TPAM plugin option (did you mean log_level?); it is not imported.',
      'Line 11, [plugin] credstore: not a TPAM plugin option (did you mean cred_store?); it is not imported.',
      'Line 12: section [tapm] is not used by the TPAM plugin (did you mean [tpam]?); not imported: server.',
    ]);
  });

  it('suggests nothing for a name that is far from every option', () => {
    expect(importSpsIni(minimal('colour=blue')).warnings).toEqual(['Line 6, [tpam] colour: not a TPAM plugin option; it is not imported.']);
  });

  it('lists every error on its own line, starting with the ini line, without Python syntax', () => {
    const text = [
      '[tpam]',
      'server = tpam01',
      'server_public_key = tpam01 ssh-ed25519 AAAA',
      'server_user = isacli',
      'server_user_key = $',
      'server_port = twenty-two',
      'system_maptoreal = maybe',
      'authorization = ticket',
      'required_policy = 50% off',
      '[plugin]',
      'log_level = loud',
    ].join('\n');
    const error = importError(text);
    const lines = error.message.split('\n');
    expect(lines.map((l) => /^Line (\d+), /.exec(l)?.[1])).toEqual(['6', '7', '8', '9', '11']);
    for (const line of lines) {
      expect(line).not.toMatch(/\('|', '|option='|section='/); // no tuple or keyword-argument syntax
      expect(line.endsWith('.')).toBe(true);
    }
    expect(error.hint).toBe('5 problems in the file; fix each line named above and import again. Nothing was imported.');
  });
});

describe('SPS ini import: a secret stays in its own option', () => {
  it('refuses a plain option that takes in a secret through a reference, without showing it', () => {
    const text = minimal('system_prefix=%(server_user_key)s').replace('server_user_key=$', 'server_user_key=KEY-MATERIAL-1234');
    const lines = messages(text);
    expect(lines).toEqual(['Line 6, [tpam] system_prefix: %(server_user_key)s refers to a secret, which may not be copied into another option; write the value itself.']);
    expect(lines.join('\n')).not.toContain('KEY-MATERIAL');
  });
});
