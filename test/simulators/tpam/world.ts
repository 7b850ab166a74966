/**
 * The data a simulated TPAM holds: managed systems and accounts, users (some of them CLI users
 * with SSH keys), access policies and password requests. Tests build one (or take
 * `demoTpamWorld()`) and may change it while the simulator runs; every command reads it live.
 */

export interface TpamSystemRecord {
  name: string;
  networkAddress: string;
  /** e.g. `Linux`, `Windows` */
  platform?: string;
  description?: string;
}

export interface TpamAccountRecord {
  systemName: string;
  accountName: string;
  password: string;
  /** ManagedAccount.AccountCustom1 ("Real Account" for system_maptoreal). */
  custom1?: string;
  /** ManagedAccount.AccountCustom2 ("Real System"). */
  custom2?: string;
  description?: string;
  /** Retrieve over the CLI needs --TicketSystemName and --TicketNumber. */
  requireTicketForCli?: boolean;
}

export interface TpamUserRecord {
  /** Case-sensitive, as TPAM matches the SSH user name. */
  name: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  /** OpenSSH public key lines (`ssh-ed25519 AAAA… comment`); a user with keys may use the CLI. */
  cliPublicKeys?: string[];
  disabled?: boolean;
}

/**
 * An access policy assigned to a user. No systemName = every system (TPAM's "All Systems"
 * collection); no accountName = every account of the system(s).
 */
export interface TpamPolicyRecord {
  userName: string;
  /** e.g. `ISA`, `Privileged Access`, `Approver` */
  policyName: string;
  systemName?: string;
  accountName?: string;
  /** TPAM's permission type; `Pwd` (password) when omitted. */
  permissionType?: string;
}

export type TpamRequestStatus = 'Active' | 'Pending' | 'Approved' | 'Expired' | 'Cancelled' | 'Denied';

export interface TpamRequestRecord {
  /** e.g. `1-2345` */
  requestId: string;
  requestorName: string;
  systemName: string;
  accountName: string;
  status: TpamRequestStatus;
  submittedAt: Date;
  /** The release window. */
  startsAt: Date;
  endsAt: Date;
  reason?: string;
}

export interface TpamWorld {
  systems: TpamSystemRecord[];
  accounts: TpamAccountRecord[];
  users: TpamUserRecord[];
  policies: TpamPolicyRecord[];
  requests: TpamRequestRecord[];
}

/** The policy that gives a CLI user ISA rights (Information Security Administrator). */
export const ISA_POLICY = 'ISA';

/** Whether `policy` covers the system (and account, when given). Names compare case-insensitively, like TPAM's database. */
export function policyCovers(policy: TpamPolicyRecord, systemName: string, accountName?: string): boolean {
  if (policy.systemName !== undefined && !sameName(policy.systemName, systemName)) return false;
  if (accountName === undefined) return policy.accountName === undefined;
  return policy.accountName === undefined || sameName(policy.accountName, accountName);
}

/** TPAM's SQL database compares names without regard to case. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A CLI user sees a system (ListSystems) with a system-level ISA policy for it. */
export function isaSeesSystem(world: TpamWorld, user: string, systemName: string): boolean {
  return world.policies.some((p) => p.userName === user && p.policyName === ISA_POLICY && policyCovers(p, systemName));
}

/** A CLI user sees (and may retrieve) an account with an ISA policy for it or for its whole system. */
export function isaSeesAccount(world: TpamWorld, user: string, systemName: string, accountName: string): boolean {
  return world.policies.some(
    (p) => p.userName === user && p.policyName === ISA_POLICY && policyCovers(p, systemName, accountName),
  );
}
