import { describe, expect, it } from 'vitest';
import {
  listAccountsCommand,
  listAssignedPoliciesCommand,
  listRequestDetailsCommand,
  listSystemsCommand,
  reasonText,
  retrieveCommand,
} from '../../../electron/plugins/tpam/tpam-commands';
import {
  classifyRetrieveOutput,
  hasRequiredPolicy,
  parseTpamTable,
  readAccounts,
  readAssignedPolicies,
  readRequestDetails,
  readSystems,
} from '../../../electron/plugins/tpam/tpam-output';
import { runTpamCommand } from './cli';
import { DEMO_CLI_USER, demoTpamWorld } from './demo-world';
import type { CliContext } from './list-commands';
import { TICKET_REQUIRED_TEXT } from './retrieve-command';
import type { TpamWorld } from './world';

/** The simulated TPAM CLI without SSH: command-line rules and output formats. */

const NOW = new Date('2024-05-01T12:00:00Z');

function cli(world: TpamWorld = demoTpamWorld(NOW), user = DEMO_CLI_USER, headerTrailingTab = false) {
  const ctx: CliContext = { world, user, format: { headerTrailingTab }, now: () => NOW };
  return (line: string) => runTpamCommand(ctx, line);
}

const lines = (text: string) => text.split('\r\n');

describe('simulated TPAM CLI: output formats', () => {
  const run = cli();

  it('answers ListSystems with the 64-column header and CRLF rows', () => {
    const out = run('ListSystems --NetworkAddress 10.0.0.5');
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    const [header, row, rest] = lines(out);
    expect(header?.split('\t')).toHaveLength(64);
    expect(header?.split('\t').slice(0, 2)).toEqual(['SystemName', 'NetworkAddress']);
    expect(row?.split('\t')).toHaveLength(64);
    expect(row?.startsWith('LINUXSRV01\t10.0.0.5\t\tLinux\t')).toBe(true);
    expect(rest).toBe('');
    expect(row).toContain('\t        22\t'); // a padded number, as TPAM prints them
    expect(readSystems(out)).toEqual([{ name: 'LINUXSRV01', networkAddress: '10.0.0.5' }]);
  });

  it('answers `No Systems to list` with exactly those bytes', () => {
    expect(run('ListSystems --NetworkAddress 10.9.9.9')).toBe('No Systems to list\r\n');
  });

  it('can end the header with an extra TAB like one TPAM version', () => {
    const out = cli(demoTpamWorld(NOW), DEMO_CLI_USER, true)('ListSystems --NetworkAddress 10.0.0.5');
    expect(lines(out)[0]?.endsWith('ProfileNotificationThumbprint\t')).toBe(true);
    expect(readSystems(out)).toEqual([{ name: 'LINUXSRV01', networkAddress: '10.0.0.5' }]);
  });

  it('answers ListAccounts with the 53-column header, custom attributes in columns 33/34 and no password', () => {
    const out = run('ListAccounts --AccountName root --SystemName LINUXSRV01');
    const [header, row] = lines(out);
    expect(header?.split('\t')).toHaveLength(53);
    expect(header?.split('\t')[33]).toBe('AccountCustom1');
    expect(row?.split('\t')[2]).toBe('');
    expect(out).not.toContain('Lnx-r00t!pw');
    expect(readAccounts(out)).toEqual([
      { accountName: 'root', systemName: 'LINUXSRV01', accountCustom1: 'realroot', accountCustom2: 'REALSYS' },
    ]);
    expect(run('ListAccounts --AccountName nobody --SystemName LINUXSRV01')).toBe('No Accounts to list\r\n');
  });

  it('puts the policy name at index 9 for --AllOrEffectiveFlag E, as the SPS plugin reads it', () => {
    const out = run(
      'ListAssignedPolicies --UserName jdoe --AccountName root --SystemName LINUXSRV01 --AllOrEffectiveFlag E --PermissionType Pwd',
    );
    const [header, row] = lines(out);
    expect(header?.split('\t')[9]).toBe('AccessPolicyName');
    expect(row?.split('\t')[9]).toBe('Privileged Access');
    expect(hasRequiredPolicy(out, 'Privileged Access')).toBe(true);
    expect(
      run(
        'ListAssignedPolicies --UserName asmith --AccountName root --SystemName REALSYS --AllOrEffectiveFlag E --PermissionType Pwd',
      ),
    ).toBe('No Permissions to list\r\n');
  });

  it('uses the captured layout (policy name at index 8) without the flag', () => {
    const out = run('ListAssignedPolicies --AccountName root');
    const header = lines(out)[0]?.split('\t');
    expect(header?.slice(8, 10)).toEqual(['AccessPolicyName', 'PolicySource']);
    expect(
      readAssignedPolicies(out).map((p) => `${p.row.get('UserName')}:${p.policyName}:${p.row.get('CollectionName')}`),
    ).toEqual([
      'isacli:ISA:All Systems',
      'jdoe:Privileged Access:', // on LINUXSRV01; the one on REALSYS/realroot does not cover root
      'asmith:Approver:',
    ]);
  });

  it('lists active requests with the id in column 0 and the end time in column 12', () => {
    const out = run(
      'ListRequestDetails --RequestorName jdoe --AccountName root --SystemName LINUXSRV01 --Status Active',
    );
    expect(readRequestDetails(out)).toEqual([{ requestId: '1-2345', endTime: '2024-05-01 14:00:00.000' }]);
    expect(
      run(
        'ListRequestDetails --RequestorName asmith --AccountName Administrator --SystemName WINSRV02 --Status Active',
      ),
    ).toBe('No Requests to list\r\n');
    expect(readRequestDetails(run('ListRequestDetails --Status Pending')).map((r) => r.requestId)).toEqual(['1-2346']);
    expect(readRequestDetails(run('ListRequestDetails --Status open')).map((r) => r.requestId)).toEqual([
      '1-2345',
      '1-2346',
    ]);
  });

  it('ends an active request with its window', () => {
    const world = demoTpamWorld(new Date(NOW.getTime() - 24 * 3_600_000));
    expect(cli(world)('ListRequestDetails --RequestorName jdoe --Status Active')).toBe('No Requests to list\r\n');
    // Listed with all statuses, it shows as Expired; one approved for later shows as Approved.
    const later = demoTpamWorld(new Date(NOW.getTime() + 24 * 3_600_000));
    const status = (w: TpamWorld) =>
      parseTpamTable(cli(w)('ListRequestDetails --RequestorName jdoe --Status All'), 'ListRequestDetails');
    const shown = (w: TpamWorld) => {
      const t = status(w);
      return t.kind === 'rows' ? t.rows.map((r) => r.get('RequestStatus')) : [];
    };
    expect(shown(world)).toEqual(['Expired']);
    expect(shown(later)).toEqual(['Approved']);
    expect(shown(demoTpamWorld(NOW))).toEqual(['Active']);
  });

  it('lists users with the captured header', () => {
    const out = run('ListUsers --UserName j*');
    const table = parseTpamTable(out, 'ListUsers');
    expect(table.kind === 'rows' && table.header[0]).toBe('UserName');
    expect(table.kind === 'rows' && table.rows.map((r) => r.get('EmailAddress'))).toEqual(['jdoe@corp.example']);
    expect(run('ListUsers --UserName nobody')).toBe('No Users to list\r\n');
  });
});

