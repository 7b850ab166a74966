import { closeSync, openSync, writeSync } from 'node:fs';
import { EcmError } from '../../../shared/errors';
import { fileProblem } from '../file-problem';
import type { ReviewPair, ReviewProgress, ReviewResult } from '../../../shared/review/review-types';
import { reviewCsvHeader, reviewCsvRow } from '../../core/review/review-export-csv';
import { ReviewJsonWriter } from '../../core/review/review-export-json';
import { InputOrder } from '../../core/review/review-order';
import { formatReviewSummary, ReviewTable } from '../format-review';
import type { CliIo } from '../output';

export interface ReviewSink {
  /** A result, in any order: it is written once those before it in the input are. */
  add(result: ReviewResult): void;
  /** Writes what is left and the end of the document; closes the file. */
  end(progress: ReviewProgress): void;
}

/**
 * Where `test-access` writes its rows as they complete: the `--output` file (written through at
 * once, so a review of 10,000 pairs holds only the few results that finished early) or standard
 * output. --json on standard output is printed whole at the end instead (see test-access.ts).
 */
export function openReviewSink(
  format: 'json' | 'csv' | 'table',
  plugin: string,
  pairs: readonly ReviewPair[],
  output: string | undefined,
  io: CliIo,
): ReviewSink {
  const file = output === undefined ? null : openOutput(output);
  const write = file === null ? (text: string) => io.out(text) : (text: string) => writeOutput(file, output!, text);
  let order: InputOrder;
  let finish: (progress: ReviewProgress) => void;
  if (format === 'json') {
    const writer = new ReviewJsonWriter(write, plugin);
    order = new InputOrder((r) => writer.add(r));
    finish = (p) => writer.end(p);
  } else if (format === 'csv') {
    write(reviewCsvHeader());
    order = new InputOrder((r) => write(reviewCsvRow(r)));
    finish = () => undefined;
  } else {
    const table = new ReviewTable(pairs);
    write(table.header());
    order = new InputOrder((r) => write(table.row(r)));
    // On standard output the command prints the summary; a file gets its own copy.
    finish = (p) => (file === null ? undefined : write(formatReviewSummary(plugin, p)));
  }
  return {
    add: (r) => order.push(r),
    end(progress) {
      order.flush();
      finish(progress);
      if (file !== null) closeSync(file);
    },
  };
}

function openOutput(output: string): number {
  try {
    return openSync(output, 'w');
  } catch (err) {
    throw outputError(output, err);
  }
}

function writeOutput(fd: number, output: string, text: string): void {
  try {
    writeSync(fd, text);
  } catch (err) {
    throw outputError(output, err);
  }
}

function outputError(output: string, err: unknown): EcmError {
  return new EcmError({
    code: 'VALIDATION',
    field: 'output',
    message: `Cannot write the --output file ${output}: ${fileProblem(err, output, true)}.`,
    hint: 'Check that the folder exists and that you may write there.',
  });
}
