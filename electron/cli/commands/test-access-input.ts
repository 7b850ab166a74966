import { existsSync, promises as fs } from 'node:fs';
import { EcmError, isEcmError } from '../../../shared/errors';
import type { ReviewInput, ReviewPair } from '../../../shared/review/review-types';
import { parseNameList, parseReviewInput } from '../../core/review/review-input';
import { fileProblem } from '../file-problem';

export interface AccessInputOptions {
  pairs?: string;
  users?: string;
  endpoints?: string;
  json?: boolean;
  csv?: boolean;
}

/**
 * The pairs named on the command line: a CSV file (--pairs), or users and endpoints (--users,
 * --endpoints), each a file when one exists at that path, else a comma-separated list. Every
 * problem names the option as typed (and the file and line where there is one).
 */
export async function readAccessInput(
  options: AccessInputOptions,
): Promise<{ input: ReviewInput; pairs: ReviewPair[] }> {
  const problems: string[] = [];
  // The answer names the option of the first problem (--json with --csv alone names --csv).
  let field = '';
  const problem = (option: string, text: string) => {
    field ||= option;
    problems.push(text);
  };
  if (options.pairs !== undefined && (options.users !== undefined || options.endpoints !== undefined))
    problem('pairs', 'give either --pairs, or --users with --endpoints, not both');
  else if (options.pairs === undefined) {
    if (options.users === undefined && options.endpoints === undefined)
      problem('pairs', 'give the pairs: --pairs <file.csv>, or --users and --endpoints');
    else if (options.users === undefined) problem('users', '--users is needed with --endpoints');
    else if (options.endpoints === undefined) problem('endpoints', '--endpoints is needed with --users');
  }
  if (options.json && options.csv) problem('csv', 'choose one of --json and --csv');
  if (problems.length > 0) {
    throw new EcmError({
      code: 'VALIDATION',
      field,
      message: `${problems.map((p) => p[0]!.toUpperCase() + p.slice(1)).join('. ')}.`,
      hint: 'Run `ecm-configurator test-access --help` for the forms.',
    });
  }
  if (options.pairs !== undefined) {
    const file = options.pairs;
    const input: ReviewInput = { kind: 'csv', text: await readText(file, 'pairs') };
    return { input, pairs: asOption(() => parseReviewInput(input), 'pairs', file) };
  }
  const users = parseNameList(await listText(options.users!, 'users'));
  const endpoints = parseNameList(await listText(options.endpoints!, 'endpoints'));
  const input: ReviewInput = { kind: 'matrix', users, endpoints };
  const option = (err: EcmError) => (err.field?.startsWith('endpoint') ? 'endpoints' : 'users');
  return { input, pairs: asOption(() => parseReviewInput(input), option) };
}

/** A file when one exists there, else the text itself (a comma-separated list). */
async function listText(value: string, option: string): Promise<string> {
  return existsSync(value) ? readText(value, option) : value;
}

async function readText(file: string, option: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new EcmError({
      code: 'VALIDATION',
      field: option,
      message: `Cannot read the --${option} file ${file}: ${fileProblem(err, file)}.`,
      hint: 'Check the path.',
    });
  }
}

/** The review input's errors with the option (and the file) they came from. */
function asOption<T>(parse: () => T, option: string | ((err: EcmError) => string), file?: string): T {
  try {
    return parse();
  } catch (err) {
    if (!isEcmError(err)) throw err;
    const info = err.toInfo();
    throw new EcmError({
      ...info,
      field: typeof option === 'string' ? option : option(err),
      message: file ? `${file}: ${info.message}` : info.message,
    });
  }
}
