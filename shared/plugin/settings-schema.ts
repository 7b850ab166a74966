import { z } from 'zod';

/**
 * How a plugin describes its settings. The renderer builds the settings form from this,
 * the core validates saved and tested values against it, and the CLI coerces files with it,
 * so a plugin never ships a hand-written form.
 */

export const FIELD_TYPES = ['string', 'secret', 'boolean', 'enum', 'multiline', 'number', 'list'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** A value as it is stored and tested (secrets in clear, in memory only). */
export type SettingValue = string | number | boolean | string[];
export type SettingsValues = Record<string, SettingValue>;

const keyPattern = /^[A-Za-z][A-Za-z0-9_]*$/;

export const fieldValidationSchema = z
  .object({
    /** A regular expression (JavaScript syntax) the whole value must match. */
    pattern: z.string().optional(),
    /** Flags for `pattern`, e.g. `i`. */
    patternFlags: z
      .string()
      .regex(/^[imsu]*$/)
      .optional(),
    /** The message shown when `pattern` does not match: say what is expected. */
    patternMessage: z.string().optional(),
    minLength: z.number().int().nonnegative().optional(),
    maxLength: z.number().int().positive().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    /**
     * A value in which `pattern` is found is accepted only while the boolean setting `setting` is on
     * (e.g. an http: URL only with "Allow unencrypted HTTP"); otherwise `message`, which says what to do.
     */
    onlyWhenOn: z
      .object({
        pattern: z.string(),
        patternFlags: z
          .string()
          .regex(/^[imsu]*$/)
          .optional(),
        setting: z.string().regex(keyPattern),
        message: z.string(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const enumOptionSchema = z.object({ value: z.string(), label: z.string() }).strict();

/**
 * A button beside a field that asks the plugin for a value (e.g. TPAM "Fetch host key"). The
 * result is shown to the admin, who must confirm it before it fills the field.
 */
export const fieldActionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-zA-Z0-9-]{0,63}$/, 'an action id is a short lower-case name'),
    label: z.string().min(1),
    description: z.string(),
  })
  .strict();
export type FieldAction = z.infer<typeof fieldActionSchema>;

export const settingFieldSchema = z
  .object({
    key: z.string().regex(keyPattern, 'a setting key starts with a letter and holds letters, digits and _'),
    label: z.string().min(1),
    description: z.string(),
    /** A short line shown under the label, e.g. the setting's name in another product's configuration file. */
    caption: z.string().max(80).optional(),
    type: z.enum(FIELD_TYPES),
    required: z.boolean().optional(),
    default: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
    placeholder: z.string().optional(),
    /** For `secret`: show a multi-line, monospace input (private keys). */
    multiline: z.boolean().optional(),
    /** For `enum`. */
    options: z.array(enumOptionSchema).optional(),
    validation: fieldValidationSchema.optional(),
    actions: z.array(fieldActionSchema).max(4).optional(),
    /**
     * Where the plugin sends its secrets (e.g. Secret Server's Endpoint URL). When the values on
     * screen change such a field, stored secrets are not used: the admin types them again, so a
     * saved password is never sent to a server it was not saved for.
     */
    guardsSecrets: z.boolean().optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    if (field.type === 'secret' && field.actions?.length) {
      ctx.addIssue({ code: 'custom', message: `secret setting '${field.key}' cannot have actions`, path: ['actions'] });
    }
    if (field.type === 'enum' && (!field.options || field.options.length === 0)) {
      ctx.addIssue({ code: 'custom', message: `enum setting '${field.key}' needs options`, path: ['options'] });
    }
    if (field.type === 'secret' && field.default !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `secret setting '${field.key}' cannot have a default`,
        path: ['default'],
      });
    }
  });

export type SettingField = z.infer<typeof settingFieldSchema>;
export type FieldValidation = z.infer<typeof fieldValidationSchema>;
