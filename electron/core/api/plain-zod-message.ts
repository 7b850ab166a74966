import type { z } from 'zod';
import { clip } from '../text/clip';

type Issue = z.ZodError['issues'][number];

/** zod's own wording ("Too small: expected number to be >=0", "Invalid input: …"): never shown as is. */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Unrecognized|Expected)\b/;

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of named fields',
  record: 'a set of named fields',
};

/**
 * Where the problem is, in words: "'from'", "'kind' in 'input'", "item 3 of 'users'". Never the
 * dotted path, which reads as a validator's internals; the answer's `field` keeps that.
 */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  for (const key of path) {
    const name = clip(String(key));
    if (typeof key === 'number') words[words.length - 1] = `item ${key + 1} of ${words.at(-1) ?? 'the list'}`;
    else words.push(`'${name}'`);
  }
  if (words.length === 0) return 'the request';
  return words.reverse().join(' in ');
}

function size(origin: string, n: number | bigint, exact?: boolean): string {
  const count = Number(n);
  if (origin === 'string') return `${count} character${count === 1 ? '' : 's'}${exact ? '' : ' long'}`;
  if (origin === 'array' || origin === 'set') return `${count} item${count === 1 ? '' : 's'}`;
  return String(n);
}

/** What is wrong with the field, in plain words, for zod's default messages; a schema's own message is kept. */
export function plainIssueMessage(issue: Issue): string {
  const label = fieldLabel(issue.path);
  const field = label.charAt(0).toUpperCase() + label.slice(1);
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return `${field} is missing; add it.`;
      return `${field} must be ${KINDS[issue.expected] ?? issue.expected}.`;
    case 'too_small':
      if (!ZOD_WORDING.test(issue.message)) break;
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return `${field} must not be empty.`;
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return `${field} must list at least one item.`;
      return `${field} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${size(issue.origin, issue.minimum)}.`;
    case 'too_big':
      if (!ZOD_WORDING.test(issue.message)) break;
      return `${field} must be ${issue.inclusive === false ? 'less than' : 'at most'} ${size(issue.origin, issue.maximum)}.`;
    case 'invalid_value':
      return `${field} must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => `'${String(v)}'`).join(', ')}.`;
    case 'invalid_union':
      if ('options' in issue && issue.options && issue.options.length > 0)
        return `${field} must be one of ${issue.options.map((v) => `'${String(v)}'`).join(', ')}.`;
      return `${field} is not in any of the accepted forms.`;
    case 'not_multiple_of':
      return `${field} must be a multiple of ${issue.divisor}.`;
    case 'invalid_format':
      if (!ZOD_WORDING.test(issue.message)) break;
      return `${field} is not in the expected form (${issue.format}).`;
    case 'unrecognized_keys':
      return `The request has an unknown field '${clip(issue.keys[0] ?? '')}'${label === 'the request' ? '' : ` in ${label}`}; remove it.`;
    default:
      if (ZOD_WORDING.test(issue.message)) return `${field} is not valid.`;
  }
  // A schema's own message that already names the field ("concurrency must be 1 or more") stands alone.
  const last = issue.path.at(-1);
  if (typeof last === 'string' && issue.message.toLowerCase().startsWith(last.toLowerCase()))
    return `${issue.message.charAt(0).toUpperCase()}${issue.message.slice(1)}.`;
  return `${field}: ${issue.message}.`;
}
