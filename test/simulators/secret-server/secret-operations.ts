import type { OperationContext } from './operation-context';
import type { GetSecretArgs, SearchSecretsByFieldValueArgs } from './request-args';
import {
  COMMENT_ERROR_CODE,
  commentRequiredErrorOf,
  errorsOf,
  secretOf,
  secretSummariesOf,
  type GetSecretResult,
  type SearchSecretsResult,
} from './result-shapes';
import { canView, errorTextsOf, principalOf } from './world';

/**
 * Exact field name, value equal ignoring case (Secret Server documents an "exact match";
 * SQL Server's default collation makes that comparison case-insensitive), filtered by what the token's user may view.
 */
export function searchSecretsByFieldValue(
  ctx: OperationContext,
  args: SearchSecretsByFieldValueArgs,
): SearchSecretsResult {
  const user = ctx.tokens.userOf(args.token);
  if (!user) return { Errors: errorsOf([errorTextsOf(ctx.world).tokenInvalid]) };
  const principal = principalOf(user);
  const fieldName = args.fieldName ?? '';
  const term = (args.searchTerm ?? '').toLowerCase();
  const found = ctx.world.secrets.filter((secret) => {
    const value = Object.hasOwn(secret.fields, fieldName) ? secret.fields[fieldName] : undefined;
    if (value === undefined || value.toLowerCase() !== term) return false;
    if (secret.deleted && !args.showDeleted) return false;
    if (secret.restricted && !args.showRestricted) return false;
    return canView(secret, principal);
  });
  return { Errors: errorsOf([]), SecretSummaries: secretSummariesOf(found) };
}

/**
 * As Secret Server's own comment-required sample shows: a secret that needs a comment answers with an error plus a
 * SecretError the client may respond to, and is returned once the call carries a CodeResponse
 * with that ErrorCode and a non-empty Comment.
 */
export function getSecret(ctx: OperationContext, args: GetSecretArgs): GetSecretResult {
  const texts = errorTextsOf(ctx.world);
  const user = ctx.tokens.userOf(args.token);
  if (!user) return { Errors: errorsOf([texts.tokenInvalid]) };
  const secret = ctx.world.secrets.find((s) => s.id === args.secretId);
  if (!secret || !canView(secret, principalOf(user))) return { Errors: errorsOf([texts.accessDenied]) };
  if (secret.requiresComment) {
    const responses = args.codeResponses?.CodeResponse ?? [];
    const commented = responses.some((r) => r.ErrorCode === COMMENT_ERROR_CODE && (r.Comment ?? '').trim() !== '');
    if (!commented) {
      return { Errors: errorsOf([texts.commentRequired]), SecretError: commentRequiredErrorOf(texts.commentRequired) };
    }
  }
  return { Errors: errorsOf([]), Secret: secretOf(secret) };
}
