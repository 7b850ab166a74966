import { EcmError } from '../../../shared/errors';
import type { CredentialSummary } from '../../../shared/plugin/contract';
import { machineSearchTerms } from './endpoint-names';
import type { SecretServerSettings } from './secret-server-settings';
import { errorsOf, secretSummariesOf, type SecretSummaryRow } from './ss-results';
import type { SecretServerSession } from './ss-session';
import type { SsUserRef } from './user-name';

export interface Search {
  field: string;
  term: string;
  source: 'machine' | 'domain';
}

/** The machine-field searches for an endpoint, then the domain-field ones for each configured domain. */
export function searchesFor(s: SecretServerSettings, endpoint: string): Search[] {
  return [
    ...machineSearchTerms(endpoint).map((term) => ({ field: s.machineField, term, source: 'machine' as const })),
    ...s.includeDomainCredentialsFor.map((term) => ({ field: s.domainField, term, source: 'domain' as const })),
  ];
}

/** Secret Server lists only what the searching token's account may view, so the same flags serve both views. */
function searchArgs(q: Search) {
  return (token: string) => ({
    token,
    fieldName: q.field,
    searchTerm: q.term,
    showDeleted: false,
    showRestricted: true,
  });
}

/** The secrets `user` may view with `q`; once per user and search within a run. */
export async function searchAsUser(
  session: SecretServerSession,
  user: SsUserRef,
  q: Search,
  step: string,
): Promise<SecretSummaryRow[]> {
  const who = `${user.domain.toLowerCase()}\\${user.username.toLowerCase()}`;
  const { value } = await session.once(`search|${who}|${q.field}|${q.term}`, async () =>
    summariesOf(await session.withUserToken(user, 'SearchSecretsByFieldValue', searchArgs(q), step), q, step),
  );
  return value;
}

/**
 * The same search in the API account's own view, for "why not": names and ids only, from the
 * search results (never GetSecret: no password is read to explain an empty answer). Once per
 * search within a run, whoever the user.
 */
export async function searchAsApiAccount(
  session: SecretServerSession,
  q: Search,
  step: string,
): Promise<SecretSummaryRow[]> {
  const { value } = await session.once(`api-search|${q.field}|${q.term}`, async () =>
    summariesOf(await session.withApiToken('SearchSecretsByFieldValue', searchArgs(q), step), q, step),
  );
  return value;
}

function summariesOf(result: Record<string, unknown>, q: Search, step: string): SecretSummaryRow[] {
  const errors = errorsOf(result);
  if (errors.length > 0) {
    throw new EcmError({
      code: 'PROTOCOL',
      step,
      message: `Secret Server answered SearchSecretsByFieldValue (${q.field} = ${q.term}) with an error.`,
      serverText: errors.join(' '),
      hint: `Check that the field "${q.field}" exists on your secret templates (${q.source === 'machine' ? 'Machine Field' : 'Domain Field'} setting).`,
    });
  }
  return secretSummariesOf(result);
}

/**
 * One row per secret: machine matches first, then domain ones; a secret found twice is listed once.
 * The search results carry no user name (a SecretSummary is id, name, template, folder and the
 * restricted flag), so the Secret ID is shown instead of reading each secret with GetSecret.
 */
export function mergeFound(searches: Search[], found: SecretSummaryRow[][]): CredentialSummary[] {
  const byId = new Map<number, CredentialSummary>();
  searches.forEach((q, i) => {
    for (const row of found[i] ?? []) {
      if (byId.has(row.id)) continue;
      byId.set(row.id, {
        id: String(row.id),
        name: row.name,
        source: q.source,
        ...(row.templateName ? { template: row.templateName } : {}),
        restricted: row.restricted,
        ...(q.source === 'domain' ? { domain: q.term } : {}),
        detail: `Secret ID ${row.id}`,
      });
    }
  });
  return [...byId.values()];
}