describe('simulated TPAM CLI: command-line rules', () => {
  const run = cli();
  const expected = run('ListSystems --NetworkAddress 10.0.0.5');

  it.each([
    'listsystems --networkaddress 10.0.0.5',
    'ListSystems --NETWORKADDRESS 10.0.0.5',
    'ListSystems --Net 10.0.0.5',
    'ListSystems -NetworkAddress 10.0.0.5',
    'ListSystems   --NetworkAddress   "10.0.0.5"  ',
  ])('accepts %j (case-insensitive, abbreviable options, quotes)', (line) => {
    expect(run(line)).toBe(expected);
  });

  it('reads a quoted value with spaces as one value', () => {
    const world = demoTpamWorld(NOW);
    world.systems.push({ name: 'WIN SRV', networkAddress: '10.0.0.9' });
    world.accounts.push({ systemName: 'WIN SRV', accountName: 'Domain Admin', password: 'Sp4ce-pw' });
    expect(
      cli(world)('Retrieve --SystemName "WIN SRV" --AccountName "Domain Admin" --ReasonText "jdoe,SPS,gateway"'),
    ).toBe('Sp4ce-pw\r\n');
  });

  it('filters with the * wildcard and honours MaxRows and SortOrder', () => {
    expect(readSystems(run('ListSystems --SystemName *LINUX*')).map((s) => s.name)).toEqual([
      'LINUXSRV01',
      'PSM_LINUXSRV01',
    ]);
    expect(readSystems(run('ListSystems --MaxRows 2')).map((s) => s.name)).toEqual(['LINUXSRV01', 'PSM_LINUXSRV01']);
    expect(readSystems(run('ListSystems --SortOrder NetworkAddress')).map((s) => s.networkAddress)).toEqual([
      '10.0.0.15',
      '10.0.0.5',
      '10.0.0.50',
      '10.0.0.6',
    ]);
  });

  it('answers --Help with the verbatim help text', () => {
    const help = run('ListSystems --Help');
    expect(help.startsWith('Usage: ListSystems --System sysname [options...]\r\n')).toBe(true);
    expect(help).toContain('--Help            Opt  Print this help message and exit                        \r\n');
    expect(help.endsWith('[MaxRows Default=25]\r\n')).toBe(true);
  });

  it.each([
    'ListSystems --Foo 1', // unknown option
    'ListSystems --S LINUX*', // ambiguous: SystemName, SortOrder
    'ListSystems --NetworkAddress', // no value
    'ListSystems --NetworkAddress "10.0.0.5', // quote not closed
    'ListSystems LINUXSRV01', // legacy positional form is not simulated
    'ListSystems --NetworkAddress 1 --NetworkAddress 2', // given twice
    'ListSystems --MaxRows many',
    'ListAssignedPolicies --AllOrEffectiveFlag X',
    'ListRequestDetails --Status Done',
    'Retrieve --AccountName root', // SystemName missing
  ])('answers %j with the command’s usage text', (line) => {
    const out = run(line);
    expect(out.startsWith(`Usage: ${line.split(' ')[0]}`)).toBe(true);
    expect(() => parseTpamTable(out, 'x')).toThrowError(/help text/);
  });

  it('answers an unknown command without usage text', () => {
    expect(run('GetStatus -u')).toBe('Invalid command: GetStatus\r\n');
  });
});

