import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import type { CredentialStorePlugin, SettingsCheckContext } from '../../../shared/plugin/contract';
import type { SettingsValues } from '../../../shared/plugin/settings-schema';
import { validateSettings, withDefaults, type FieldProblem } from '../../../shared/plugin/settings-validation';
import { isPlainValue, isSealed } from '../../../shared/plugin/secret-values';
import type { SettingsStore } from './settings-store';

/**
 * Runs a plugin's own checks (`checkSettings`: a key, a certificate, a URL parsed as Test Settings
 * would) on a draft, after the schema validation. One function for every writer: Save (IPC),
 * `config import`/`validate`, and the form as the admin types, so they cannot disagree.
 */

export interface CheckOutcome {
  /** Problems of the field schema (settings-validation.ts), which the plugin's checks skip; not computed for a plugin without checks. */
  schema: FieldProblem[];
  /** Problems found by the plugin's checks. */
  checks: FieldProblem[];
}

/** A secret shorter than this is not looked for in messages: a few letters match ordinary words. */
const MIN_SECRET_ECHO = 6;

export async function checkDraft(
  store: SettingsStore,
  plugin: CredentialStorePlugin,
  draft: DraftValues,
): Promise<CheckOutcome> {
  // Nothing to add to the store's own schema check; the form asks on every pause in typing.
  if (!plugin.checkSettings) return { schema: [], checks: [] };
  const stored = (await store.getStored(plugin.id))?.values ?? {};
  const values: Partial<SettingsValues> = {};
  const storedSecrets = new Set<string>();
  for (const field of plugin.settings) {
    const given = draft[field.key];
    const kept = stored[field.key];
    if (field.type === 'secret') {
      // As Save does: typed text wins, '' clears, anything else keeps what is sealed.
      if (typeof given === 'string') values[field.key] = given;
      else if (isSealed(kept)) storedSecrets.add(field.key);
      continue;
    }
    if (isPlainValue(given)) values[field.key] = given;
    else if (isPlainValue(kept)) values[field.key] = kept;
  }
  const schema = validateSettings(plugin.settings, values, storedSecrets);

  const secrets = plugin.settings
    .filter((f) => f.type === 'secret')
    .map((f) => values[f.key])
    .filter((v): v is string => typeof v === 'string');
  let unsealed: Promise<SettingsValues | null> | null = null;
  const ctx: SettingsCheckContext = {
    storedSecrets,
    async storedSecret(key) {
      if (!storedSecrets.has(key)) return undefined;
      // Unsealed only on demand, through the same path as Test Settings; a value that cannot be
      // unsealed here is left to Test Settings to report.
      unsealed ??= store.resolve(plugin.id, plugin.settings, {}, { validate: false }).catch(() => null);
      const value = (await unsealed)?.[key];
      if (typeof value !== 'string' || value === '') return undefined;
      secrets.push(value);
      return value;
    },
  };
  let raw: unknown;
  try {
    raw = await plugin.checkSettings(withDefaults(plugin.settings, values), ctx);
  } catch {
    // The plugin's own error text may quote a value: it is not passed on.
    throw new EcmError({
      code: 'INTERNAL',
      message: `The settings check of the plugin '${plugin.id}' failed unexpectedly.`,
      hint: 'This is a defect; report it to the plugin author.',
    });
  }
  const schemaKeys = new Set(schema.map((p) => p.key));
  const checks: FieldProblem[] = [];
  for (const problem of Array.isArray(raw) ? raw : []) {
    const field = plugin.settings.find((f) => f.key === (problem as FieldProblem | null)?.key);
    const message = (problem as FieldProblem).message;
    if (!field || typeof message !== 'string' || message === '' || schemaKeys.has(field.key)) continue;
    checks.push({
      key: field.key,
      label: field.label,
      message: quotesSecret(message, secrets) ? withheld(field.label) : message.slice(0, 1000),
    });
  }
  return { schema, checks };
}

/** Save and import: refuses a draft the plugin's checks find fault with. Schema problems are left to the store's own check. */
export async function assertChecksPass(
  store: SettingsStore,
  plugin: CredentialStorePlugin,
  draft: DraftValues,
): Promise<void> {
  const { schema, checks } = await checkDraft(store, plugin, draft);
  const first = checks[0];
  if (schema.length > 0 || !first) return;
  throw new EcmError({
    code: 'VALIDATION',
    field: `values.${first.key}`,
    message: checks.map((p) => p.message).join(' '),
    hint: 'Correct the highlighted settings; nothing was saved.',
  });
}

/** Defence in depth against a plugin that quotes a value it should not: a secret, or a line of one. */
function quotesSecret(message: string, secrets: readonly string[]): boolean {
  return secrets.some(
    (secret) =>
      (secret.length >= MIN_SECRET_ECHO && message.includes(secret)) ||
      secret.split(/\r?\n/).some((line) => line.trim().length >= 16 && message.includes(line.trim())),
  );
}

function withheld(label: string): string {
  return `${label} cannot be used as given. Check it and type it again.`;
}
