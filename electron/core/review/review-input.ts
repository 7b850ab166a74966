import { parse } from 'csv-parse/sync';
import { EcmError } from '../../../shared/errors';
import type { ReviewInput, ReviewPair } from '../../../shared/review/review-types';
import { checkEndpoint, checkUser } from './review-names';

/** More pairs than any review needs; beyond it, a typo (a 10,000-line user list) is likelier than intent. */
export const MAX_REVIEW_PAIRS = 100_000;

/**
 * The pairs of an access review, in input order. Duplicate pairs are kept (each gets its own
 * row): dropping them would make the output's rows differ from the input's lines, which is what
 * an admin compares. The CSV is `user,endpoint` (columns in either order when a header names
 * them), header optional, `#` at the start of a line for comments, quotes as in RFC 4180.
 */
export function parseReviewInput(input: ReviewInput): ReviewPair[] {
  return input.kind === 'csv' ? parseCsvPairs(input.text) : matrixPairs(input.users, input.endpoints);
}

/** Every user on every endpoint, user by user (the matrix's rows). */
function matrixPairs(users: readonly string[], endpoints: readonly string[]): ReviewPair[] {
  if (users.length === 0) throw inputError('No users were given.', 'Give at least one user.');
  if (endpoints.length === 0) throw inputError('No endpoints were given.', 'Give at least one endpoint.');
  if (users.length * endpoints.length > MAX_REVIEW_PAIRS) {
    throw inputError(
      `${users.length} users × ${endpoints.length} endpoints make ${users.length * endpoints.length} pairs, more than the ${MAX_REVIEW_PAIRS} a review allows.`,
      'Split the review into smaller runs.',
    );
  }
  const checkedUsers = users.map((u, i) => checkUser(u, `User ${i + 1}`));
  const checkedEndpoints = endpoints.map((e, i) => checkEndpoint(e, `Endpoint ${i + 1}`));
  return checkedUsers.flatMap((user) => checkedEndpoints.map((endpoint) => ({ user, endpoint })));
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function parseCsvPairs(text: string): ReviewPair[] {
  let records: CsvRecord[];
  try {
    records = parse(text, {
      bom: true,
      comment: '#',
      // Only a line that starts with # is a comment: a # inside a value is kept.
      comment_no_infix: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as unknown as CsvRecord[];
  } catch (err) {
    throw csvSyntaxError(err);
  }
  const rows = records.filter((r) => r.record.some((cell) => cell !== ''));
  let userColumn = 0;
  let endpointColumn = 1;
  const header = rows[0]?.record.map((cell) => cell.toLowerCase());
  if (header && header.length === 2 && header.includes('user') && header.includes('endpoint')) {
    userColumn = header.indexOf('user');
    endpointColumn = header.indexOf('endpoint');
    rows.shift();
  }
  if (rows.length === 0) throw inputError('The CSV has no pairs.', 'Give one `user,endpoint` line per pair.');
  if (rows.length > MAX_REVIEW_PAIRS) {
    throw inputError(
      `The CSV has ${rows.length} pairs, more than the ${MAX_REVIEW_PAIRS} a review allows.`,
      'Split it into smaller files.',
    );
  }
  return rows.map(({ record, info }) => {
    const where = `Line ${info.lines}`;
    if (record.length < 2) {
      throw inputError(
        `${where}: the endpoint column is missing.`,
        'Write each line as user,endpoint (e.g. CORP\\jsmith,srv01).',
      );
    }
    if (record.length > 2) {
      throw inputError(
        `${where}: ${record.length} columns, but a line has two: user,endpoint.`,
        'Remove the extra columns; put a value that holds a comma in double quotes.',
      );
    }
    return {
      user: checkUser(record[userColumn] ?? '', where),
      endpoint: checkEndpoint(record[endpointColumn] ?? '', where),
    };
  });
}

/**
 * Users or endpoints typed or read from a file: separated by commas or line breaks, blank
 * entries and `#` comment lines ignored. Checking each name is the review input's job.
 */
export function parseNameList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function csvSyntaxError(err: unknown): EcmError {
  const { code, lines } = err as { code?: string; lines?: number };
  const where = typeof lines === 'number' ? `Line ${lines}` : 'The CSV';
  const problem =
    code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quoted value is never closed'
      : code === 'CSV_INVALID_CLOSING_QUOTE'
        ? 'a closing quote is followed by more text'
        : 'the line is not valid CSV';
  return inputError(
    `${where}: ${problem}.`,
    'Put a value in double quotes only when it holds a comma or a quote, and write a quote inside it as two ("").',
  );
}

function inputError(message: string, hint: string): EcmError {
  return new EcmError({ code: 'VALIDATION', field: 'pairs', message, hint });
}
