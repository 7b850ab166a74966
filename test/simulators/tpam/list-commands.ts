import {
  LIST_ACCOUNTS_HEADER,
  LIST_ASSIGNED_POLICIES_HEADER,
  LIST_EFFECTIVE_POLICIES_HEADER,
  LIST_REQUEST_DETAILS_HEADER,
  LIST_SYSTEMS_HEADER,
  LIST_USERS_HEADER,
  nothingToList,
  padNumber,
  renderTable,
  tpamDateTime,
  type Row,
  type TableFormat,
} from './tables';
import {
  isaSeesAccount,
  isaSeesSystem,
  sameName,
  type TpamPolicyRecord,
  type TpamRequestRecord,
  type TpamWorld,
} from './world';

/**
 * The List… commands of the simulated TPAM CLI. Each answers from the world as the CLI user
 * `user` sees it (ISA policies decide which systems and accounts are visible, as the SPS tutorial
 * describes), filters with TPAM's `*` wildcard, and honours MaxRows (default 25).
 */

export interface CliContext {
  world: TpamWorld;
  /** The authenticated CLI user. */
  user: string;
  format: TableFormat;
  now: () => Date;
}

/** A bad option value: the caller answers with the command's usage text. */
export class UsageProblem extends Error {}

type Options = ReadonlyMap<string, string>;

const DEFAULT_MAX_ROWS = 25;
const MAX_MAX_ROWS = 10_000;

/** TPAM filters: `*` matches anything, otherwise the whole name, without regard to case. */
export function wildcardMatches(filter: string | undefined, value: string): boolean {
  return wildcardMatcher(filter)(value);
}

/** The same test, compiled once for a filter applied to many rows (a review sends thousands of lists). */
export function wildcardMatcher(filter: string | undefined): (value: string) => boolean {
  if (filter === undefined) return () => true;
  const pattern = filter
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const re = new RegExp(`^${pattern}$`, 'i');
  return (value) => re.test(value);
}

function maxRows(options: Options): number {
  const text = options.get('MaxRows');
  if (text === undefined) return DEFAULT_MAX_ROWS;
  if (!/^\d+$/.test(text.trim())) throw new UsageProblem(`MaxRows '${text}' is not a number`);
  return Math.min(Number(text), MAX_MAX_ROWS);
}

function table(ctx: CliContext, things: string, header: readonly string[], rows: Row[], options: Options): string {
  const limited = rows.slice(0, maxRows(options));
  return limited.length === 0 ? nothingToList(things) : renderTable(header, limited, ctx.format);
}

export function listSystems(ctx: CliContext, options: Options): string {
  const sortBy = (options.get('SortOrder') ?? 'SystemName').toLowerCase();
  if (!['systemname', 'networkaddress', 'platformname'].includes(sortBy))
    throw new UsageProblem(`unknown SortOrder '${sortBy}'`);
  const platform = options.get('Platform');
  const systems = ctx.world.systems
    .filter((s) => isaSeesSystem(ctx.world, ctx.user, s.name))
    .filter(
      (s) =>
        wildcardMatches(options.get('SystemName'), s.name) &&
        wildcardMatches(options.get('NetworkAddress'), s.networkAddress),
    )
    .filter((s) => platform === undefined || sameName(platform, 'All') || sameName(platform, s.platform ?? ''));
  const key = (s: (typeof systems)[number]) =>
    sortBy === 'networkaddress' ? s.networkAddress : sortBy === 'platformname' ? (s.platform ?? '') : s.name;
  systems.sort((a, b) => key(a).localeCompare(key(b)));
  const rows = systems.map((s) => ({
    SystemName: s.name,
    NetworkAddress: s.networkAddress,
    PlatformName: s.platform ?? 'Linux',
    ReleaseDuration: '120',
    SystemAutoFl: 'Y',
    UseSpecificKey: 'N',
    PasswordRule: 'Default Password Rule',
    PortNumber: padNumber(s.platform === 'Windows' ? 3389 : 22),
    Description: s.description ?? '',
    Timeout: padNumber(20),
    CheckFl: 'Y',
    ResetFl: 'N',
    UseSshFl: s.platform === 'Windows' ? 'N' : 'Y',
  }));
  return table(ctx, 'Systems', LIST_SYSTEMS_HEADER, rows, options);
}

export function listAccounts(ctx: CliContext, options: Options): string {
  const rows = ctx.world.accounts
    .filter((a) => isaSeesAccount(ctx.world, ctx.user, a.systemName, a.accountName))
    .filter(
      (a) =>
        wildcardMatches(options.get('SystemName'), a.systemName) &&
        wildcardMatches(options.get('AccountName'), a.accountName),
    )
    .map((a) => ({
      SystemName: a.systemName,
      AccountName: a.accountName,
      Password: '', // never shown in list output (captured output)
      ReleaseDuration: '1980',
      AcctAutoFl: 'N',
      PasswordRule: 'Default Password Rule',
      SvcChangeFl: 'N',
      UseSelfFl: 'N',
      MinApprovers: '1',
      Description: a.description ?? '',
      RequireTixForCLI: a.requireTicketForCli ? 'Y' : 'N',
      AccountCustom1: a.custom1 ?? '',
      AccountCustom2: a.custom2 ?? '',
    }));
  return table(ctx, 'Accounts', LIST_ACCOUNTS_HEADER, rows, options);
}

