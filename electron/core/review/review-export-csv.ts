import { stringify } from 'csv-stringify/sync';
import type { ReviewResult } from '../../../shared/review/review-types';

/** The columns of the review's CSV, one row per pair. */
export const REVIEW_CSV_COLUMNS = [
  'user',
  'endpoint',
  'status',
  'credential_count',
  'credentials',
  'reasons',
  'error_code',
  'error_message',
  'approval_url',
] as const;

export function reviewCsvHeader(): string {
  return stringify([[...REVIEW_CSV_COLUMNS]]);
}

/** One pair as one CSV line (RFC 4180, CRLF-free `\n` ending). Never a password: summaries only. */
export function reviewCsvRow(result: ReviewResult): string {
  const row = [
    result.user,
    result.endpoint,
    result.status,
    String(result.credentials.length),
    result.credentials.map((c) => `${c.name} (${c.id})`).join('; '),
    result.reasons.map((r) => (r.credential ? `${r.credential}: ${r.text}` : r.text)).join('; '),
    result.error?.code ?? '',
    result.error?.message ?? '',
    result.approvalUrl ?? '',
  ];
  return stringify([row.map(neutralised)]);
}

/** The whole export, header first, rows in the order given. */
export function reviewToCsv(results: readonly ReviewResult[]): string {
  return reviewCsvHeader() + results.map(reviewCsvRow).join('');
}

/**
 * Auditors open the file in a spreadsheet, which runs a cell starting with = + - @ as a formula
 * ("CSV injection"): such a cell gets a leading apostrophe, which spreadsheets show as text.
 */
function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
