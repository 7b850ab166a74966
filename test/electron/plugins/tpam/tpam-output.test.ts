import { describe, expect, it } from 'vitest';
import { EcmError } from '../../../../shared/errors';
import { LIST_ACCOUNTS_HEADER, LIST_SYSTEMS_HEADER } from '../../../simulators/tpam/tables';
import {
  classifyRetrieveOutput,
  hasRequiredPolicy,
  parseTpamTable,
  readAccounts,
  readAssignedPolicies,
  readRequestDetails,
  readSystems,
  tableRows,
} from '../../../../electron/plugins/tpam/tpam-output';

/** Test vectors: TPAM output as captured from real appliances. `⇥` stands for a TAB. */

const tabs = (s: string) => s.replace(/⇥/g, '\t');
const crlf = (...lines: string[]) => lines.map((l) => `${l}\r\n`).join('');

// The columns captured from a real TPAM, as the simulator serves them.
const SYSTEMS_HEADER = LIST_SYSTEMS_HEADER;

/** First cells of S6's discovered_systems.txt row, the rest empty but two padded numbers. */
function systemsRow(name: string, address: string): string {
  const cells = [name, address, '', 'Windows', '', '120', 'Y', 'mymaster', '', 'N', '', 'Default Password Rule'];
  while (cells.length < SYSTEMS_HEADER.length) cells.push('');
  cells[SYSTEMS_HEADER.indexOf('Timeout')] = '        90';
  cells[SYSTEMS_HEADER.indexOf('EscalationTime')] = '        44';
  return cells.join('\t');
}

// The columns captured from a real TPAM, as the simulator serves them.
const ACCOUNTS_HEADER = LIST_ACCOUNTS_HEADER;

/** S6's sample row (`klbatchsys1⇥klbatchacc⇥⇥⇥1980⇥N⇥⇥Default Password Rule⇥N⇥N⇥2⇥⇥kltest@tpam.spb.qsft⇥…`) with custom attributes. */
function accountsRow(custom1: string, custom2: string): string {
  const cells = tabs('klbatchsys1⇥klbatchacc⇥⇥⇥1980⇥N⇥⇥Default Password Rule⇥N⇥N⇥2⇥⇥kltest@tpam.spb.qsft').split('\t');
  while (cells.length < ACCOUNTS_HEADER.length) cells.push('');
  cells[33] = custom1;
  cells[34] = custom2;
  return cells.join('\t');
}

const POLICIES_HEADER =
  'UserName⇥FullName⇥ExtAuthReqd⇥GroupName⇥SystemName⇥AccountName⇥FileName⇥CollectionName⇥AccessPolicyName⇥PolicySource⇥PermissionType⇥PermissionName⇥CmdName⇥EffectiveFl';
const POLICY_ROWS = [
  '⇥⇥⇥Global Appr/Req Group⇥⇥⇥⇥All Systems⇥Approver-Requestor⇥Group-Collection(S)⇥⇥⇥⇥Yes',
  '⇥⇥⇥Global ISA Group⇥⇥⇥⇥All Systems⇥ISA⇥Group-Collection(S)⇥⇥⇥⇥Yes',
];

/** `ListSystems --help`, verbatim from S5 (trailing spaces included). */
const LIST_SYSTEMS_HELP = `Usage: ListSystems --System sysname [options...]

Options may be specified in any order.  Option values which accept more than
one word, i.e., --Description, must surround the value with double quotes
Option Names are not case sensitive and may be abbreviated to uniqueness

                  Req/                                                         
Option Name       Opt  Description                                             
================= ==== ========================================================
--SystemName      Opt  System Name to filter.  Use * for wildcard.
--NetworkAddress  Opt  Network Address to filter.  Use * for wildcard.
--CollectionName  Opt  Collection Name for membership to filter.  Use * for
                       wildcard.
--Platform        Opt  Name of specific platform to filter or All (default).
                       See the documentation for a list of supported values.
                       Use "Custom/customPlatName" for a custom platform.
--AutoFlag        Opt  Y/N or All for all systems regardless of automation.
--SortOrder       Opt  One of SystemName (default), NetworkAddress,
                       PlatformName.
--MaxRows         Opt  Maximum number of rows to return.  Default=25
--Help            Opt  Print this help message and exit                        

Legacy Support only for the following values:
ListSystems [SystemName (* for wildcard)],[ParentName (obsolete - ignored)],
[NetworkAddress (* for wildcard)],[CollectionName (* for wildcard)],
[Platform (All| (see Supported platform list)) default=All],
[SysAutoFl (All|Y|N) default=All],
[Sort (SystemName|NetworkAddress|PlatformName) default=SystemName],
[MaxRows Default=25]
`;

