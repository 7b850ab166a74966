import { describe, expect, it } from 'vitest';
import { importSpsIni } from '../../../../electron/plugins/tpam/sps-ini';
import { messages, minimal } from './sps-ini-import-helpers';

describe('SPS ini import: interpolation', () => {
  it('resolves the tutorial example %(dir)s/mydirectory from the same section', () => {
    const { values, warnings } = importSpsIni(minimal('system_prefix=%(dir)s/mydirectory\ndir=/var'));
    expect(values.system_prefix).toBe('/var/mydirectory');
    expect(warnings).toEqual([
      'Line 7, [tpam] dir: not a TPAM plugin option; it is used only in %(dir)s references and is not imported.',
    ]);
  });

  it('resolves references to [DEFAULT], without regard to case, nested, and %% as %', () => {
    const text = `[DEFAULT]\ndomain=corp.example\nhost=tpam01.%(domain)s\n${minimal('required_policy=100%% %(Team)s\nteam=Ops').replace('server=tpam01', 'server=%(HOST)s')}`;
    const { values, warnings } = importSpsIni(text);
    expect(values.server).toBe('tpam01.corp.example');
    expect(values.required_policy).toBe('100% Ops');
    expect(warnings).toEqual([
      'Line 10, [tpam] team: not a TPAM plugin option; it is used only in %(team)s references and is not imported.',
    ]);
  });

  it('lets a section value shadow the [DEFAULT] one', () => {
    expect(
      importSpsIni(`[DEFAULT]\nprefix=DEF_\n${minimal('prefix=SEC_\nsystem_prefix=%(prefix)s')}`).values.system_prefix,
    ).toBe('SEC_');
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
    expect(messages(minimal('required_policy=%(required_policy)s'))[0]).toContain(
      'references form a loop (required_policy -> required_policy)',
    );
  });

  it('stops at Python’s depth of 10 references', () => {
    const chain = (n: number) => Array.from({ length: n }, (_, i) => `v${i}=%(v${i + 1})s`).join('\n') + `\nv${n}=end`;
    expect(importSpsIni(minimal(`system_prefix=%(v0)s\n${chain(9)}`)).values.system_prefix).toBe('end');
    expect(messages(minimal(`system_prefix=%(v0)s\n${chain(10)}`))[0]).toMatch(
      /^Line 6, \[tpam\] system_prefix: the %\(name\)s references are nested more than 10 deep \(system_prefix -> v0 -> /,
    );
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
