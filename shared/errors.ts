/**
 * Error model shared by the core, IPC, the CLI and the renderer.
 * Codes are stable: the CLI's exit codes, the UI's hints and the docs all key on them.
 */

export const ERROR_CODES = [
  'VALIDATION', // a request, setting or file value is malformed; names the field
  'CONFIG', // settings are inconsistent or the settings file cannot be used
  'NOT_FOUND', // unknown plugin, credential or file
  'LOGIN_FAILED', // the back end refused the service account's credentials
  'PENDING_APPROVAL', // authenticated, but access to the user's credentials awaits approval
  'NOT_AUTHORIZED', // the back end will not act for this user, or the user may not use this credential or system
  'HOST_KEY_MISMATCH', // SSH host key not pinned or changed
  'TLS', // certificate not trusted, expired or for another host
  'TIMEOUT', // no answer in the configured time
  'CONNECT', // DNS failure, connection refused or dropped
  'PROTOCOL', // the back end answered something we cannot use (HTTP error, SOAP fault, bad output)
  'SECRET_STORE', // the OS secret store cannot seal or unseal
  'FORBIDDEN', // an IPC call from a sender that is not the app
  'CANCELLED', // the admin cancelled the request
  'INTERNAL', // a bug: anything not classified above
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The plain, serialisable form of an error: what crosses IPC and what the CLI prints. */
export interface EcmErrorInfo {
  code: ErrorCode;
  /** One sentence for the admin: what went wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** The setting or request field at fault, as a dotted path (e.g. `values.apiUser`). */
  field?: string;
  /** The back end's own words, verbatim (redacted of secrets). */
  serverText?: string;
  /** The step of a Test Settings run that failed. */
  step?: string;
  /** PENDING_APPROVAL: the page where the user approves access, as the back end gave it (not a secret). */
  approvalUrl?: string;
}

/** CLI exit codes by error code (see README, "CLI"). */
export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION':
    case 'CONFIG':
    case 'NOT_FOUND':
      return 2;
    case 'LOGIN_FAILED':
    case 'PENDING_APPROVAL':
    case 'NOT_AUTHORIZED':
      return 3;
    case 'CONNECT':
    case 'TLS':
    case 'HOST_KEY_MISMATCH':
    case 'TIMEOUT':
      return 4;
    default:
      return 1;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The thrown form. Plugins and the core throw it; the IPC layer and the CLI turn it into EcmErrorInfo. */
export class EcmError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  readonly field?: string;
  readonly serverText?: string;
  readonly step?: string;
  readonly approvalUrl?: string;

  constructor(info: EcmErrorInfo, options?: { cause?: unknown }) {
    super(info.message, options);
    this.name = 'EcmError';
    this.code = info.code;
    this.hint = info.hint;
    this.field = info.field;
    this.serverText = info.serverText;
    this.step = info.step;
    this.approvalUrl = info.approvalUrl;
  }

  toInfo(): EcmErrorInfo {
    const info: EcmErrorInfo = { code: this.code, message: this.message };
    if (this.hint !== undefined) info.hint = this.hint;
    if (this.field !== undefined) info.field = this.field;
    if (this.serverText !== undefined) info.serverText = this.serverText;
    if (this.step !== undefined) info.step = this.step;
    if (this.approvalUrl !== undefined) info.approvalUrl = this.approvalUrl;
    return info;
  }
}

export function isEcmError(value: unknown): value is EcmError {
  return value instanceof EcmError;
}
