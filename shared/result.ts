import type { EcmErrorInfo } from './errors';

/**
 * Every IPC answer is a Result, never a thrown Error: Electron flattens thrown errors
 * into a string with its own prefix, which would lose the code, hint and field.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: EcmErrorInfo };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(error: EcmErrorInfo): Result<never> {
  return { ok: false, error };
}
