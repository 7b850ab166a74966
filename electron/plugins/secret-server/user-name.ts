import { EcmError } from '../../../shared/errors';
import type { SecretServerSettings } from './secret-server-settings';

/** A Secret Server user to impersonate: `domain` empty means a local Secret Server user. */
export interface SsUserRef {
  username: string;
  domain: string;
}

/** Splits the forms gateways use: `DOMAIN\name`, `name@domain` and bare `name`. */
export function parseUserName(input: string): { username: string; domain: string | null } {
  const text = input.trim();
  const backslash = text.indexOf('\\');
  if (backslash > 0) return { domain: text.slice(0, backslash), username: text.slice(backslash + 1) };
  const at = text.lastIndexOf('@');
  if (at > 0 && at < text.length - 1) return { username: text.slice(0, at), domain: text.slice(at + 1) };
  return { username: text, domain: null };
}

/**
 * The users to try, in order, following the vendor plugin's settings:
 * - a name with a domain is that domain user, then (with fallback) the local user;
 * - a bare name is, with a default domain, that domain's user, then (with fallback) the local user;
 *   without a default domain, the local user.
 */
export function impersonationAttempts(
  input: string,
  settings: Pick<SecretServerSettings, 'defaultDomainForLocalUsers' | 'fallbackToLocalAccount'>,
): SsUserRef[] {
  // The SOAP library passes a value starting with <![CDATA[ through unescaped: never let markup in.
  if (/[<>&]/.test(input)) {
    throw new EcmError({ code: 'VALIDATION', field: 'user', message: 'A user account cannot contain <, > or &.' });
  }
  const { username, domain } = parseUserName(input);
  const chosenDomain = domain ?? settings.defaultDomainForLocalUsers;
  if (!chosenDomain) return [{ username, domain: '' }];
  const attempts: SsUserRef[] = [{ username, domain: chosenDomain }];
  if (settings.fallbackToLocalAccount) attempts.push({ username, domain: '' });
  return attempts;
}

export function describeUser(user: SsUserRef): string {
  return user.domain ? `${user.domain}\\${user.username}` : `${user.username} (local Secret Server user)`;
}
