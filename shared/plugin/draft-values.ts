import { z } from 'zod';

/**
 * A draft of a plugin's settings: what the form sends to Save and Test Settings, what a settings
 * file or an exchange document is read into. Secrets are the typed text, '' to clear, or
 * `{ stored: true }` to keep the sealed one (secret-values.ts). Limits keep a hostile payload cheap.
 */

/** `{ stored: true }` and nothing else: keep the secret already sealed (secret-values.ts). */
export const keepStoredSecretSchema = z.object({ stored: z.literal(true) }).strict();

export const MAX_TEXT = 1_000_000; // a PEM bundle or known_hosts file fits easily
export const MAX_LIST_ITEMS = 500;

export const settingKeySchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'a setting key starts with a letter and holds letters, digits and _');

export const draftValueSchema = z.union([
  z.string().max(MAX_TEXT),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(4096)).max(MAX_LIST_ITEMS),
  keepStoredSecretSchema,
]);
export type DraftValue = z.infer<typeof draftValueSchema>;

export const draftValuesSchema = z
  .record(settingKeySchema, draftValueSchema)
  .refine((values) => Object.keys(values).length <= 200, 'at most 200 settings');
export type DraftValues = z.infer<typeof draftValuesSchema>;
