import { reviewToCsv } from '../review/review-export-csv';
import { reviewJsonDocument } from '../review/review-export-json';
import { parseReviewInput } from '../review/review-input';
import { renderReviewReportHtml } from '../review/review-report-html';
import { runAccessReview } from '../review/run-access-review';
import type { ReviewEngine } from './access-review-api';

/** The core's review engine (core/review) behind the app's access review channels. */
export const reviewEngine: ReviewEngine = {
  parse: parseReviewInput,
  run: runAccessReview,
  write(format, report) {
    switch (format) {
      case 'csv':
        return reviewToCsv(report.results);
      case 'json':
        return `${JSON.stringify(reviewJsonDocument(report.plugin.id, report.progress, report.results), null, 2)}\n`;
      case 'html':
        return renderReviewReportHtml(report);
    }
  },
};
