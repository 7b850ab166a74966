import type { z } from 'zod';
import { EcmError } from '../../../shared/errors';
import { accountSchema, endpointSchema } from '../../../shared/ipc/payload-schemas';

/**
 * A user or endpoint of an access review, checked with the very rules Test Settings applies to
 * its request (shared/ipc/payload-schemas.ts), so a review never accepts a name a single test
 * would refuse. Messages say where the name came from and what to do, in plain words.
 */
export function checkUser(value: string, where: string): string {
  return checked(accountSchema, value, 'user', where);
}

export function checkEndpoint(value: string, where: string): string {
  return checked(endpointSchema, value, 'endpoint', where);
}

function checked(schema: z.ZodType<string>, value: string, what: 'user' | 'endpoint', where: string): string {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  // Shown in the message: cut short, with invisible characters made visible.
  const visible = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  const shown = visible.length > 60 ? `${visible.slice(0, 60)}…` : visible;
  let problem: string;
  if (!issue || /^(Too (small|big)|Invalid)/.test(issue.message)) {
    // Zod's own words ("Too big: expected string to have <=256 characters") are not for people.
    problem =
      issue?.code === 'too_big'
        ? `is longer than ${what === 'user' ? 256 : 253} characters`
        : `is not a valid ${what === 'user' ? 'user account' : 'endpoint'}`;
  } else {
    problem = `is not accepted: ${issue.message}`;
  }
  const fix = what === 'user' ? 'DOMAIN\\name, name@domain or name' : 'a host name, FQDN or IP address';
  throw new EcmError({
    code: 'VALIDATION',
    field: what,
    message: value.trim() === '' ? `${where}: the ${what} is empty.` : `${where}: the ${what} '${shown}' ${problem}.`,
    hint: `Give each ${what} as ${fix}, then run the review again.`,
  });
}