function protocolError(run: () => unknown): EcmError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(EcmError);
    expect((err as EcmError).code).toBe('PROTOCOL');
    return err as EcmError;
  }
  throw new Error('expected a PROTOCOL error');
}

describe('TPAM table output', () => {
  it.each([
    'No Systems to list',
    'No Accounts to list',
    'No Users to list',
    'No Permissions to list',
    'No Collections to list',
    'No Groups to list',
    'No Group Memberships to list',
    'No Collection Memberships to list',
    'No Requests to list',
  ])('reads "%s" as an empty list', (line) => {
    expect(parseTpamTable(`${line}\r\n`, 'List')).toEqual({ kind: 'empty', message: line });
    expect(parseTpamTable(line, 'List').kind).toBe('empty');
  });

  it('reads S6 no_systems.txt (exact bytes) as no systems', () => {
    expect(readSystems('No Systems to list\r\n')).toEqual([]);
  });

  it('reads the 64-column ListSystems output: header names, CRLF, spaces in column names, padded numbers', () => {
    const text = crlf(
      SYSTEMS_HEADER.join('\t'),
      systemsRow('klgenautodiscsystemwithbigname', '7.7.7.7'),
      systemsRow('LINUXSRV01', '10.0.0.5'),
    );
    const table = parseTpamTable(text, 'ListSystems');
    if (table.kind !== 'rows') throw new Error('expected rows');
    expect(table.header).toHaveLength(64);
    const row = table.rows[0];
    expect(row?.get('PlatformName')).toBe('Windows');
    expect(row?.get('PasswordRule')).toBe('Default Password Rule');
    expect(row?.get('PSM DPA Affinity')).toBe('');
    expect(row?.cells[SYSTEMS_HEADER.indexOf('Timeout')]).toBe('        90');
    expect(row?.get('Timeout')).toBe('90');
    expect(row?.getNumber('Timeout')).toBe(90);
    expect(row?.getNumber('EscalationTime')).toBe(44);
    expect(row?.getNumber('ReleaseDuration')).toBe(120);
    expect(row?.getNumber('PlatformName')).toBeNull();
    expect(row?.get('NoSuchColumn')).toBeUndefined();
    expect(readSystems(text)).toEqual([
      { name: 'klgenautodiscsystemwithbigname', networkAddress: '7.7.7.7' },
      { name: 'LINUXSRV01', networkAddress: '10.0.0.5' },
    ]);
  });

  it('reads the header version that ends with an extra TAB, LF line ends and a trailing blank line', () => {
    const text = `${SYSTEMS_HEADER.join('\t')}\t\n${systemsRow('LINUXSRV01', '10.0.0.5')}\n\n`;
    const table = parseTpamTable(text, 'ListSystems');
    expect(table.kind === 'rows' && table.header).toHaveLength(64);
    expect(readSystems(text)).toEqual([{ name: 'LINUXSRV01', networkAddress: '10.0.0.5' }]);
  });

  it('reads rows shorter than the header (missing trailing cells are empty)', () => {
    const rows = tableRows(
      parseTpamTable(crlf('SystemName\tNetworkAddress\tPlatformName', 'S1\t10.0.0.1'), 'ListSystems'),
    );
    expect(rows[0]?.get('PlatformName')).toBe('');
    expect(rows[0]?.at(7)).toBe('');
  });

  it('treats help text as a PROTOCOL error quoting it', () => {
    const error = protocolError(() => readSystems(LIST_SYSTEMS_HELP.replace(/\n/g, '\r\n')));
    expect(error.message).toBe(
      'TPAM did not accept the ListSystems command line and answered with its help text: "Usage: ListSystems --System sysname [options...]".',
    );
    expect(error.serverText).toContain('Option Names are not case sensitive and may be abbreviated to uniqueness');
  });

  it('refuses empty output and a sentence instead of a table', () => {
    expect(protocolError(() => readSystems('')).message).toBe('TPAM answered ListSystems with no output.');
    const error = protocolError(() => readAccounts('Invalid command: ListAcounts\r\n'));
    expect(error.message).toBe('TPAM answered ListAccounts with "Invalid command: ListAcounts" instead of a list.');
    expect(error.serverText).toBe('Invalid command: ListAcounts');
  });
});

