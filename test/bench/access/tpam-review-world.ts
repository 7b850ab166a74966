import { DEMO_CLI_USER, demoCliKey } from '../../simulators/tpam/demo-world';
import {
  ISA_POLICY,
  type TpamAccountRecord,
  type TpamRequestRecord,
  type TpamRequestStatus,
  type TpamWorld,
} from '../../simulators/tpam/world';

/**
 * A TPAM for the access-review benchmark, checked in approval mode (each account of the
 * endpoint's system needs the user's active request): `users` gateway users on `endpoints` IP
 * addresses resolved with ListSystems. Deterministic, so both processes build the same world.
 *
 * Endpoints 10.20.x.y, by position in every block of 20: 18 are systems SRVNNN with one to three
 * accounts (root; oracle on every second; backup on every third), 2 are no TPAM system at all.
 * Requests per user and account, by (user + system + account) mod 12: 0–3 active (ok), 4 pending,
 * 5 expired (none, with the reason), the rest none at all.
 */
const HOUR = 3_600_000;

export function reviewUsers(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `user${String(i + 1).padStart(3, '0')}`);
}

export function reviewEndpoints(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `10.20.${Math.floor(i / 250)}.${(i % 250) + 1}`);
}

function systemName(e: number): string {
  return `SRV${String(e + 1).padStart(3, '0')}`;
}

function accountsOf(e: number): string[] {
  return ['root', ...(e % 2 === 0 ? ['oracle'] : []), ...(e % 3 === 0 ? ['backup'] : [])];
}

/** The lookups a review of every user on every endpoint needs when each is made once. */
export function expectedLookups(userCount: number, endpointCount: number) {
  const systems = Array.from({ length: endpointCount }, (_, e) => e).filter((e) => e % 20 < 18);
  // One ListRequestDetails --Status All per user and account: it gives the verdict and the reasons.
  const checks = systems.reduce((n, e) => n + accountsOf(e).length * userCount, 0);
  return { listSystems: endpointCount, listAccounts: systems.length, checks };
}

export function reviewWorld(userCount: number, endpointCount: number, now = new Date()): TpamWorld {
  const users = reviewUsers(userCount);
  const addresses = reviewEndpoints(endpointCount);
  const systems = addresses
    .map((address, e) => ({ name: systemName(e), networkAddress: address, platform: 'Linux' }))
    .filter((_, e) => e % 20 < 18);
  const accounts: TpamAccountRecord[] = [];
  const requests: TpamRequestRecord[] = [];
  let requestNo = 1000;
  systems.forEach((system) => {
    const e = addresses.indexOf(system.networkAddress);
    accountsOf(e).forEach((accountName, a) => {
      accounts.push({ systemName: system.name, accountName, password: `Pw-${system.name}-${accountName}` });
      users.forEach((user, u) => {
        const k = (u + e + a) % 12;
        const status: TpamRequestStatus | null = k < 4 ? 'Active' : k === 4 ? 'Pending' : k === 5 ? 'Expired' : null;
        if (!status) return;
        const startsAt = new Date(now.getTime() - (status === 'Expired' ? 3 * HOUR : HOUR));
        requests.push({
          requestId: `1-${requestNo++}`,
          requestorName: user,
          systemName: system.name,
          accountName,
          status,
          submittedAt: startsAt,
          startsAt,
          endsAt: new Date(now.getTime() + (status === 'Expired' ? -HOUR : 2 * HOUR)),
          reason: 'Access review benchmark',
        });
      });
    });
  });
  return {
    systems,
    accounts,
    users: [
      { name: DEMO_CLI_USER, cliPublicKeys: [demoCliKey().publicKey] },
      ...users.map((name) => ({ name, email: `${name}@corp.example` })),
    ],
    policies: [{ userName: DEMO_CLI_USER, policyName: ISA_POLICY }],
    requests,
  };
}
