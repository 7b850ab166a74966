import { describe, expect, it } from 'vitest';
import { importSpsIni } from '../../../../electron/plugins/tpam/sps-ini';
import { importError, minimal } from './sps-ini-import-helpers';

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
    expect(error.message).toBe(
      'Line 2, [tpam]: "server tpam01" is neither an option (name = value) nor a [section] header.',
    );
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
    expect(importSpsIni(minimal('colour=blue')).warnings).toEqual([
      'Line 6, [tpam] colour: not a TPAM plugin option; it is not imported.',
    ]);
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
    expect(error.hint).toBe(
      '5 problems in the file; fix each line named above and import again. Nothing was imported.',
    );
  });
});
