import type { z } from 'zod';
import type { EcmErrorInfo } from '../../../shared/errors';
import { clip } from '../text/clip';

/** A zod failure as a VALIDATION error naming the first field at fault. Never includes the value. */
export function validationErrorFromZod(error: z.ZodError, prefix = ''): EcmErrorInfo {
  const issue = error.issues[0];
  if (!issue) return { code: 'VALIDATION', message: 'The request is not valid.' };
  let field = [prefix, ...issue.path.map((p) => clip(String(p)))].filter(Boolean).join('.');
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const key = clip(issue.keys[0] ?? '');
    field = [field, key].filter(Boolean).join('.');
    message = `unknown field '${key}'`;
  }
  return {
    code: 'VALIDATION',
    field: field || '(request)',
    message: `${field || 'The request'}: ${message}.`,
    hint: 'The request was refused; nothing was changed.',
  };
}
