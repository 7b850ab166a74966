import { createHash } from 'node:crypto';
import { EcmError } from '../../../shared/errors';
import type { PluginContext, RunMemo } from '../../../shared/plugin/contract';
import type { SecretServerSettings } from './secret-server-settings';
import { errorsOf, textOf } from './ss-results';
import type { SoapTransport, SsOperation } from './soap-transport';
import { describeUser, type SsUserRef } from './user-name';

/**
 * Secret Server has no token expiry in its answers and no logout, so a token is cached (sealed)
 * until a call reports a problem; then GetTokenIsValid tells an expired token from a real error
 * without reading the server's English, and an expired token is replaced once and the call retried.
 */
export const TOKEN_CACHE_TTL_MS = 12 * 60 * 60 * 1000;

/** The API account could not act as this user (user unknown, not allowed…); the next attempt may work. */
export class ImpersonationRefused extends Error {
  constructor(
    readonly user: SsUserRef,
    readonly serverText: string,
  ) {
    super(`Secret Server would not let the API account act as ${describeUser(user)}: ${serverText}`);
  }
}

interface CachedToken {
  t: string;
  /** SHA-256 of the API password the token was made with: a changed password invalidates it. */
  p: string;
}

/** Without a run memo (older callers, Retrieve Credential) every lookup simply runs. */
const NO_MEMO: RunMemo = { once: (_key, work) => work() };

export class SecretServerSession {
  private readonly passwordHash: string;
  /** The API account as the admin typed it: `DOMAIN\\name`, or `name` for a local account. */
  readonly apiPrincipal: string;
  private readonly memo: RunMemo;

  constructor(
    private readonly settings: SecretServerSettings,
    private readonly transport: SoapTransport,
    private readonly ctx: PluginContext,
  ) {
    this.passwordHash = createHash('sha256').update(settings.apiPassword).digest('hex');
    this.apiPrincipal = settings.apiDomain ? `${settings.apiDomain}\\${settings.apiUser}` : settings.apiUser;
    this.memo = ctx.memo ?? NO_MEMO;
  }

  /**
   * A lookup done once per run (an access review shares one memo across all its pairs); `shared`
   * says another pair had already done it. Keys name the endpoint and the API account, never a secret.
   */
  async once<T>(key: string, work: () => Promise<T>): Promise<{ value: T; shared: boolean }> {
    let ran = false;
    const value = await this.memo.once(
      `ss|${this.settings.endpointUrl}|${this.apiPrincipal.toLowerCase()}|${key}`,
      () => {
        ran = true;
        return work();
      },
    );
    return { value, shared: !ran };
  }

  /** Cache keys name the endpoint and the accounts, never a secret. */
  private apiKey(): string {
    return `api|${this.settings.endpointUrl}|${this.apiPrincipal.toLowerCase()}|${this.settings.apiOrganization}`;
  }

  private userKey(user: SsUserRef, organization: string): string {
    return `user|${this.settings.endpointUrl}|${this.apiPrincipal.toLowerCase()}|${user.domain.toLowerCase()}\\${user.username.toLowerCase()}|${organization}`;
  }

  /** The API account's token: cached, or one Authenticate shared by all concurrent callers. */
  async apiToken(step?: string): Promise<{ token: string; fresh: boolean }> {
    return this.cached(this.apiKey(), async () => {
      const result = await this.call(
        'Authenticate',
        {
          username: this.settings.apiUser,
          password: this.settings.apiPassword,
          organization: this.settings.apiOrganization,
          domain: this.settings.apiDomain,
        },
        step,
      );
      const token = textOf(result.Token);
      const errors = errorsOf(result);
      // Classified by operation: Authenticate answering without a token is a refused login.
      if (!token || errors.length > 0) {
        this.ctx.log.warn(
          `Authenticate refused the API account ${this.apiPrincipal}: ${errors.join(' ') || 'no token'}`,
        );
        throw new EcmError({
          code: 'LOGIN_FAILED',
          message: `Secret Server refused the API account ${this.apiPrincipal}.`,
          serverText: errors.join(' ') || 'Authenticate returned no token.',
          hint: 'Check API User, API Password, API Domain (empty for a local account) and API Organization (empty for an installed Secret Server); the account may also be locked out or disabled.',
          ...(step ? { step } : {}),
        });
      }
      this.ctx.log.info(`API account ${this.apiPrincipal} authenticated.`);
      return token;
    });
  }

  /**
   * A token for `user`, by ImpersonateUser with the API token. Pending approval ends the search
   * for a user at once (no fallback): the request exists and waits for the user.
   */
  async userToken(user: SsUserRef, step?: string): Promise<{ token: string; fresh: boolean }> {
    const organization = this.settings.includeDefaultOrganization ? this.settings.apiOrganization : '';
    return this.cached(this.userKey(user, organization), () => this.impersonate(user, organization, step, true));
  }

