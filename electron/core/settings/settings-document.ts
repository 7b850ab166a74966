import { z } from 'zod';

/**
 * The settings document: the on-disk shape of settings.json in the data directory (not to be
 * confused with an exchange file of `config export|import`, a plugin settings file of
 * `test-settings --settings`, or a plugin's own format such as the SPS ini). Secret fields are
 * stored as `{ "sealed": "sealed:v2:…" }`, one sealed value per field, so the rest of the file
 * stays readable for support.
 */
export const SETTINGS_SCHEMA_VERSION = 1;

/** A secret field's value: one sealed envelope (`sealed:v1:…` or `sealed:v2:…`; secret-values.ts). */
export const sealedValueSchema = z.object({ sealed: z.string().min(1) }).strict();

export const storedValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), sealedValueSchema]);
export type StoredValue = z.infer<typeof storedValueSchema>;

export const storedPluginSettingsSchema = z
  .object({
    savedAt: z.string(),
    values: z.record(z.string(), storedValueSchema),
  })
  .strict();
export type StoredPluginSettings = z.infer<typeof storedPluginSettingsSchema>;

export const settingsDocSchema = z
  .object({
    schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
    activePlugin: z.string().nullable(),
    plugins: z.record(z.string(), storedPluginSettingsSchema),
    /** The sealed list of trusted third-party plugin files (core/plugins/trust-list.ts). */
    trustedPlugins: sealedValueSchema.optional(),
  })
  .strict();
export type SettingsDoc = z.infer<typeof settingsDocSchema>;

export function emptySettingsDoc(): SettingsDoc {
  return { schemaVersion: SETTINGS_SCHEMA_VERSION, activePlugin: null, plugins: {} };
}

/** Reads settings.json's text; a reason in plain words when it cannot be used. */
export function parseSettingsDoc(text: string): { ok: true; doc: SettingsDoc } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `it is not valid JSON (${(err as Error).message})` };
  }
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SETTINGS_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `it was written by a newer version (schema ${version}; this version reads ${SETTINGS_SCHEMA_VERSION})`,
    };
  }
  const result = settingsDocSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      ok: false,
      reason: `${issue?.path.join('.') || 'the document'}: ${issue?.message ?? 'unexpected content'}`,
    };
  }
  return { ok: true, doc: result.data };
}

/** settings.json's text: indented, so support can read it, and ending with a line break. */
export function serializeSettingsDoc(doc: SettingsDoc): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