describe('TPAM readers', () => {
  it('reads ListAccounts by header name (AccountCustom1/2 are columns 33/34 of 53)', () => {
    const text = crlf(ACCOUNTS_HEADER.join('\t'), accountsRow('realroot', 'REALSYS'));
    expect(ACCOUNTS_HEADER).toHaveLength(53);
    expect(readAccounts(text)).toEqual([
      { accountName: 'klbatchacc', systemName: 'klbatchsys1', accountCustom1: 'realroot', accountCustom2: 'REALSYS' },
    ]);
    expect(
      readAccounts(crlf(ACCOUNTS_HEADER.join('\t'), accountsRow('', ''))).map((a) => [
        a.accountCustom1,
        a.accountCustom2,
      ]),
    ).toEqual([['', '']]);
    expect(readAccounts('No Accounts to list\r\n')).toEqual([]);
  });

  it('finds custom attributes by name wherever TPAM puts them, and when they are the last columns', () => {
    const text = crlf('AccountName\tSystemName\tAccountCustom2\tAccountCustom1', 'root\tLINUXSRV01\tREALSYS\trealroot');
    expect(readAccounts(text)[0]).toMatchObject({ accountCustom1: 'realroot', accountCustom2: 'REALSYS' });
  });

  it('refuses ListAccounts output without the name columns', () => {
    expect(protocolError(() => readAccounts(crlf('Foo\tBar', 'a\tb'))).message).toBe(
      "TPAM's ListAccounts output has no AccountName or SystemName column.",
    );
  });

  it('reads the captured ListAssignedPolicies rows by the AccessPolicyName column', () => {
    const text = crlf(tabs(POLICIES_HEADER), ...POLICY_ROWS.map(tabs));
    expect(readAssignedPolicies(text).map((p) => p.policyName)).toEqual(['Approver-Requestor', 'ISA']);
    expect(readAssignedPolicies(text)[0]?.row.get('GroupName')).toBe('Global Appr/Req Group');
    expect(hasRequiredPolicy(text, 'ISA')).toBe(true);
    expect(hasRequiredPolicy(text, 'isa')).toBe(false); // compared case-sensitively, as the plugin does
    expect(hasRequiredPolicy(text, 'Privileged Access')).toBe(false);
  });

  it('falls back to index 9, as the SPS plugin reads it, when the header has no AccessPolicyName', () => {
    const header = Array.from({ length: 14 }, (_, i) => `Col${i}`).join('\t');
    const text = crlf(header, ...POLICY_ROWS.map(tabs));
    expect(readAssignedPolicies(text).map((p) => p.policyName)).toEqual(['Group-Collection(S)', 'Group-Collection(S)']);
    expect(readAssignedPolicies('No Permissions to list\r\n')).toEqual([]);
    expect(hasRequiredPolicy('No Permissions to list\r\n', 'Privileged Access')).toBe(false);
  });

  it('reads the request id from column 0 and the end time from column 12 of ListRequestDetails', () => {
    const row = [
      '1-2345',
      'jdoe',
      'LINUXSRV01',
      'root',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '2024-05-01 13:00:00.000',
    ].join('\t');
    expect(readRequestDetails(crlf(Array.from({ length: 13 }, (_, i) => `H${i}`).join('\t'), row))).toEqual([
      { requestId: '1-2345', endTime: '2024-05-01 13:00:00.000' },
    ]);
    expect(readRequestDetails('No Requests to list\r\n')).toEqual([]);
  });
});

