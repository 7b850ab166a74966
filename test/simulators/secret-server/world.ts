/**
 * The data a simulated Secret Server holds: users, secrets, impersonation approvals and the few
 * admin settings the SOAP API exposes. Tests build one (or take `demoWorld()`) and may mutate it
 * while the simulator runs; every operation reads it live.
 */

export interface SsUser {
  username: string;
  /** '' = local Secret Server user; otherwise the AD domain (NetBIOS name), e.g. 'CORP' */
  domain: string;
  password: string;
  /** Secret Server Online organization code; unused by installed Secret Server */
  organization?: string;
  /** role permissions, e.g. 'Web Services Impersonate' */
  roles?: string[];
}

export interface SsSecret {
  id: number;
  name: string;
  templateName: string;
  templateId: number;
  folderId?: number;
  /** field name -> value, in template order (e.g. Machine, Username, Password, Notes) */
  fields: Record<string, string>;
  restricted?: boolean;
  deleted?: boolean;
  requiresComment?: boolean;
  /** principals that may view it: 'CORP\\alice' for domain users, 'bob' for local users (case-insensitive) */
  viewers: string[];
}

export type ApprovalState = 'approved' | 'pending' | 'denied';

export interface SsApproval {
  /** principal of the API account that impersonates */
  apiUser: string;
  /** principal of the impersonated user */
  user: string;
  state: ApprovalState;
}

export interface SsErrorTexts {
  loginFailed: string;
  tokenInvalid: string;
  accessDenied: string;
  impersonateNotAllowed: string;
  impersonateUserNotFound: string;
  impersonatePending: string;
  impersonateDenied: string;
  commentRequired: string;
}

export interface SsWorld {
  users: SsUser[];
  secrets: SsSecret[];
  approvals?: SsApproval[];
  /** "Session Timeout for Webservices", default 1200 */
  sessionTimeoutSeconds?: number;
  /** installed: Authenticate needs an empty organization; online: it must match the user's */
  edition?: 'installed' | 'online';
  errorTexts?: Partial<SsErrorTexts>;
}

export const IMPERSONATE_ROLE = 'Web Services Impersonate';
export const DEFAULT_SESSION_TIMEOUT_SECONDS = 1200;

/**
 * Only 'Login failed.' and 'Access Denied' have public evidence (Secret Server's
 * documentation and forum answers); the others are
 * plausible stand-ins, which is why every text is configurable per world.
 */
export const DEFAULT_ERROR_TEXTS: SsErrorTexts = {
  loginFailed: 'Login failed.',
  tokenInvalid: 'Token is not valid.',
  accessDenied: 'Access Denied',
  impersonateNotAllowed: 'You do not have the Web Services Impersonate permission.',
  impersonateUserNotFound: 'The user to impersonate was not found.',
  impersonatePending: 'The user must approve this application before it can act on their behalf.',
  impersonateDenied: 'The user has denied this application access to act on their behalf.',
  commentRequired: 'A comment is required to view this Secret.',
};

export function errorTextsOf(world: SsWorld): SsErrorTexts {
  return { ...DEFAULT_ERROR_TEXTS, ...world.errorTexts };
}

/** 'CORP\\alice' for domain users, 'bob' for local users. */
export function principalOf(user: Pick<SsUser, 'username' | 'domain'>): string {
  return user.domain === '' ? user.username : `${user.domain}\\${user.username}`;
}

export function samePrincipal(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Authenticate and ImpersonateUser treat '', null and '(local)' alike: not a domain account. */
export function normalizeDomain(domain: string | undefined): string {
  const trimmed = (domain ?? '').trim();
  return trimmed.toLowerCase() === '(local)' ? '' : trimmed;
}

/**
 * Looks a user up the way a login does: names and domains case-insensitively, and the
 * organization by edition (installed servers refuse any organization code).
 */
export function findUser(
  world: SsWorld,
  username: string | undefined,
  domain: string | undefined,
  organization: string | undefined,
): SsUser | undefined {
  const wantedDomain = normalizeDomain(domain).toLowerCase();
  const wantedName = (username ?? '').toLowerCase();
  const org = organization ?? '';
  const user = world.users.find(
    (u) => u.username.toLowerCase() === wantedName && u.domain.toLowerCase() === wantedDomain,
  );
  if (!user) return undefined;
  if ((world.edition ?? 'installed') === 'installed') return org === '' ? user : undefined;
  return org.toLowerCase() === (user.organization ?? '').toLowerCase() ? user : undefined;
}

export function findUserByPrincipal(world: SsWorld, principal: string): SsUser | undefined {
  return world.users.find((u) => samePrincipal(principalOf(u), principal));
}

export function canView(secret: SsSecret, principal: string): boolean {
  return secret.viewers.some((viewer) => samePrincipal(viewer, principal));
}