  private async impersonate(
    user: SsUserRef,
    organization: string,
    step: string | undefined,
    mayRetry: boolean,
  ): Promise<string> {
    const api = await this.apiToken(step);
    const result = await this.call(
      'ImpersonateUser',
      { token: api.token, username: user.username, organization, domain: user.domain },
      step,
    );
    const token = textOf(result.Token);
    if (token) {
      this.ctx.log.info(`API account ${this.apiPrincipal} is acting as ${describeUser(user)}.`);
      return token;
    }
    const authorizeUrl = textOf(result.AuthorizeURL);
    const errors = errorsOf(result);
    if (authorizeUrl) {
      this.ctx.log.info(
        `API account ${this.apiPrincipal} authenticated successfully, but permission to access ${describeUser(user)}'s secrets is pending approval. Approval page: ${authorizeUrl}`,
      );
      throw new EcmError({
        code: 'PENDING_APPROVAL',
        message: `Authentication succeeded, but permission to access ${user.domain ? `${user.domain}\\${user.username}` : user.username}'s secrets is pending approval.`,
        serverText: [errors.join(' '), `Approval page: ${authorizeUrl}`].filter(Boolean).join(' '),
        approvalUrl: authorizeUrl,
        hint: "The user must approve the API account's access: in Secret Server's inbox, under Tools > Manage Applications, or on the approval page above.",
        ...(step ? { step } : {}),
      });
    }
    if (errors.length === 0) {
      throw new EcmError({
        code: 'PROTOCOL',
        message: `ImpersonateUser answered with neither a token, an approval URL nor an error for ${describeUser(user)}.`,
        hint: 'Check the Secret Server version (9.1 or later is needed) and its system log.',
        ...(step ? { step } : {}),
      });
    }
    if (mayRetry && !(await this.isValid(api.token, step))) {
      await this.ctx.tokens.delete(this.apiKey());
      this.ctx.log.info(`The cached token of ${this.apiPrincipal} had expired; authenticating again.`);
      return this.impersonate(user, organization, step, false);
    }
    throw new ImpersonationRefused(user, errors.join(' '));
  }

  /**
   * Runs a data call with the user's token. When the answer carries Errors and the token turns out
   * expired, the token is replaced and the call retried once; otherwise the server's text stands.
   */
  async withUserToken(
    user: SsUserRef,
    operation: SsOperation,
    args: (token: string) => Record<string, unknown>,
    step?: string,
  ): Promise<Record<string, unknown>> {
    const organization = this.settings.includeDefaultOrganization ? this.settings.apiOrganization : '';
    for (let attempt = 0; ; attempt++) {
      const { token } = await this.userToken(user, step);
      const result = await this.call(operation, args(token), step);
      const errors = errorsOf(result);
      if (errors.length === 0) return result;
      if (attempt === 0 && !(await this.isValid(token, step))) {
        await this.ctx.tokens.delete(this.userKey(user, organization));
        this.ctx.log.info(`The cached token for ${describeUser(user)} had expired; impersonating again.`);
        continue;
      }
      return result; // errors for the caller to classify (e.g. GetSecret's SecretError)
    }
  }

  /**
   * Runs a data call with the API account's own token (the "why not" searches), with the same
   * one-time replacement of an expired token as `withUserToken`.
   */
  async withApiToken(
    operation: SsOperation,
    args: (token: string) => Record<string, unknown>,
    step?: string,
  ): Promise<Record<string, unknown>> {
    for (let attempt = 0; ; attempt++) {
      const { token } = await this.apiToken(step);
      const result = await this.call(operation, args(token), step);
      if (errorsOf(result).length === 0) return result;
      if (attempt === 0 && !(await this.isValid(token, step))) {
        await this.ctx.tokens.delete(this.apiKey());
        this.ctx.log.info(`The cached token of ${this.apiPrincipal} had expired; authenticating again.`);
        continue;
      }
      return result;
    }
  }

  private async isValid(token: string, step?: string): Promise<boolean> {
    const result = await this.call('GetTokenIsValid', { token }, step);
    return errorsOf(result).length === 0;
  }

  private call(operation: SsOperation, args: Record<string, unknown>, step?: string): Promise<Record<string, unknown>> {
    return this.transport.call(operation, args, { signal: this.ctx.signal, ...(step ? { step } : {}) });
  }

  private async cached(key: string, fetch: () => Promise<string>): Promise<{ token: string; fresh: boolean }> {
    let fresh = false;
    const read = () =>
      this.ctx.tokens.getOrFetch(key, async () => {
        fresh = true;
        const token = await fetch();
        return {
          token: JSON.stringify({ t: token, p: this.passwordHash } satisfies CachedToken),
          ttlMs: TOKEN_CACHE_TTL_MS,
        };
      });
    let entry = parseEntry(await read());
    if (!entry || entry.p !== this.passwordHash) {
      // Made with another API password (or unreadable): never used again.
      await this.ctx.tokens.delete(key);
      entry = parseEntry(await read());
    }
    if (!entry) throw new Error('The token cache returned an unreadable entry twice.');
    this.ctx.registerSecret(entry.t);
    return { token: entry.t, fresh };
  }
}

function parseEntry(raw: string): CachedToken | null {
  try {
    const parsed = JSON.parse(raw) as Partial<CachedToken>;
    return typeof parsed.t === 'string' && typeof parsed.p === 'string' ? { t: parsed.t, p: parsed.p } : null;
  } catch {
    return null;
  }
}
