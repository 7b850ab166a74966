/**
 * Seals secrets at rest. The app uses the OS (Electron safeStorage, DPAPI on Windows);
 * the CLI and the tests use a key file. Each sealed value names its sealer, so a value
 * sealed by one is reported clearly, not garbled, when another tries to open it.
 */
export interface Sealer {
  /** Short, stable name written in front of every sealed value, e.g. `node-aes` or `os`. */
  readonly kind: string;
  seal(plain: string): Promise<string>;
  unseal(sealed: string): Promise<string>;
}

const PREFIX = 'sealed:v1:';

export function envelope(kind: string, payload: string): string {
  return `${PREFIX}${kind}:${payload}`;
}

/** Splits an envelope into sealer kind and payload; null when the text is not one. */
export function openEnvelope(text: string): { kind: string; payload: string } | null {
  if (!text.startsWith(PREFIX)) return null;
  const rest = text.slice(PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0) return null;
  return { kind: rest.slice(0, colon), payload: rest.slice(colon + 1) };
}
