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
    expect(lines).toContain("Configuration setting is not an integer; option='server_port', section='tpam', value='<SSH-port-number-of-TPAM>'");
    expect(lines.some((l) => l.startsWith('Configuration setting is not valid: Enter a host name') && l.includes("option='server', section='tpam', value='<hostname-or-IP-address-of-TPAM>'"))).toBe(true);
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

  it('reports every missing required option at once, in the SDK format', () => {
    const error = importError('[tpam]\nserver_user_key=$\n');
    expect(error.message.split('\n')).toEqual([
      "Required configuration setting missing; option='server', section='tpam'",
      "Required configuration setting missing; option='server_public_key', section='tpam'",
      "Required configuration setting missing; option='server_user', section='tpam'",
    ]);
    expect(error.field).toBe('values.server');
  });

  it('says when a required option is present but empty', () => {
    expect(messages(minimal().replace('server=tpam01', 'server ='))).toEqual(["Required configuration setting is empty; option='server', section='tpam'"]);
  });

  it('uses [DEFAULT] values only for sections that exist (configparser has_option)', () => {
    const defaults = '[DEFAULT]\nserver=tpam01\nserver_public_key=tpam01 ssh-ed25519 AAAA\nserver_user=isacli\n';
    expect(importSpsIni(`${defaults}[tpam]\n`).values).toMatchObject({ server: 'tpam01', server_user: 'isacli' });
    expect(messages(`${defaults}[plugin]\n`)).toContain("Required configuration setting missing; option='server', section='tpam'");
  });

  it('finds options whatever their case, but not sections', () => {
    expect(importSpsIni(minimal('System_MapToReal = YES')).values.system_maptoreal).toBe(true);
    const error = importError('[TPAM]\nserver=tpam01\n');
    expect(error.message).toContain("Required configuration setting missing; option='server', section='tpam'");
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

  it.each(['true', 'false', '1', 'on', ''])('refuses %j as a boolean with the SDK message', (text) => {
    expect(messages(minimal(`system_maptoreal=${text}`))).toEqual([
      `Configuration setting is not one of ('yes', 'no'); option='system_maptoreal', section='tpam', value='${text}'`,
    ]);
  });

  it('lower-cases the value in the boolean message, as getienum does', () => {
    expect(messages(minimal('reuse_gateway_password=TRUE'))).toEqual([
      "Configuration setting is not one of ('yes', 'no'); option='reuse_gateway_password', section='tpam', value='true'",
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
    expect(messages(minimal(`server_port=${text}`))).toEqual([`Configuration setting is not an integer; option='server_port', section='tpam', value='${text}'`]);
  });

  it('applies the ECM range rules after the SDK type rules', () => {
    expect(messages(minimal('server_port=70000'))).toEqual([
      "Configuration setting is not valid: SSH port must be at most 65535; option='server_port', section='tpam', value='70000'",
    ]);
    expect(messages(minimal('timeout_seconds=0'))).toEqual([
      "Configuration setting is not valid: Timeout (s) must be at least 1; option='timeout_seconds', section='tpam', value='0'",
    ]);
  });

  it('reads enums without regard to case and names the allowed values otherwise', () => {
    expect(importSpsIni(minimal('system_name_resolver=DNS\nauthorization=Approval')).values).toMatchObject({ system_name_resolver: 'dns', authorization: 'approval' });
    expect(messages(minimal('system_name_resolver=LDAP\nauthorization=ticket'))).toEqual([
      "Configuration setting is not one of ('tpam', 'dns'); option='system_name_resolver', section='tpam', value='ldap'",
      "Configuration setting is not one of ('gateway', 'approval', 'policy'); option='authorization', section='tpam', value='ticket'",
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
      `Configuration setting is not one of ('debug', 'info', 'warning', 'error', 'critical') or 10, 20, 30, 40, 50; option='log_level', section='plugin', value='${text}'`,
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
    expect(both.warnings).toEqual(['[logging] log_level is ignored: [plugin] log_level is used.', '[credential_store] name is ignored: [plugin] cred_store is used.']);
  });

  it('checks config_version', () => {
    expect(importSpsIni(minimal('', 'config_version=1')).configVersion).toBe(1);
    expect(messages(minimal('', 'config_version=2'))).toEqual([
      "Configuration version is not supported (the ECM reads version 1); option='config_version', section='plugin', value='2'",
    ]);
    expect(messages(minimal('', 'config_version=one'))).toEqual(["Configuration setting is not an integer; option='config_version', section='plugin', value='one'"]);
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
      "[tpam] server_user_key is not in the file: the SPS plugin reads it from its credential store (host 'tpam', user 'server_user_key'), so the ECM keeps the one it has sealed.",
    ]);
  });

  it('takes an inline key (continuation lines) and warns that it belongs in the store', () => {
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----';
    const text = minimal().replace('server_user_key=$', `server_user_key = ${pem.split('\n').join('\n ')}`);
    const { values, warnings } = importSpsIni(text);
    expect(values.server_user_key).toBe(pem);
    expect(warnings).toEqual([
      '[tpam] server_user_key is written in the file itself: the ECM seals it in its store; remove it from the file and write server_user_key=$ instead.',
    ]);
  });

  it('reads $$ as a literal $', () => {
    expect(importSpsIni(minimal('required_policy=$$\nsystem_prefix=$$$')).values).toMatchObject({ required_policy: '$', system_prefix: '$$$' });
  });

  it('refuses $ for an option that is not a secret (the ECM cannot read SPS stores)', () => {
    expect(messages(minimal().replace('server_user=isacli', 'server_user=$'))).toEqual([
      "Configuration setting is taken from the SPS credential store ($), which the ECM cannot read; write the value itself; option='server_user', section='tpam', value='$'",
    ]);
  });

  it('never shows a secret in an error message', () => {
    const text = minimal().replace('server_user_key=$', 'server_user_key=-----BEGIN 100% SECRET KEY-----');
    const lines = messages(text);
    expect(lines).toEqual([
      "Configuration setting has a '%' that is not followed by '%' or '(' (write %% for a literal %); option='server_user_key', section='tpam', value='<redacted>'",
    ]);
    expect(lines.join('\n')).not.toContain('SECRET');
  });
});

describe('SPS ini import: interpolation', () => {
  it('resolves the tutorial example %(dir)s/mydirectory from the same section', () => {
    const { values, warnings } = importSpsIni(minimal('system_prefix=%(dir)s/mydirectory\ndir=/var'));
    expect(values.system_prefix).toBe('/var/mydirectory');
    expect(warnings).toEqual(["Option 'dir' in [tpam] is not a TPAM plugin option; it is used only in %(dir)s references and is not imported."]);
  });

  it('resolves references to [DEFAULT], without regard to case, nested, and %% as %', () => {
    const text = `[DEFAULT]\ndomain=corp.example\nhost=tpam01.%(domain)s\n${minimal('required_policy=100%% %(Team)s\nteam=Ops').replace('server=tpam01', 'server=%(HOST)s')}`;
    const { values, warnings } = importSpsIni(text);
    expect(values.server).toBe('tpam01.corp.example');
    expect(values.required_policy).toBe('100% Ops');
    expect(warnings).toEqual(["Option 'team' in [tpam] is not a TPAM plugin option; it is used only in %(team)s references and is not imported."]);
  });

  it('lets a section value shadow the [DEFAULT] one', () => {
    expect(importSpsIni(`[DEFAULT]\nprefix=DEF_\n${minimal('prefix=SEC_\nsystem_prefix=%(prefix)s')}`).values.system_prefix).toBe('SEC_');
  });

  it('reports a reference to an option that does not exist', () => {
    expect(messages(minimal('system_prefix=%(nothing)s_'))).toEqual([
      "Configuration setting refers to an option that does not exist; option='system_prefix', section='tpam', value='%(nothing)s_', reference='nothing'",
    ]);
  });

  it('reports an interpolation loop with its chain', () => {
    expect(messages(minimal('system_prefix=%(a)s\na=%(b)s\nb=%(system_prefix)s'))).toEqual([
      "Configuration setting has an interpolation loop; option='system_prefix', section='tpam', value='%(a)s', chain='system_prefix -> a -> b -> system_prefix'",
    ]);
    expect(messages(minimal('required_policy=%(required_policy)s'))[0]).toContain('interpolation loop');
  });

  it('stops at Python’s depth of 10 references', () => {
    const chain = (n: number) => Array.from({ length: n }, (_, i) => `v${i}=%(v${i + 1})s`).join('\n') + `\nv${n}=end`;
    expect(importSpsIni(minimal(`system_prefix=%(v0)s\n${chain(9)}`)).values.system_prefix).toBe('end');
    expect(messages(minimal(`system_prefix=%(v0)s\n${chain(10)}`))[0]).toMatch(/^Configuration setting nests interpolation references too deeply; option='system_prefix'/);
  });

  it('reports a lone % and a malformed reference', () => {
    expect(messages(minimal('required_policy=50% off'))).toEqual([
      "Configuration setting has a '%' that is not followed by '%' or '(' (write %% for a literal %); option='required_policy', section='tpam', value='50% off', found='% off'",
    ]);
    expect(messages(minimal('required_policy=%(open'))).toEqual([
      "Configuration setting has a bad interpolation reference (expected %(name)s); option='required_policy', section='tpam', value='%(open', found='%(open'",
    ]);
  });

  it('does not expand options it does not read (references resolve on demand)', () => {
    const { warnings } = importSpsIni(minimal('unused=%(broken'));
    expect(warnings).toEqual(["Option 'unused' in [tpam] is not a TPAM plugin option; it is not imported."]);
  });
});

describe('SPS ini import: nothing dropped silently', () => {
  it('warns about unknown options, unknown sections and unused [DEFAULT] values', () => {
    const text = `[DEFAULT]\nunused=1\n${minimal('sever=typo', 'color=blue')}[https_proxy]\nserver=proxy\nport=3128\n[Tpam]\n[empty]\n`;
    expect(importSpsIni(text).warnings).toEqual([
      "Option 'sever' in [tpam] is not a TPAM plugin option; it is not imported.",
      "Option 'color' in [plugin] is not a TPAM plugin option; it is not imported.",
      'Section [https_proxy] is not used by the TPAM plugin; not imported: server, port.',
      'Section [Tpam] is not used by the TPAM plugin (section names are case-sensitive: did you mean [tpam]?); it is empty.',
      'Section [empty] is not used by the TPAM plugin; it is empty.',
      "Option 'unused' in [DEFAULT] is not a TPAM plugin option and no option refers to it; it is not imported.",
    ]);
  });

  it('reports syntax errors as VALIDATION with line numbers', () => {
    const error = importError('[tpam]\nserver tpam01\n');
    expect(error.message).toBe("Configuration line is neither an option (name = value) nor a [section] header; section='tpam', line='2', text='server tpam01'");
    expect(error.field).toBe('ini');
  });
});
