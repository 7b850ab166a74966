import { EcmError, isErrorCode, type EcmErrorInfo } from '../../../shared/errors';
import type { Redactor } from '../log/redactor';

/**
 * Turns anything thrown into the serialisable error the renderer and CLI see, with every
 * text redacted. Unknown errors become INTERNAL without their stack: stacks go to the log only.
 */
export function toErrorInfo(err: unknown, redactor: Redactor): EcmErrorInfo {
  const info = classify(err);
  const out: EcmErrorInfo = { code: info.code, message: redactor.redact(info.message) };
  if (info.hint !== undefined) out.hint = redactor.redact(info.hint);
  if (info.field !== undefined) out.field = info.field;
  if (info.serverText !== undefined) out.serverText = redactor.redact(info.serverText);
  if (info.step !== undefined) out.step = info.step;
  if (info.approvalUrl !== undefined) out.approvalUrl = redactor.redact(info.approvalUrl);
  return out;
}

function classify(err: unknown): EcmErrorInfo {
  if (err instanceof EcmError) return err.toInfo();
  // A plugin bundling its own copy of the contract throws an EcmError of another class.
  const shaped = err as Partial<EcmErrorInfo> | null;
  if (shaped && typeof shaped === 'object' && isErrorCode(shaped.code) && typeof shaped.message === 'string') {
    return {
      code: shaped.code,
      message: shaped.message,
      ...(typeof shaped.hint === 'string' ? { hint: shaped.hint } : {}),
      ...(typeof shaped.field === 'string' ? { field: shaped.field } : {}),
      ...(typeof shaped.serverText === 'string' ? { serverText: shaped.serverText } : {}),
      ...(typeof shaped.step === 'string' ? { step: shaped.step } : {}),
      ...(typeof shaped.approvalUrl === 'string' ? { approvalUrl: shaped.approvalUrl } : {}),
    };
  }
  if (err instanceof Error && err.name === 'AbortError') {
    return { code: 'CANCELLED', message: 'The request was cancelled.' };
  }
  const message = err instanceof Error ? err.message : String(err);
  return {
    code: 'INTERNAL',
    message: `Unexpected error: ${message}`,
    hint: 'This is a defect. Configurator.log has the details; please report it with those lines.',
  };
}
