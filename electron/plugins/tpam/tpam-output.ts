import { EcmError } from '../../../shared/errors';
import { parseTpamTable, tableRows, type TpamRow } from './tpam-table';

/**
 * Readers of the TPAM CLI answers the plugin uses (the table shape itself is tpam-table.ts). Columns are found by
 * header name where TPAM's header is known; where the SPS plugin reads a fixed index, that index
 * is the fall-back, so a TPAM that answers SPS answers the ECM.
 */

export { assertNotUsageText, outputLines, parseTpamTable, tableRows, type TpamRow, type TpamTable } from './tpam-table';

export interface TpamSystem {
  name: string;
  networkAddress: string;
}

/** ListSystems: SystemName and NetworkAddress (columns 0 and 1 in every captured layout). */
export function readSystems(text: string): TpamSystem[] {
  return tableRows(parseTpamTable(text, 'ListSystems')).map((row) => ({
    name: row.get('SystemName') ?? row.at(0),
    networkAddress: row.get('NetworkAddress') ?? row.at(1),
  }));
}

export interface TpamAccount {
  accountName: string;
  systemName: string;
  /** "Real Account" when the TPAM admin named ManagedAccount.AccountCustom1 so ('' when unset). */
  accountCustom1: string;
  /** "Real System" (ManagedAccount.AccountCustom2). */
  accountCustom2: string;
}

/** ListAccounts, by header name like the SPS plugin (`dict(zip(header, row))`). */
export function readAccounts(text: string): TpamAccount[] {
  const table = parseTpamTable(text, 'ListAccounts');
  if (table.kind === 'rows') requireColumns(table.header, ['AccountName', 'SystemName'], 'ListAccounts');
  return tableRows(table).map((row) => ({
    accountName: row.get('AccountName') ?? '',
    systemName: row.get('SystemName') ?? '',
    accountCustom1: row.get('AccountCustom1') ?? '',
    accountCustom2: row.get('AccountCustom2') ?? '',
  }));
}

/**
 * The column the SPS plugin compares with `required_policy` in `ListAssignedPolicies --AllOrEffectiveFlag E`
 * output. That layout is not documented by TPAM; the SPS plugin reads index 9 there.
 */
export const SPS_POLICY_COLUMN_INDEX = 9;

export interface TpamAssignedPolicy {
  policyName: string;
  row: TpamRow;
}

/**
 * ListAssignedPolicies. The policy name is under AccessPolicyName when the header has it;
 * otherwise at index 9, as the SPS plugin reads it (TPAM layouts differ between versions).
 */
export function readAssignedPolicies(text: string): TpamAssignedPolicy[] {
  const table = parseTpamTable(text, 'ListAssignedPolicies');
  if (table.kind === 'empty') return [];
  const named = table.header.indexOf('AccessPolicyName');
  const index = named >= 0 ? named : SPS_POLICY_COLUMN_INDEX;
  // Not trimmed: the plugin compares the cell verbatim, case-sensitively.
  return table.rows.map((row) => ({ policyName: row.cells[index] ?? '', row }));
}

/**
 * The names of the policies assigned to this user for this account and system: where the header
 * names them, a row for someone or something else never counts (an empty cell is TPAM's "all").
 */
export function assignedPolicyNames(
  text: string,
  expected?: { user: string; account: string; system: string },
): string[] {
  const fits = (cell: string | undefined, value: string) =>
    cell === undefined || cell === '' || cell.toLowerCase() === value.toLowerCase();
  return readAssignedPolicies(text)
    .filter(
      (p) =>
        !expected ||
        (fits(p.row.get('UserName'), expected.user) &&
          fits(p.row.get('AccountName'), expected.account) &&
          fits(p.row.get('SystemName'), expected.system)),
    )
    .map((p) => p.policyName);
}

/** Whether any of those policies is exactly `requiredPolicy` (case-sensitive, as the plugin compares). */
export function hasRequiredPolicy(
  text: string,
  requiredPolicy: string,
  expected?: { user: string; account: string; system: string },
): boolean {
  return assignedPolicyNames(text, expected).includes(requiredPolicy);
}

export interface TpamRequest {
  /** Column 0, e.g. `1-2345`. */
  requestId: string;
  /** Column 12 (`%Y-%m-%d %H:%M:%S.%f`); the SPS plugin reads but never uses it. */
  endTime: string;
}

/**
 * ListRequestDetails: TPAM's header is not documented, so columns are read by index as the SPS
 * plugin reads them. But a row only counts as an approval when it really is one: where the header
 * names the requestor, account, system or status, each must match what was asked for (an error
 * sentence, a banner or another user's request must never authorize a password retrieval).
 */
export function readRequestDetails(
  text: string,
  expected?: { requestor: string; account: string; system: string },
): TpamRequest[] {
  const same = (a: string | undefined, b: string) => a === undefined || a.toLowerCase() === b.toLowerCase();
  return tableRows(parseTpamTable(text, 'ListRequestDetails'))
    .filter((row) => /^\d+-\d+$/.test(row.at(0)))
    .filter(
      (row) =>
        !expected ||
        (same(row.get('RequestorName'), expected.requestor) &&
          same(row.get('AccountName'), expected.account) &&
          same(row.get('SystemName'), expected.system) &&
          same(row.get('RequestStatus') ?? row.get('Status'), 'Active')),
    )
    .map((row) => ({ requestId: row.at(0), endTime: row.at(12) }));
}

export type RetrieveErrorReason = 'empty' | 'usage' | 'not-authorized' | 'not-found' | 'required' | 'failed';

export type RetrieveOutcome =
  { kind: 'password'; password: string } | { kind: 'error'; reason: RetrieveErrorReason; text: string };

/**
 * Retrieve prints the password alone on the first line, or a sentence saying why not. The SPS
 * plugin treats only "not authorized" as failure and would inject any other sentence as the
 * password; here TPAM's other known error sentences (help text, "… are required for the CLI
 * retrieval", "Ticket Number not found", "Ticket Number failed manual validation") are errors
 * too. "required" or "failed" alone could be part of a password, so they count only in a
 * sentence (TPAM passwords have no spaces).
 */
export function classifyRetrieveOutput(text: string): RetrieveOutcome {
  const first = text.split(/\r?\n/)[0] ?? '';
  const trimmed = text.trim();
  if (first.trim() === '') return { kind: 'error', reason: 'empty', text: trimmed };
  if (/(^|\n)\s*Usage:/.test(text)) return { kind: 'error', reason: 'usage', text: trimmed };
  if (/not authorized/i.test(first)) return { kind: 'error', reason: 'not-authorized', text: trimmed };
  if (/not found/i.test(first)) return { kind: 'error', reason: 'not-found', text: trimmed };
  const sentence = /\s/.test(first.trim());
  if (sentence && /\brequired\b/i.test(first)) return { kind: 'error', reason: 'required', text: trimmed };
  if (sentence && /\bfailed\b/i.test(first)) return { kind: 'error', reason: 'failed', text: trimmed };
  return { kind: 'password', password: first };
}

function requireColumns(header: readonly string[], names: string[], command: string): void {
  const missing = names.filter((n) => !header.includes(n));
  if (missing.length > 0) {
    throw new EcmError({
      code: 'PROTOCOL',
      message: `TPAM's ${command} output has no ${missing.join(' or ')} column.`,
      serverText: header.join('\t'),
    });
  }
}
