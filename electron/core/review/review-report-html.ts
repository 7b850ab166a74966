import type { ReviewProgress, ReviewResult } from '../../../shared/review/review-types';
import type { ReportSetting } from './review-report-settings';
import { escapeHtml, matrixHtml, pairsTableHtml, STATUS_LABEL } from './review-report-parts';

export interface ReviewReport {
  /** When the review ran. */
  date: Date;
  /** The OS user who ran it (reviewRunBy()). */
  ranBy: string;
  plugin: { id: string; displayName: string };
  /** The settings used, secrets only as "stored"/"not set" (reportSettings()). */
  settings: ReportSetting[];
  /** Given when the input was users × endpoints: the report then draws the matrix. */
  matrix?: { users: string[]; endpoints: string[] };
  progress: ReviewProgress;
  results: readonly ReviewResult[];
}

/* Inline only: the report is one file an auditor can mail, archive and print. */
const STYLE = `
body{font:14px/1.4 "Segoe UI",system-ui,sans-serif;color:#1b1b1b;margin:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px}
.note{color:#555;margin:4px 0}
table{border-collapse:collapse;margin:4px 0}
th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f0f0f0}
td.num{text-align:right}
.matrix td{text-align:center;white-space:nowrap}
.s-ok{background:#dff6dd}.s-none{background:#f3f2f1}.s-pending{background:#fff4ce}
.s-refused{background:#fde7e9}.s-error{background:#f1d5d8}.s-missing{color:#777}
.meta td:first-child{font-weight:600}
@media print{body{margin:0}tr{break-inside:avoid}th{background:#f0f0f0 !important}
td[class^="s-"]{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/**
 * The access review as a self-contained, printable HTML page: no script, no outside resource
 * (a CSP forbids both), every text escaped, no secret (the settings arrive already redacted).
 */
export function renderReviewReportHtml(report: ReviewReport): string {
  const p = report.progress;
  const s = p.summary;
  const title = `Access review: ${report.plugin.displayName}`;
  const meta = [
    [
      'Date',
      report.date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC'),
    ],
    ['Run by', report.ranBy],
    ['Plugin', `${report.plugin.displayName} (${report.plugin.id})`],
    ['Outcome', stateText(p)],
  ];
  const counts = (['ok', 'none', 'pending', 'refused', 'error'] as const)
    .map((k) => `<tr><td class="s-${k}">${STATUS_LABEL[k]}</td><td class="num">${s[k]}</td></tr>`)
    .join('');
  const settings = report.settings
    .map(
      (x) =>
        `<tr><td>${escapeHtml(x.label)} <span class="note">(${escapeHtml(x.key)})</span></td><td>${escapeHtml(x.value)}</td></tr>`,
    )
    .join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    '<p class="note">Which credentials each user may use on each endpoint. No password was retrieved or shown.</p>',
    `<table class="meta"><tbody>${meta.map(([k, v]) => `<tr><td>${escapeHtml(k!)}</td><td>${escapeHtml(v!)}</td></tr>`).join('')}</tbody></table>`,
    `<h2>Summary</h2><table><tbody><tr><td>Pairs</td><td class="num">${s.pairs}</td></tr>${counts}</tbody></table>`,
    report.matrix ? matrixHtml(report.matrix.users, report.matrix.endpoints, report.results) : '',
    pairsTableHtml(report.results),
    '<h2>Settings used</h2><p class="note">Secrets are shown only as stored, given or not set; never their values.</p>',
    `<table><tbody>${settings}</tbody></table>`,
    '</body></html>',
    '',
  ].join('\n');
}

function stateText(p: ReviewProgress): string {
  const took = `${(p.elapsedMs / 1000).toFixed(1)} s`;
  switch (p.state) {
    case 'done':
      return `Every pair has an outcome (${p.done} pairs, ${took}).`;
    case 'cancelled':
      return `Cancelled after ${p.done} of ${p.total} pairs (${took}).`;
    case 'stopped':
      return `Stopped after ${p.done} of ${p.total} pairs: [${p.stopError?.code ?? 'ERROR'}] ${p.stopError?.message ?? ''}`;
    case 'running':
      return `Still running: ${p.done} of ${p.total} pairs.`;
  }
}
