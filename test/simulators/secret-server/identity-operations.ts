import type { OperationContext } from './operation-context';
import type { AuthenticateArgs, GetTokenIsValidArgs, ImpersonateUserArgs } from './request-args';
import { errorsOf, type AuthenticateResult, type ImpersonateResult, type TokenIsValidResult } from './result-shapes';
import { errorTextsOf, findUser, IMPERSONATE_ROLE, principalOf } from './world';

/** The version string Secret Server 10.3 reports (the WSDL the project is built against). */
export const SIMULATED_VERSION = '10.3.000015';

export function authenticate(ctx: OperationContext, args: AuthenticateArgs): AuthenticateResult {
  const user = findUser(ctx.world, args.username, args.domain, args.organization);
  // Passwords compare exactly; a wrong password and an unknown user look the same to the caller.
  if (!user || user.password !== (args.password ?? '')) {
    return { Errors: errorsOf([errorTextsOf(ctx.world).loginFailed]) };
  }
  return { Errors: errorsOf([]), Token: ctx.tokens.issue(principalOf(user)) };
}

/**
 * Secret Server's impersonation rules: the caller needs the "Web Services Impersonate" role and the target user's
 * approval. Until the user approves, the answer carries an error, an empty Token and the
 * AuthorizeURL where the user can approve; the first attempt files the request.
 */
export function impersonateUser(ctx: OperationContext, args: ImpersonateUserArgs): ImpersonateResult {
  const texts = errorTextsOf(ctx.world);
  const caller = ctx.tokens.userOf(args.token);
  if (!caller) return { Errors: errorsOf([texts.tokenInvalid]) };
  if (!(caller.roles ?? []).some((role) => role.toLowerCase() === IMPERSONATE_ROLE.toLowerCase())) {
    return { Errors: errorsOf([texts.impersonateNotAllowed]) };
  }
  const target = findUser(ctx.world, args.username, args.domain, args.organization);
  if (!target) return { Errors: errorsOf([texts.impersonateUserNotFound]) };

  const apiPrincipal = principalOf(caller);
  const userPrincipal = principalOf(target);
  const approval =
    ctx.approvals.find(apiPrincipal, userPrincipal) ?? ctx.approvals.set(apiPrincipal, userPrincipal, 'pending');
  switch (approval.state) {
    case 'approved':
      // An empty AuthorizeURL, as in Secret Server's documented example answer.
      return { Errors: errorsOf([]), Token: ctx.tokens.issue(userPrincipal), AuthorizeURL: '' };
    case 'denied':
      return { Errors: errorsOf([texts.impersonateDenied]) };
    case 'pending': {
      const requestId = ctx.approvals.requestIdOf(apiPrincipal, userPrincipal);
      return {
        Errors: errorsOf([texts.impersonatePending]),
        Token: '',
        AuthorizeURL: `${ctx.origin}/SecretServer/ManageApplications.aspx?request=${requestId}`,
      };
    }
  }
}

export function getTokenIsValid(ctx: OperationContext, args: GetTokenIsValidArgs): TokenIsValidResult {
  if (!ctx.tokens.userOf(args.token)) {
    return { Errors: errorsOf([errorTextsOf(ctx.world).tokenInvalid]), MaxOfflineSeconds: 0 };
  }
  return { Errors: errorsOf([]), MaxOfflineSeconds: 0, Version: SIMULATED_VERSION };
}
