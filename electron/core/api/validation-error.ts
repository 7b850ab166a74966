import type { z } from 'zod';
import type { EcmErrorInfo } from '../../../shared/errors';
import { clip } from '../text/clip';
import { plainIssueMessage } from './plain-zod-message';

/** A zod failure as a VALIDATION error naming the first field at fault. Never includes the value. */
export function validationErrorFromZod(error: z.ZodError, prefix = ''): EcmErrorInfo {
  const issue = error.issues[0];
  if (!issue) return { code: 'VALIDATION', message: 'The request is not valid.' };
  let field = [prefix, ...issue.path.map((p) => clip(String(p)))].filter(Boolean).join('.');
  if (issue.code === 'unrecognized_keys') field = [field, clip(issue.keys[0] ?? '')].filter(Boolean).join('.');
  return {
    code: 'VALIDATION',
    field: field || '(request)',
    // `field` keeps the path for the renderer; the message says it in words, never in zod's wording.
    message: plainIssueMessage(issue),
    hint: 'The request was refused; nothing was changed.',
  };
}