describe('Retrieve output', () => {
  it('takes the first line as the password, without its line end', () => {
    expect(classifyRetrieveOutput('Lnx-r00t!pw\r\n')).toEqual({ kind: 'password', password: 'Lnx-r00t!pw' });
    expect(classifyRetrieveOutput('p@ss%word\n')).toEqual({ kind: 'password', password: 'p@ss%word' });
    expect(classifyRetrieveOutput('NotRequired1\r\n')).toEqual({ kind: 'password', password: 'NotRequired1' });
    expect(classifyRetrieveOutput('FailedOver9\r\n')).toEqual({ kind: 'password', password: 'FailedOver9' });
  });

  it.each([
    ['', 'empty'],
    ['\r\n', 'empty'],
    ['User isacli is not authorized to retrieve the password\r\n', 'not-authorized'],
    ['NOT AUTHORIZED\r\n', 'not-authorized'],
    ['Ticket Number and Ticket System are required for the CLI retrieval\r\n', 'required'],
    ['Ticket Number not found\r\n', 'not-found'],
    ['Ticket "4711" not found\r\n', 'not-found'],
    ['Ticket Number failed manual validation\r\n', 'failed'],
    [
      'Usage: Retrieve --SystemName sysname --AccountName acctname [options...]\r\n\r\nOptions may be specified in any order.\r\n',
      'usage',
    ],
  ])('classifies %j as an error (%s) with TPAM’s text', (text, reason) => {
    expect(classifyRetrieveOutput(text)).toEqual({ kind: 'error', reason, text: text.trim() });
  });
});

describe('authorization rows must really be for the user, account and system asked about', () => {
  it('never takes an error sentence, a banner or a request for another user, account or system for an approval', async () => {
    const { readRequestDetails } = await import('../../../../electron/plugins/tpam/tpam-output');
    const expected = { requestor: 'jdoe', account: 'root', system: 'LINUXSRV01' };
    expect(() => readRequestDetails('Error:\r\nRequestor jdoe has no access\r\n', expected)).toThrow();
    expect(() => readRequestDetails('Welcome to TPAM\r\nNo Requests to list\r\n', expected)).toThrow();
    const header = 'RequestID\tRequestorName\tSystemName\tAccountName\tRequestType\tRequestStatus\r\n';
    expect(readRequestDetails(`${header}1-2345\tjdoe\tLINUXSRV01\troot\tPassword\tActive\r\n`, expected)).toHaveLength(
      1,
    );
    expect(
      readRequestDetails(`${header}1-2345\tasmith\tLINUXSRV01\troot\tPassword\tActive\r\n`, expected),
    ).toHaveLength(0);
    expect(readRequestDetails(`${header}1-2345\tjdoe\tLINUXSRV01\troot\tPassword\tExpired\r\n`, expected)).toHaveLength(
      0,
    );
    // Another account or another system on the user's own active request never counts either.
    expect(readRequestDetails(`${header}1-2345\tjdoe\tLINUXSRV01\tadmin\tPassword\tActive\r\n`, expected)).toHaveLength(
      0,
    );
    expect(readRequestDetails(`${header}1-2345\tjdoe\tLINUXSRV02\troot\tPassword\tActive\r\n`, expected)).toHaveLength(
      0,
    );
    // Only a row that starts with a request id is a request.
    expect(readRequestDetails(`${header}Total\tjdoe\tLINUXSRV01\troot\tPassword\tActive\r\n`, expected)).toHaveLength(
      0,
    );
  });

  it('never counts a policy for another user, account or system', async () => {
    const { hasRequiredPolicy } = await import('../../../../electron/plugins/tpam/tpam-output');
    const header = [
      'UserName',
      'FullName',
      'ExtAuthReqd',
      'GroupName',
      'SystemName',
      'AccountName',
      'FileName',
      'CollectionName',
      'PolicySource',
      'AccessPolicyName',
    ].join('\t');
    const row = (user: string) =>
      [user, '', '', '', 'LINUXSRV01', 'root', '', '', 'Direct', 'Privileged Access'].join('\t');
    const expected = { user: 'jdoe', account: 'root', system: 'LINUXSRV01' };
    expect(hasRequiredPolicy(`${header}\r\n${row('jdoe')}\r\n`, 'Privileged Access', expected)).toBe(true);
    expect(hasRequiredPolicy(`${header}\r\n${row('asmith')}\r\n`, 'Privileged Access', expected)).toBe(false);
    expect(
      hasRequiredPolicy(`${header}\r\n${row('jdoe')}\r\n`, 'Privileged Access', { ...expected, account: 'admin' }),
    ).toBe(false);
    expect(
      hasRequiredPolicy(`${header}\r\n${row('jdoe')}\r\n`, 'Privileged Access', { ...expected, system: 'LINUXSRV02' }),
    ).toBe(false);
    expect(hasRequiredPolicy(`${header}\r\n${row('jdoe')}\r\n`, 'privileged access', expected)).toBe(false);
  });
});
