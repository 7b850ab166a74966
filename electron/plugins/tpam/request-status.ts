import { parseTpamTable, tableRows } from './tpam-table';

/** A password request as `ListRequestDetails --Status All` shows it, for explaining why none is active. */
export interface TpamRequestState {
  requestId: string;
  /** TPAM's RequestStatus (Pending, Approved, Active, Expired, Denied, Cancelled…); '' when the header has no such column. */
  status: string;
  startsAt: string;
  expiresAt: string;
}

/**
 * The requests of `requestor` for the account on the system, by header name (RequestStatus,
 * StartDt, ExpiresDt; the end time falls back to column 12, where the SPS plugin reads it).
 * Rows for another requestor, account or system never count, as in readRequestDetails.
 */
export function readRequestStates(
  text: string,
  expected: { requestor: string; account: string; system: string },
): TpamRequestState[] {
  const same = (a: string | undefined, b: string) => a === undefined || a.toLowerCase() === b.toLowerCase();
  return tableRows(parseTpamTable(text, 'ListRequestDetails'))
    .filter((row) => /^\d+-\d+$/.test(row.at(0)))
    .filter(
      (row) =>
        same(row.get('RequestorName'), expected.requestor) &&
        same(row.get('AccountName'), expected.account) &&
        same(row.get('SystemName'), expected.system),
    )
    .map((row) => ({
      requestId: row.at(0),
      status: row.get('RequestStatus') ?? row.get('Status') ?? '',
      startsAt: row.get('StartDt') ?? '',
      expiresAt: row.get('ExpiresDt') ?? row.at(12),
    }));
}
