import { samePrincipal, type ApprovalState, type SsApproval, type SsWorld } from './world';

/**
 * The per-(API account, user) impersonation approvals, kept in the live world so tests can read
 * and change them. Each pair also gets a stable request number for its AuthorizeURL, the page
 * where the user would approve the application.
 */
export class ApprovalBook {
  private readonly requestIds = new Map<string, number>();
  private nextRequestId = 1;

  constructor(private readonly world: SsWorld) {}

  find(apiPrincipal: string, userPrincipal: string): SsApproval | undefined {
    return (this.world.approvals ?? []).find(
      (a) => samePrincipal(a.apiUser, apiPrincipal) && samePrincipal(a.user, userPrincipal),
    );
  }

  set(apiPrincipal: string, userPrincipal: string, state: ApprovalState): SsApproval {
    const existing = this.find(apiPrincipal, userPrincipal);
    if (existing) {
      existing.state = state;
      return existing;
    }
    const approval: SsApproval = { apiUser: apiPrincipal, user: userPrincipal, state };
    (this.world.approvals ??= []).push(approval);
    return approval;
  }

  requestIdOf(apiPrincipal: string, userPrincipal: string): number {
    const key = `${apiPrincipal.toLowerCase()}|${userPrincipal.toLowerCase()}`;
    let id = this.requestIds.get(key);
    if (id === undefined) {
      id = this.nextRequestId++;
      this.requestIds.set(key, id);
    }
    return id;
  }
}
