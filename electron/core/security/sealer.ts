import type { SealBinding } from './seal-binding';

/**
 * Seals secrets at rest. The app uses the OS (Electron safeStorage, DPAPI on Windows);
 * the CLI and the tests use a key file. Each sealed value names its sealer, so a value
 * sealed by one is reported clearly, not garbled, when another tries to open it.
 *
 * With a `binding`, the value is sealed as `sealed:v2:` and bound to that place: `unseal` with
 * another binding (or none) throws `SealBindingMismatch` and never returns the plain text.
 * Without one it is sealed as `sealed:v1:`, today's unbound format (the token cache). A v1 value
 * still opens with any binding, so settings saved before binding existed keep working until the
 * next save re-seals them bound.
 */
export interface Sealer {
  /** Short, stable name written in front of every sealed value, e.g. `node-aes` or `os`. */
  readonly kind: string;
  seal(plain: string, binding?: SealBinding): Promise<string>;
  unseal(sealed: string, binding?: SealBinding): Promise<string>;
}

export type EnvelopeVersion = 'v1' | 'v2';

export function envelope(kind: string, payload: string, version: EnvelopeVersion = 'v1'): string {
  return `sealed:${version}:${kind}:${payload}`;
}

/** Splits an envelope into version, sealer kind and payload; null when the text is not one. */
export function openEnvelope(text: string): { version: EnvelopeVersion; kind: string; payload: string } | null {
  const match = /^sealed:(v1|v2):([^:]+):/.exec(text);
  if (!match) return null;
  return { version: match[1] as EnvelopeVersion, kind: match[2]!, payload: text.slice(match[0].length) };
}

/** True for a value sealed before binding existed (it is re-sealed bound on the next save). */
export function isUnboundEnvelope(text: string): boolean {
  return openEnvelope(text)?.version === 'v1';
}
