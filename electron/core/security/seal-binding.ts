import { createHash } from 'node:crypto';

/**
 * Where a sealed value belongs: the plugin, the settings field, and the values of that plugin's
 * guard fields (see shared/plugin/secret-guards.ts) when it was saved. A sealer seals the binding
 * with the value (AES-GCM additional data, or inside the OS-sealed wrapper) and refuses to open the
 * value for any other binding, so a value copied into another field, another plugin, or under a
 * changed Endpoint URL in settings.json is never unsealed.
 */
export interface SealBinding {
  plugin: string;
  field: string;
  bind: Readonly<Record<string, string | number | boolean | string[]>>;
}

/** One stable text for a binding: keys sorted, so equal bindings always give equal bytes. */
export function canonicalBinding(binding: SealBinding): string {
  const bind = Object.fromEntries(
    Object.keys(binding.bind)
      .sort()
      .map((k) => [k, binding.bind[k]]),
  );
  return JSON.stringify({ plugin: binding.plugin, field: binding.field, bind });
}

/** A short digest of the binding, stored beside the ciphertext to tell "moved" from "wrong key". */
export function bindingDigest(binding: SealBinding): string {
  return createHash('sha256').update(canonicalBinding(binding)).digest('base64url').slice(0, 22);
}

/**
 * Thrown by a sealer when a bound value is opened for another place. The settings store turns
 * it into a CONFIG error naming the field (the sealer does not know the field's label).
 */
export class SealBindingMismatch extends Error {
  constructor(readonly sealedFor: { plugin: string; field: string } | null) {
    super('The sealed value belongs to another settings field, plugin or destination.');
    this.name = 'SealBindingMismatch';
  }
}