export function listUsers(ctx: CliContext, options: Options): string {
  const rows = ctx.world.users
    .filter((u) => wildcardMatches(options.get('UserName'), u.name))
    .map((u) => ({
      UserName: u.name,
      LastName: u.lastName ?? '',
      FirstName: u.firstName ?? '',
      EmailAddress: u.email ?? '',
      UserType: 'Basic',
      UserInterface: u.cliPublicKeys?.length ? 'CLI' : 'Web',
      DisabledFl: u.disabled ? 'Y' : 'N',
    }));
  return table(ctx, 'Users', LIST_USERS_HEADER, rows, options);
}

function fullName(ctx: CliContext, userName: string): string {
  const user = ctx.world.users.find((u) => u.name === userName);
  return user ? [user.firstName, user.lastName].filter(Boolean).join(' ') : '';
}

function policySource(p: TpamPolicyRecord): string {
  if (p.systemName === undefined) return 'User-Collection(S)';
  return p.accountName === undefined ? 'User-System' : 'User-Account';
}

/** A policy is listed for an account when it covers it: set on the account, on its system, or on all systems. */
function policyListedFor(p: TpamPolicyRecord, system: string | undefined, account: string | undefined): boolean {
  const systemOk = system === undefined || p.systemName === undefined || sameName(p.systemName, system);
  const accountOk = account === undefined || p.accountName === undefined || sameName(p.accountName, account);
  return systemOk && accountOk;
}

export function listAssignedPolicies(ctx: CliContext, options: Options): string {
  const flag = (options.get('AllOrEffectiveFlag') ?? 'A').toUpperCase();
  if (flag !== 'A' && flag !== 'E') throw new UsageProblem(`AllOrEffectiveFlag '${flag}' is not A or E`);
  const system = options.get('SystemName');
  const account = options.get('AccountName');
  const permission = options.get('PermissionType');
  const rows = ctx.world.policies
    .filter((p) => wildcardMatches(options.get('UserName'), p.userName))
    .filter((p) => permission === undefined || sameName(permission, p.permissionType ?? 'Pwd'))
    .filter((p) => policyListedFor(p, system, account))
    .map((p) => ({
      UserName: p.userName,
      FullName: fullName(ctx, p.userName),
      SystemName: p.systemName ?? '',
      AccountName: p.accountName ?? '',
      CollectionName: p.systemName === undefined ? 'All Systems' : '',
      AccessPolicyName: p.policyName,
      PolicySource: policySource(p),
      PermissionType: p.permissionType ?? 'Pwd',
      EffectiveFl: 'Yes',
    }));
  return table(
    ctx,
    'Permissions',
    flag === 'E' ? LIST_EFFECTIVE_POLICIES_HEADER : LIST_ASSIGNED_POLICIES_HEADER,
    rows,
    options,
  );
}

/** Whether the request is in its release window and approved (TPAM's "Active"). */
export function requestIsActive(r: TpamRequestRecord, now: Date): boolean {
  return (r.status === 'Active' || r.status === 'Approved') && r.startsAt <= now && now < r.endsAt;
}

/**
 * The status TPAM shows for a request: an approved request is Active in its release window,
 * still Approved before it, and Expired after it (TPAM closes requests whose window ended).
 */
export function shownStatus(r: TpamRequestRecord, now: Date): string {
  if (r.status !== 'Active' && r.status !== 'Approved') return r.status;
  if (now >= r.endsAt) return 'Expired';
  return r.startsAt <= now ? 'Active' : 'Approved';
}

/** The requests a `--Status` filter lets through; an unknown filter is TPAM's usage text. */
function statusFilter(filter: string, now: Date): (r: TpamRequestRecord) => boolean {
  switch (filter) {
    case 'all':
      return () => true;
    case 'active':
      return (r) => requestIsActive(r, now);
    case 'pending':
      return (r) => r.status === 'Pending';
    case 'current':
    case 'open':
      return (r) => r.status === 'Pending' || requestIsActive(r, now);
    default:
      throw new UsageProblem(`Status '${filter}' is not one of All, Pending, Active, Current, Open`);
  }
}

export function listRequestDetails(ctx: CliContext, options: Options): string {
  const now = ctx.now();
  const status = (options.get('Status') ?? 'All').toLowerCase();
  const id = options.get('RequestID');
  const requestor = options.get('RequestorName');
  const statusMatches = statusFilter(status, now);
  const systemMatches = wildcardMatcher(options.get('SystemName'));
  const accountMatches = wildcardMatcher(options.get('AccountName'));
  const rows = ctx.world.requests
    .filter(
      (r) =>
        (id === undefined || r.requestId === id) && (requestor === undefined || sameName(requestor, r.requestorName)),
    )
    .filter((r) => systemMatches(r.systemName) && accountMatches(r.accountName))
    .filter(statusMatches)
    .map((r) => ({
      RequestID: r.requestId,
      RequestorName: r.requestorName,
      SystemName: r.systemName,
      AccountName: r.accountName,
      RequestType: 'Password',
      RequestStatus: shownStatus(r, now),
      SubmittedDt: tpamDateTime(r.submittedAt),
      RequestNotes: r.reason ?? '',
      StartDt: tpamDateTime(r.startsAt),
      ExpiresDt: tpamDateTime(r.endsAt),
    }));
  return table(ctx, 'Requests', LIST_REQUEST_DETAILS_HEADER, rows, options);
}
