import { isEcmError } from '../../../shared/errors';
import type { Reason } from '../../../shared/plugin/contract';
import type { StepRecorder } from '../../../shared/plugin-kit';
import type { SecretSummaryRow } from './ss-results';
import { searchAsApiAccount, type Search } from './ss-search';
import type { SecretServerSession } from './ss-session';
import { describeUser, type SsUserRef } from './user-name';

/** Secrets listed one by one per group; the rest are counted, so a broad API view stays readable. */
export const MAX_LISTED = 20;

/** The machine searches of an endpoint explain together; each configured domain on its own. */
interface Group {
  source: 'machine' | 'domain';
  field: string;
  searches: Search[];
}

function groupsOf(searches: Search[]): Group[] {
  const machine = searches.filter((q) => q.source === 'machine');
  return [
    ...(machine.length ? [{ source: 'machine' as const, field: machine[0]!.field, searches: machine }] : []),
    ...searches
      .filter((q) => q.source === 'domain')
      .map((q) => ({ source: 'domain' as const, field: q.field, searches: [q] })),
  ];
}

const quoted = (terms: string[]) => terms.map((t) => `"${t}"`).join(' or ');

/**
 * Why a search found nothing for the user. Secret Server lists only the secrets the searching
 * account may view, so the same search is repeated with the API account's token: what it finds
 * exists but is hidden from the user (named, with its Secret ID); when it finds nothing either,
 * no secret with that value exists or neither account may view it, and the answer cannot tell which.
 */
export async function explainEmpty(
  session: SecretServerSession,
  user: SsUserRef,
  searches: Search[],
  found: SecretSummaryRow[][],
  steps: StepRecorder,
  signal: AbortSignal,
): Promise<Reason[]> {
  const empty = groupsOf(searches).filter((g) =>
    g.searches.every((q) => (found[searches.indexOf(q)] ?? []).length === 0),
  );
  const reasons: Reason[] = [];
  for (const group of empty) {
    const who = describeUser(user);
    const terms = quoted(group.searches.map((q) => q.term));
    const setting = group.source === 'machine' ? 'Machine Field' : 'Domain Field';
    const kind = group.source; // machine | domain: part of each code
    reasons.push({
      code: `no-${kind}-secret`,
      text: `No secret that ${who} may view has ${terms} in its ${group.field} field (${setting}).`,
    });
    let apiRows: SecretSummaryRow[][];
    try {
      apiRows = await steps.all(
        group.searches.map((q) => {
          const name = `Search ${q.field} = ${q.term} as API account ${session.apiPrincipal}`;
          return {
            name,
            body: () => searchAsApiAccount(session, q, name),
            detail: (rows: SecretSummaryRow[]) => `${rows.length} found`,
          };
        }),
      );
    } catch (err) {
      if (signal.aborted || !isEcmError(err) || BACK_END_GONE.has(err.code)) throw err;
      // The user's own answer stands; only its explanation is incomplete.
      const text = `The same search with the API account ${session.apiPrincipal} failed, so it is not known whether such secrets exist: ${err.message}`;
      // Within the contract's 2,000 characters whatever the error says.
      reasons.push({ code: `${kind}-search-as-api-account-failed`, text: text.slice(0, 2000) });
      continue;
    }
    reasons.push(...hiddenFromUser(group, apiRows, who, session.apiPrincipal, terms));
  }
  return reasons;
}

/**
 * A back end that cannot be reached is not an incomplete explanation: the error is the answer, and
 * an access review stops at once on it instead of going on against a server that is gone.
 */
const BACK_END_GONE: ReadonlySet<string> = new Set(['CONNECT', 'TLS', 'TIMEOUT']);

function hiddenFromUser(
  group: Group,
  apiRows: SecretSummaryRow[][],
  who: string,
  api: string,
  terms: string,
): Reason[] {
  const kind = group.source;
  const seen = new Set<number>();
  const hidden: { row: SecretSummaryRow; term: string }[] = [];
  group.searches.forEach((q, i) => {
    for (const row of apiRows[i] ?? []) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      hidden.push({ row, term: q.term });
    }
  });
  if (hidden.length === 0) {
    return [
      {
        code: `no-${kind}-secret-for-api-account`,
        text: `The API account ${api} finds none either: either no secret has ${terms} in its ${group.field} field, or neither account may view it.`,
      },
    ];
  }
  const reasons: Reason[] = hidden.slice(0, MAX_LISTED).map(({ row, term }) => ({
    code: `${kind}-secret-not-viewable`,
    credential: row.name.slice(0, 500),
    text: `Secret ID ${row.id} "${row.name.slice(0, 200)}" has "${term}" in its ${group.field} field, but ${who} may not view it (the API account ${api} may).`,
  }));
  if (hidden.length > MAX_LISTED) {
    reasons.push({
      code: `${kind}-secret-not-viewable`,
      text: `${hidden.length - MAX_LISTED} more secrets with ${terms} in their ${group.field} field that ${who} may not view.`,
    });
  }
  return reasons;
}
