import { randomBytes } from 'node:crypto';
import { DEFAULT_SESSION_TIMEOUT_SECONDS, findUserByPrincipal, type SsUser, type SsWorld } from './world';

interface IssuedToken {
  principal: string;
  issuedAt: number;
}

/**
 * SOAP session tokens: opaque strings that name a user and die `sessionTimeoutSeconds` after
 * issue (Secret Server has no logout or refresh for SOAP tokens). The token keeps
 * the principal rather than the user object, so removing a user from the live world also
 * invalidates that user's tokens.
 */
export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(
    private readonly world: SsWorld,
    private readonly now: () => number,
  ) {}

  issue(principal: string): string {
    const token = randomBytes(32).toString('base64url');
    this.tokens.set(token, { principal, issuedAt: this.now() });
    return token;
  }

  /** The user a live token belongs to, or undefined for unknown, expired or orphaned tokens. */
  userOf(token: string | undefined): SsUser | undefined {
    if (!token) return undefined;
    const issued = this.tokens.get(token);
    if (!issued) return undefined;
    const lifetimeMs = (this.world.sessionTimeoutSeconds ?? DEFAULT_SESSION_TIMEOUT_SECONDS) * 1000;
    if (this.now() - issued.issuedAt >= lifetimeMs) {
      this.tokens.delete(token);
      return undefined;
    }
    return findUserByPrincipal(this.world, issued.principal);
  }

  expireAll(): void {
    this.tokens.clear();
  }
}
