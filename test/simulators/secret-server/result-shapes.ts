import type { SsSecret } from './world';

/**
 * The SOAP result objects, built with their keys in WSDL schema order: node-soap writes an
 * object's keys in insertion order and does not reorder them by the schema, while ASMX always
 * writes schema order. How node-soap (with `useEmptyTag`) serializes the special values:
 *   `{}` or `''`  -> `<Errors />`, `<SecretSummaries />`, `<Token />` (empty element)
 *   `null`        -> `<CheckOutUserId xsi:nil="true" />` (the simulator declares xmlns:xsi on the
 *                    Envelope, as ASMX does, so the prefix is bound)
 *   key left out  -> element omitted (minOccurs=0 strings ASMX leaves out when null)
 */

export type Empty = Record<string, never>;
export type ArrayOfString = Empty | { string: string[] };

export function errorsOf(messages: readonly string[]): ArrayOfString {
  return messages.length === 0 ? {} : { string: [...messages] };
}

export interface AuthenticateResult {
  Errors: ArrayOfString;
  Token?: string;
}

export interface ImpersonateResult {
  Errors: ArrayOfString;
  Token?: string;
  AuthorizeURL?: string;
}

export interface TokenIsValidResult {
  Errors: ArrayOfString;
  MaxOfflineSeconds: number;
  Version?: string;
}

export interface SecretSummary {
  SecretId: number;
  SecretName: string;
  SecretTypeName: string;
  SecretTypeId: number;
  FolderId: number;
  IsRestricted: boolean;
}

export interface SearchSecretsResult {
  Errors: ArrayOfString;
  SecretSummaries?: Empty | { SecretSummary: SecretSummary[] };
}

export interface SecretItem {
  Value: string;
  Id: number | null;
  FieldId: number | null;
  FieldName: string;
  IsFile: boolean;
  IsNotes: boolean;
  IsPassword: boolean;
  FieldDisplayName: string;
}

export interface Secret {
  Name: string;
  Items: Empty | { SecretItem: SecretItem[] };
  Id: number;
  SecretTypeId: number;
  FolderId: number;
  IsWebLauncher: boolean;
  CheckOutMinutesRemaining: number | null;
  IsCheckedOut: boolean | null;
  // CheckOutUserDisplayName (string, minOccurs=0) is omitted: nobody has it checked out.
  CheckOutUserId: number | null;
  IsOutOfSync: boolean | null;
  IsRestricted: boolean | null;
  // OutOfSyncReason (string, minOccurs=0) is omitted: the secret is in sync.
  Active: boolean | null;
}

export interface SecretError {
  ErrorCode: string;
  ErrorMessage: string;
  AllowsResponse: boolean;
  CommentTitle: string;
  AdditionalCommentTitle: string;
}

export interface GetSecretResult {
  Errors: ArrayOfString;
  SecretError?: SecretError;
  Secret?: Secret;
}

/** Secret Server's convention: -1 stands for "no folder" (the root). */
export const ROOT_FOLDER_ID = -1;

export function secretSummaryOf(secret: SsSecret): SecretSummary {
  return {
    SecretId: secret.id,
    SecretName: secret.name,
    SecretTypeName: secret.templateName,
    SecretTypeId: secret.templateId,
    FolderId: secret.folderId ?? ROOT_FOLDER_ID,
    IsRestricted: secret.restricted ?? false,
  };
}

export function secretSummariesOf(secrets: readonly SsSecret[]): NonNullable<SearchSecretsResult['SecretSummaries']> {
  return secrets.length === 0 ? {} : { SecretSummary: secrets.map(secretSummaryOf) };
}

/**
 * Item ids are derived, not stored: SecretItem.Id is unique per secret field, FieldId is the
 * template's field id (the same for every secret of one template with the same field order).
 */
export function secretItemsOf(secret: SsSecret): SecretItem[] {
  return Object.entries(secret.fields).map(([fieldName, value], position) => ({
    Value: value,
    Id: secret.id * 100 + position + 1,
    FieldId: secret.templateId * 100 + position + 1,
    FieldName: fieldName,
    IsFile: false,
    IsNotes: fieldName === 'Notes',
    IsPassword: fieldName === 'Password',
    FieldDisplayName: fieldName,
  }));
}

export function secretOf(secret: SsSecret): Secret {
  const items = secretItemsOf(secret);
  return {
    Name: secret.name,
    Items: items.length === 0 ? {} : { SecretItem: items },
    Id: secret.id,
    SecretTypeId: secret.templateId,
    FolderId: secret.folderId ?? ROOT_FOLDER_ID,
    IsWebLauncher: false,
    CheckOutMinutesRemaining: null,
    IsCheckedOut: false,
    CheckOutUserId: null,
    IsOutOfSync: false,
    IsRestricted: secret.restricted ?? false,
    // A deleted secret is an inactive one in Secret Server.
    Active: !(secret.deleted ?? false),
  };
}

export const COMMENT_ERROR_CODE = 'COMMENT';

export function commentRequiredErrorOf(message: string): SecretError {
  return {
    ErrorCode: COMMENT_ERROR_CODE,
    ErrorMessage: message,
    AllowsResponse: true,
    CommentTitle: 'Comment',
    AdditionalCommentTitle: '',
  };
}
