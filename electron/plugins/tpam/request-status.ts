import { listRequestDetailsCommand, TPAM_LIST_DEFAULT_ROWS } from './tpam-commands';
import { readRequestDetails } from './tpam-output';
import { parseTpamTable, tableRows, type TpamTable } from './tpam-table';

/** Where TPAM's ListRequestDetails says a request's state. */
const STATUS_COLUMNS = ['RequestStatus', 'Status'];

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
  return requestStates(parseTpamTable(text, 'ListRequestDetails'), expected);
}

function requestStates(
  table: TpamTable,
  expected: { requestor: string; account: string; system: string },
): TpamRequestState[] {
  const same = (a: string | undefined, b: string) => a === undefined || a.toLowerCase() === b.toLowerCase();
  return tableRows(table)
    .filter((row) => /^\d+-\d+$/.test(row.at(0)))
    .filter(
      (row) =>
        same(row.get('RequestorName'), expected.requestor) &&
        same(row.get('AccountName'), expected.account) &&
        same(row.get('SystemName'), expected.system),
    )
    .map((row) => ({
      requestId: row.at(0),
      status: row.get(STATUS_COLUMNS[0]!) ?? row.get(STATUS_COLUMNS[1]!) ?? '',
      startsAt: row.get('StartDt') ?? '',
      expiresAt: row.get('ExpiresDt') ?? row.at(12),
    }));
}

/** The user's requests for one account, and the one that makes it usable (approval mode), if any. */
export interface ApprovalState {
  /** The first request that is Active, as the SPS plugin's `--Status Active` query would give it first. */
  active: TpamRequestState | null;
  /** Every request of the user for the account, to say why none is active. */
  requests: TpamRequestState[];
}

/**
 * Test Settings' approval check in one round: `--Status All` once per account, the active request
 * read from its status column, the others kept as the reasons. Asking `--Status Active` first and
 * `All` only when it found nothing cost a second round for every account without an active
 * request. Why the verdict stays the SPS plugin's (the first row of `--Status Active`): that row
 * already counts here only when its status reads Active (readRequestDetails), and TPAM's Active
 * filter lists the requests it shows as Active (approved, in their release window), in the order
 * `All` lists them. TPAM documents neither; the simulator behaves so, and
 * tpam-approval-state.test.ts compares both answers for every state. A TPAM whose answer names no
 * status column cannot be read so: there the SPS line decides, in a second round. Retrieval
 * always asks `--Status Active`, as the SPS plugin does.
 */
export async function readApprovalState(
  user: string,
  target: { account: string; system: string },
  run: (command: string) => Promise<string>,
): Promise<ApprovalState> {
  const expected = { requestor: user, account: target.account, system: target.system };
  const all = await run(listRequestDetailsCommand(user, target.account, target.system, 'All'));
  const table = parseTpamTable(all, 'ListRequestDetails');
  const requests = requestStates(table, expected);
  const askActive = async (): Promise<ApprovalState> => {
    const active = readRequestDetails(
      await run(listRequestDetailsCommand(user, target.account, target.system, 'Active')),
      expected,
    )[0];
    return {
      active: active
        ? { requestId: active.requestId, status: 'Active', startsAt: '', expiresAt: active.endTime }
        : null,
      requests,
    };
  };
  if (table.kind !== 'rows') return { active: null, requests };
  if (!STATUS_COLUMNS.some((c) => table.header.includes(c))) return askActive();
  const active = requests.find((r) => r.status.toLowerCase() === 'active');
  if (active) return { active, requests };
  // A full page may have left the active request out (a user with many requests): the SPS line,
  // which lists active requests only, decides then.
  if (tableRows(table).length >= TPAM_LIST_DEFAULT_ROWS) return askActive();
  return { active: null, requests };
}
