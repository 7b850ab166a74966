import { z } from 'zod';
import { pluginIdSchema } from '../plugin/contract';

/** Building blocks of the channel request schemas. Limits keep a hostile payload from costing much. */

export const pluginRefSchema = z.object({ pluginId: pluginIdSchema }).strict();

export const accountSchema = z
  .string()
  .trim()
  .min(1, 'enter the user account to test, e.g. CORP\\jsmith')
  .max(256)
  .refine((s) => !/[\u0000-\u001f]/.test(s), 'control characters are not allowed')
  // Editors and terminals take these as line ends or commands; no account name contains them.
  .refine(
    (s) => !/[\u007f-\u009f\u2028\u2029]/.test(s),
    'line separators (U+2028, U+2029) and invisible control characters (U+007F–U+009F) are not allowed in a user account',
  )
  // No directory service allows them in account names, and XML libraries treat them specially.
  .refine((s) => !/[<>]/.test(s), '< and > are not allowed in a user account');

export const endpointSchema = z
  .string()
  .trim()
  .min(1, 'enter the endpoint: a host name, FQDN or IP address')
  .max(253)
  .regex(/^[A-Za-z0-9._:[\]%-]+$/, 'an endpoint is a host name, FQDN or IP address (letters, digits, . - : [ ])');

/** A plugin file's SHA-256 as the main process reported it: 64 lower-case hex digits. */
export const sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hexadecimal digits, as listed for the detected plugin');

export const runIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'a run id is 8–64 letters, digits and dashes');

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export const logLevelSchema = z.enum(LOG_LEVELS);

export const readLogRequestSchema = z
  .object({
    /** How many lines, newest last. */
    tail: z.number().int().min(1).max(10_000).default(500),
    minLevel: logLevelSchema.optional(),
    grep: z.string().max(200).optional(),
    /** Byte offset: return lines that start before it (paging back through a large log). */
    before: z.number().int().nonnegative().optional(),
    /** Byte offset: return only lines that start at or after it (following the log live). */
    after: z.number().int().nonnegative().optional(),
  })
  .strict();
