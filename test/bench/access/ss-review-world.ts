import type { SsApproval, SsSecret, SsUser, SsWorld } from '../../simulators/secret-server';
import { API_PASSWORD, API_USER } from '../../support/secret-server-world';

/**
 * A Secret Server for the access-review benchmark: `users` gateway users on `endpoints` machines
 * with the mix of outcomes a real review meets. Deterministic, so the benchmark process and the
 * simulator's process build the same world from the same two numbers.
 *
 * Users (CORP\userNNN), by position in every block of 50: 40 approved (ok or none by endpoint),
 * 4 whose approval is pending (pending), 3 who denied the API account and 3 unknown to Secret
 * Server (both refused). Endpoints (srvNNN, bare host names: one machine-field search each), by
 * position in every block of 20: 14 with two secrets (an admin secret most users may view, a
 * service secret for one user in five), 3 whose only secret the API account sees but no user
 * (none: "the user may not view them"), 3 with no secret at all (none: "nobody sees any").
 * One CORP domain secret for the first user in five, found by the domain search.
 */
export const DOMAIN = 'CORP';

export function reviewUsers(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${DOMAIN}\\user${String(i + 1).padStart(3, '0')}`);
}

export function reviewEndpoints(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `srv${String(i + 1).padStart(3, '0')}`);
}

export type UserKind = 'approved' | 'pending' | 'denied' | 'unknown';

export function userKind(index: number): UserKind {
  const k = index % 50;
  return k < 40 ? 'approved' : k < 44 ? 'pending' : k < 47 ? 'denied' : 'unknown';
}

function secret(id: number, name: string, fields: Record<string, string>, viewers: string[]): SsSecret {
  return { id, name, templateName: 'Windows Account', templateId: 6003, fields, viewers };
}

export function reviewWorld(userCount: number, endpointCount: number): SsWorld {
  const principals = reviewUsers(userCount);
  const users: SsUser[] = [
    { username: API_USER, domain: '', password: API_PASSWORD, roles: ['Web Services Impersonate'] },
  ];
  const approvals: SsApproval[] = [];
  principals.forEach((principal, i) => {
    const kind = userKind(i);
    if (kind === 'unknown') return;
    users.push({ username: principal.slice(DOMAIN.length + 1), domain: DOMAIN, password: 'x' });
    approvals.push({ apiUser: API_USER, user: principal, state: kind === 'approved' ? 'approved' : kind });
  });
  const secrets: SsSecret[] = [];
  let id = 1;
  reviewEndpoints(endpointCount).forEach((machine, e) => {
    const k = e % 20;
    const fields = (user: string) => ({ Machine: machine, Username: user, Password: `Pw-${id}`, Notes: '' });
    if (k < 14) {
      const admins = principals.filter((_, u) => (u + e) % 3 !== 0);
      secrets.push(secret(id, `${machine} admin`, fields('Administrator'), [API_USER, ...admins]));
      id++;
      const service = principals.filter((_, u) => u % 5 === e % 5);
      secrets.push(secret(id, `${machine} service`, fields('svc'), service));
      id++;
    } else if (k < 17) {
      secrets.push(secret(id, `${machine} break-glass`, fields('Administrator'), [API_USER]));
      id++;
    }
  });
  secrets.push({
    id: id++,
    name: 'CORP domain admin',
    templateName: 'Active Directory Account',
    templateId: 6001,
    fields: { Domain: DOMAIN, Username: 'da', Password: 'Pw-domain', Notes: '' },
    viewers: principals.filter((_, u) => u % 5 === 0),
  });
  return { users, secrets, approvals };
}

/** Plugin settings for the simulator at `url` (plain http on 127.0.0.1, as in the tests). */
export function reviewSettings(url: string): Record<string, unknown> {
  return {
    endpointUrl: url,
    allowUnencryptedHttp: true,
    apiUser: API_USER,
    apiPassword: API_PASSWORD,
    includeDomainCredentialsFor: [DOMAIN],
  };
}
