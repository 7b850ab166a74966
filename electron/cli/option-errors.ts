import type { z } from 'zod';
import { EcmError } from '../../shared/errors';

/**
 * A zod failure on a command-line option, in the admin's words: the option as typed and what it
 * must be (`--tail must be 1 or more`), never the validator's own text ("Too small: expected
 * number to be >=1"). Messages the schemas wrote for people are kept as they are.
 */
export function optionError(flag: string, error: z.ZodError): EcmError {
  const issue = error.issues[0];
  return new EcmError({
    code: 'VALIDATION',
    // The field as the JSON output has always named it (`tail`); human output shows `--tail`.
    field: flag.replace(/^--/, ''),
    message: issue ? plainIssue(flag, issue) : `${flag} is not valid.`,
  });
}

function plainIssue(flag: string, issue: z.core.$ZodIssue): string {
  // Zod's own messages start like this; a schema's custom message is meant for people already.
  if (!/^(Too (small|big)|Invalid)/.test(issue.message)) return `${flag}: ${issue.message}.`;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? `${flag} must be at least ${String(issue.minimum)} character(s) long.`
        : `${flag} must be ${String(issue.minimum)} or more.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${flag} must be ${String(issue.maximum)} characters or fewer.`
        : `${flag} must be ${String(issue.maximum)} or less.`;
    case 'invalid_value':
      return `${flag} must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_type':
      return issue.expected === 'int' || issue.expected === 'number'
        ? `${flag} must be a whole number.`
        : `${flag} is not valid.`;
    default:
      return `${flag} is not valid.`;
  }
}

/** Internal field names that reach the CLI from the core, and the option an admin typed for them. */
const OPTION_OF: Record<string, string> = { pluginId: '--plugin', minLevel: '--level' };
const OPTIONS = new Set([
  'plugin',
  'plugin-module',
  'data-dir',
  'user',
  'endpoint',
  'timeout',
  'tail',
  'level',
  'grep',
  'pairs',
  'users',
  'endpoints',
  'concurrency',
  'output',
]);

/** The option a field names, as typed on the command line; undefined for a settings field. */
export function optionNameOf(field: string): string | undefined {
  if (field.startsWith('--')) return field;
  if (OPTION_OF[field]) return OPTION_OF[field];
  return OPTIONS.has(field) ? `--${field}` : undefined;
}
