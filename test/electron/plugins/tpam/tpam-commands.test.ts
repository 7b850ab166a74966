import { describe, expect, it } from 'vitest';
import { EcmError } from '../../../../shared/errors';
import {
  listAccountsCommand,
  listAssignedPoliciesCommand,
  listRequestDetailsCommand,
  listSystemsCommand,
  quoteName,
  reasonText,
  retrieveCommand,
} from '../../../../electron/plugins/tpam/tpam-commands';

/** The SPS plugin's worked example (test/simulators/tpam/demo-world.ts): gateway user jdoe, target root on 10.0.0.5 = LINUXSRV01. */
describe('TPAM command lines (the SPS worked example)', () => {
  it('defaults (tpam resolver, gateway authorization)', () => {
    expect([
      listSystemsCommand('10.0.0.5'),
      retrieveCommand('root', 'LINUXSRV01', reasonText('jdoe', { kind: 'gateway' })),
    ]).toEqual([
      'ListSystems --NetworkAddress 10.0.0.5',
      'Retrieve --AccountName root --SystemName LINUXSRV01 --ReasonText "jdoe,SPS,gateway"',
    ]);
  });

  it('dns resolver with prefix PSM_', () => {
    expect(retrieveCommand('root', 'PSM_LINUXSRV01', reasonText('jdoe', { kind: 'gateway' }))).toBe(
      'Retrieve --AccountName root --SystemName PSM_LINUXSRV01 --ReasonText "jdoe,SPS,gateway"',
    );
  });

  it('approval authorization', () => {
    expect([
      listSystemsCommand('10.0.0.5'),
      listRequestDetailsCommand('jdoe', 'root', 'LINUXSRV01'),
      retrieveCommand('root', 'LINUXSRV01', reasonText('jdoe', { kind: 'approval', requestId: '1-2345' })),
    ]).toEqual([
      'ListSystems --NetworkAddress 10.0.0.5',
      'ListRequestDetails --RequestorName jdoe --AccountName root --SystemName LINUXSRV01 --Status Active',
      'Retrieve --AccountName root --SystemName LINUXSRV01 --ReasonText "jdoe,SPS,approval,1-2345"',
    ]);
  });

  it('policy authorization (default policy)', () => {
    expect([
      listAssignedPoliciesCommand('jdoe', 'root', 'LINUXSRV01'),
      retrieveCommand('root', 'LINUXSRV01', reasonText('jdoe', { kind: 'policy', policy: 'Privileged Access' })),
    ]).toEqual([
      'ListAssignedPolicies --UserName jdoe --AccountName root --SystemName LINUXSRV01 --AllOrEffectiveFlag E --PermissionType Pwd',
      'Retrieve --AccountName root --SystemName LINUXSRV01 --ReasonText "jdoe,SPS,policy,Privileged Access"',
    ]);
  });

  it('system_maptoreal with policy', () => {
    expect([
      listSystemsCommand('10.0.0.5'),
      listAccountsCommand('root', 'LINUXSRV01'),
      listAssignedPoliciesCommand('jdoe', 'realroot', 'REALSYS'),
      retrieveCommand('realroot', 'REALSYS', reasonText('jdoe', { kind: 'policy', policy: 'Privileged Access' })),
    ]).toEqual([
      'ListSystems --NetworkAddress 10.0.0.5',
      'ListAccounts --AccountName root --SystemName LINUXSRV01',
      'ListAssignedPolicies --UserName jdoe --AccountName realroot --SystemName REALSYS --AllOrEffectiveFlag E --PermissionType Pwd',
      'Retrieve --AccountName realroot --SystemName REALSYS --ReasonText "jdoe,SPS,policy,Privileged Access"',
    ]);
  });

  it('takes another reason source than SPS', () => {
    expect(reasonText('CORP\\jdoe', { kind: 'gateway' }, 'ecm.corp.example')).toBe(
      'CORP\\jdoe,ecm.corp.example,gateway',
    );
  });
});

describe('TPAM argument quoting', () => {
  it('leaves plain names bare, so TPAM sees exactly what SPS sends', () => {
    for (const name of [
      'root',
      'LINUXSRV01',
      'PSM_LINUXSRV01',
      '10.0.0.5',
      'fe80::1',
      'CORP\\jdoe',
      'jdoe@corp.example',
      'svc-backup',
      'a.b+c=d,e/f',
    ]) {
      expect(quoteName('account name', name)).toBe(name);
    }
  });

  it('puts names with spaces or other characters in double quotes (SPS would split them)', () => {
    expect(listAccountsCommand('Domain Admin', 'WIN SRV')).toBe(
      'ListAccounts --AccountName "Domain Admin" --SystemName "WIN SRV"',
    );
    expect(quoteName('account name', "o'neil")).toBe(`"o'neil"`);
    expect(quoteName('account name', 'HOST$')).toBe('"HOST$"');
    expect(quoteName('account name', 'a;b|c&d')).toBe('"a;b|c&d"');
  });

  it.each([
    ['root"; ListUsers', 'double quote'],
    ['root\nListUsers', 'control character'],
    ['root\r', 'control character'],
    ['ro\tot', 'control character'],
    ['ro*', 'wildcard'],
    ['a $(id) b', 'shell'],
    ['a `id` b', 'shell'],
    ['a ${HOME} b', 'shell'],
    ['ro\u007fot', 'control character'],
    ['ro\u0000ot', 'control character'],
    ['CORP\\j doe\\', 'backslash'],
    ['--SystemName', 'option name'],
    ['', 'empty'],
    ['   ', 'empty'],
  ])('refuses %j (%s) as VALIDATION', (value, why) => {
    let error: unknown;
    try {
      listAccountsCommand(value, 'LINUXSRV01');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EcmError);
    expect((error as EcmError).code).toBe('VALIDATION');
    expect((error as EcmError).field).toBe('account name');
    expect((error as EcmError).message).toContain(why);
  });

  it('refuses a reason text that would end the quotes', () => {
    expect(() => retrieveCommand('root', 'LINUXSRV01', reasonText('jd"oe', { kind: 'gateway' }))).toThrowError(
      /double quote/,
    );
    expect(() =>
      retrieveCommand('root', 'LINUXSRV01', reasonText('jdoe', { kind: 'policy', policy: 'A\nB' })),
    ).toThrowError(/control character/);
  });
});