describe('simulated TPAM CLI: Retrieve', () => {
  it('returns the password alone on one line', () => {
    expect(cli()('Retrieve --AccountName root --SystemName LINUXSRV01 --ReasonText "jdoe,SPS,gateway"')).toBe(
      'Lnx-r00t!pw\r\n',
    );
  });

  it('says not found, ticket required and not authorized in words the readers classify', () => {
    const world = demoTpamWorld(NOW);
    world.users.push({ name: 'limitedcli', cliPublicKeys: [] });
    world.policies.push({ userName: 'limitedcli', policyName: 'ISA', systemName: 'WINSRV02' });
    const run = cli(world);
    expect(classifyRetrieveOutput(run('Retrieve --AccountName nobody --SystemName LINUXSRV01'))).toMatchObject({
      kind: 'error',
      reason: 'not-found',
    });
    expect(run('Retrieve --AccountName svc_backup --SystemName WINSRV02')).toBe(`${TICKET_REQUIRED_TEXT}\r\n`);
    expect(classifyRetrieveOutput(run('Retrieve --AccountName svc_backup --SystemName WINSRV02'))).toMatchObject({
      kind: 'error',
      reason: 'required',
    });
    expect(
      run('Retrieve --AccountName svc_backup --SystemName WINSRV02 --TicketSystemName SNOW --TicketNumber 4711'),
    ).toBe('Bkp-pw-0042\r\n');

    const limited = cli(world, 'limitedcli');
    expect(classifyRetrieveOutput(limited('Retrieve --AccountName root --SystemName LINUXSRV01'))).toEqual({
      kind: 'error',
      reason: 'not-authorized',
      text: 'User limitedcli is not authorized to retrieve the password of account root on system LINUXSRV01',
    });
    expect(limited('Retrieve --AccountName Administrator --SystemName WINSRV02')).toBe('W1n-Adm!n-pw\r\n');
    // What a CLI user may not see, it cannot list either (tutorial: ISA policies at System level).
    expect(readSystems(limited('ListSystems')).map((s) => s.name)).toEqual(['WINSRV02']);
    expect(limited('ListAccounts --SystemName LINUXSRV01')).toBe('No Accounts to list\r\n');
  });

  it('retrieves for a request of the CLI user itself (requestor mode)', () => {
    const world = demoTpamWorld(NOW);
    expect(classifyRetrieveOutput(cli(world)('Retrieve --RequestID 1-2345'))).toMatchObject({
      kind: 'error',
      reason: 'not-authorized',
    });
    expect(cli(world, 'jdoe')('Retrieve --RequestID 1-2345')).toBe('Lnx-r00t!pw\r\n');
  });
});

describe('the ECM command builders and readers against the simulated CLI (the SPS worked-example flows)', () => {
  const run = cli();

  it('tpam resolver + policy + system_maptoreal ends with the real account’s password', () => {
    const system = readSystems(run(listSystemsCommand('10.0.0.5')))[0]?.name ?? '';
    expect(system).toBe('LINUXSRV01');
    const account = readAccounts(run(listAccountsCommand('root', system)))[0];
    expect(account).toMatchObject({ accountCustom1: 'realroot', accountCustom2: 'REALSYS' });
    const real = { account: account?.accountCustom1 ?? '', system: account?.accountCustom2 ?? '' };
    expect(
      hasRequiredPolicy(run(listAssignedPoliciesCommand('jdoe', real.account, real.system)), 'Privileged Access'),
    ).toBe(true);
    const out = run(
      retrieveCommand(real.account, real.system, reasonText('jdoe', { kind: 'policy', policy: 'Privileged Access' })),
    );
    expect(classifyRetrieveOutput(out)).toEqual({ kind: 'password', password: 'R3al-r00t!pw' });
  });

  it('approval finds request 1-2345', () => {
    const [request] = readRequestDetails(run(listRequestDetailsCommand('jdoe', 'root', 'LINUXSRV01')));
    expect(request?.requestId).toBe('1-2345');
    const out = run(
      retrieveCommand(
        'root',
        'LINUXSRV01',
        reasonText('jdoe', { kind: 'approval', requestId: request?.requestId ?? '' }),
      ),
    );
    expect(classifyRetrieveOutput(out)).toEqual({ kind: 'password', password: 'Lnx-r00t!pw' });
  });
});
