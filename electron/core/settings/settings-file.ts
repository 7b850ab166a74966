import { z } from 'zod';

/**
 * The on-disk shape of settings.json. Secret fields are stored as `{ "sealed": "sealed:v1:…" }`,
 * one sealed value per field, so the rest of the file stays readable for support.
 */
export const SETTINGS_SCHEMA_VERSION = 1;

export const sealedValueSchema = z.object({ sealed: z.string().min(1) }).strict();
export type SealedValue = z.infer<typeof sealedValueSchema>;

export const storedValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  sealedValueSchema,
]);
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

export function isSealed(value: StoredValue | undefined): value is SealedValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
