/**
 * Reading node-soap's parse of Secret Server results. node-soap turns `<Errors />` into null,
 * `<Errors><string>x</string></Errors>` into `{ string: ['x'] }` (or a bare string), drops
 * `xsi:nil` elements and gives unbounded elements as arrays, or as one object when there is one.
 * Every reader here accepts all those forms: missing, null and empty all mean "none".
 */

export function errorsOf(result: Record<string, unknown>): string[] {
  const errors = result.Errors as { string?: unknown } | string | null | undefined;
  if (errors === null || errors === undefined) return [];
  if (typeof errors === 'string') return errors.trim() ? [errors] : [];
  return listOf(errors.string)
    .map((e) => (typeof e === 'string' ? e : String((e as { $value?: unknown })?.$value ?? '')))
    .filter((e) => e.trim() !== '');
}

export function listOf(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return String((value as { $value?: unknown }).$value ?? '');
  return String(value);
}

export interface SecretSummaryRow {
  id: number;
  name: string;
  templateName: string;
  templateId: number;
  folderId: number;
  restricted: boolean;
}

export function secretSummariesOf(result: Record<string, unknown>): SecretSummaryRow[] {
  const wrapper = result.SecretSummaries as { SecretSummary?: unknown } | null | undefined;
  return listOf(wrapper?.SecretSummary)
    .filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null)
    .map((s) => ({
      id: Number(s.SecretId),
      name: textOf(s.SecretName),
      templateName: textOf(s.SecretTypeName),
      templateId: Number(s.SecretTypeId),
      folderId: Number(s.FolderId ?? -1),
      restricted: s.IsRestricted === true || s.IsRestricted === 'true',
    }))
    .filter((s) => Number.isFinite(s.id));
}

export interface SecretItemRow {
  fieldName: string;
  value: string;
  isPassword: boolean;
}

export function secretItemsOf(result: Record<string, unknown>): SecretItemRow[] {
  const secret = result.Secret as { Items?: { SecretItem?: unknown } } | null | undefined;
  return listOf(secret?.Items?.SecretItem)
    .filter((i): i is Record<string, unknown> => typeof i === 'object' && i !== null)
    .map((i) => ({
      fieldName: textOf(i.FieldName),
      value: textOf(i.Value),
      isPassword: i.IsPassword === true || i.IsPassword === 'true',
    }));
}

export interface SecretErrorRow {
  errorCode: string;
  errorMessage: string;
  allowsResponse: boolean;
  commentTitle: string;
  additionalCommentTitle: string;
}

export function secretErrorOf(result: Record<string, unknown>): SecretErrorRow | null {
  const e = result.SecretError as Record<string, unknown> | null | undefined;
  if (!e || typeof e !== 'object') return null;
  return {
    errorCode: textOf(e.ErrorCode),
    errorMessage: textOf(e.ErrorMessage),
    allowsResponse: e.AllowsResponse === true || e.AllowsResponse === 'true',
    commentTitle: textOf(e.CommentTitle),
    additionalCommentTitle: textOf(e.AdditionalCommentTitle),
  };
}
