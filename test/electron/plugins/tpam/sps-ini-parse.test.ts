import { describe, expect, it } from 'vitest';
import { parseIni } from '../../../../electron/plugins/tpam/sps-ini-parse';

/** Python configparser behaviour (as the SPS SDK reads its ini), line by line. */

const values = (text: string, section: string) => {
  const { document, errors } = parseIni(text);
  expect(errors).toEqual([]);
  const s = document.sections.get(section);
  return Object.fromEntries([...(s?.options.values() ?? [])].map((o) => [o.name, o.value]));
};
const errorsOf = (text: string) => parseIni(text).errors.map((e) => e.message);

describe('SPS ini parsing (configparser rules)', () => {
  it('ignores # and ; full-line comments, even indented, but keeps inline ; in the value', () => {
    expect(
      values(
        '[tpam]\n# comment\n ; indented comment\nserver = 10.0.0.1 ; comment\nsystem_prefix=PSM_ # not a comment\n',
        'tpam',
      ),
    ).toEqual({
      server: '10.0.0.1 ; comment',
      system_prefix: 'PSM_ # not a comment',
    });
  });

  it('lower-cases option names, keeps section names as written, accepts = and :', () => {
    const { document } = parseIni('[TPAM]\nServer=a\n[tpam]\nSERVER_User: isacli\n');
    expect([...document.sections.keys()]).toEqual(['TPAM', 'tpam']);
    expect(document.sections.get('TPAM')?.options.get('server')?.value).toBe('a');
    expect(document.sections.get('tpam')?.options.get('server_user')?.value).toBe('isacli');
  });

  it('strips values, treats `key =` as empty, splits at the first = or :', () => {
    expect(
      values(
        '[tpam]\n   server   =   tpam01   \nsystem_prefix =\nserver_public_key = [10.0.0.1]:2222 ssh-ed25519 AAAA=\n',
        'tpam',
      ),
    ).toEqual({
      server: 'tpam01',
      system_prefix: '',
      server_public_key: '[10.0.0.1]:2222 ssh-ed25519 AAAA=',
    });
  });

  it('reads the tutorial layout: every line indented by one space, trailing spaces', () => {
    expect(
      values(
        '[tpam]\n authorization=policy\n required_policy=Privileged Access   \n server=tpam01\n\n[plugin]\n log_level=info \n',
        'tpam',
      ),
    ).toEqual({
      authorization: 'policy',
      required_policy: 'Privileged Access',
      server: 'tpam01',
    });
  });

  it('joins deeper-indented continuation lines with \\n, keeps inner blank lines, drops trailing ones and skips comment lines', () => {
    const text = [
      '[tpam]',
      'server_public_key = tpam01 ssh-ed25519 AAAA1',
      '   [tpam01]:2222 ssh-rsa AAAA2',
      '# a comment inside the value',
      '',
      '   tpam02 ssh-ed25519 AAAA3',
      '',
      'server = tpam01',
    ].join('\n');
    expect(values(text, 'tpam')).toEqual({
      server_public_key: 'tpam01 ssh-ed25519 AAAA1\n[tpam01]:2222 ssh-rsa AAAA2\n\ntpam02 ssh-ed25519 AAAA3',
      server: 'tpam01',
    });
  });

  it('reads CRLF line ends and a byte-order mark', () => {
    expect(values('\uFEFF[tpam]\r\nserver=tpam01\r\nserver_public_key=a\r\n  b\r\n', 'tpam')).toEqual({
      server: 'tpam01',
      server_public_key: 'a\nb',
    });
  });

  it('keeps [DEFAULT] apart from the sections and takes a header with text after the ]', () => {
    const { document } = parseIni('[DEFAULT]\nhost=tpam01\n[tpam] ; trailing text\nserver=%(host)s\n');
    expect(document.defaults.get('host')?.value).toBe('tpam01');
    expect(document.sections.get('tpam')?.options.get('server')?.value).toBe('%(host)s');
  });

  it('reports a repeated option (any case) and a repeated section with their lines', () => {
    expect(errorsOf('[tpam]\nserver=a\nSERVER=b\n')).toEqual([
      'Line 3, [tpam] server: the option appears a second time in this section (first at line 2); write it once.',
    ]);
    expect(errorsOf('[tpam]\nserver=a\n[plugin]\n[tpam]\n')).toEqual([
      'Line 4: section [tpam] appears a second time (first at line 1); write each section once.',
    ]);
  });

  it('reports an option before any section and a line that is not an option', () => {
    expect(errorsOf('server=a\n[tpam]\n')).toEqual([
      'Line 1: "server=a" comes before any [section] header; put options under [tpam] or [plugin].',
    ]);
    expect(errorsOf('[tpam]\nserver\n= value\n')).toEqual([
      'Line 2, [tpam]: "server" is neither an option (name = value) nor a [section] header.',
      'Line 3, [tpam]: "= value" is neither an option (name = value) nor a [section] header.',
    ]);
  });

  it('treats an indented line after a blank line as a continuation, as configparser does', () => {
    expect(values('[tpam]\nserver=a\n\n  server_user=b\n', 'tpam')).toEqual({ server: 'a\n\nserver_user=b' });
  });
});
