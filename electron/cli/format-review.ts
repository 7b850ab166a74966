import type { ReviewPair, ReviewProgress, ReviewResult } from '../../shared/review/review-types';

/**
 * The review as a readable table, written row by row as results arrive (in input order): the
 * columns are as wide as the longest name in the input, known before the first row.
 */
export class ReviewTable {
  private readonly userWidth: number;
  private readonly endpointWidth: number;

  constructor(pairs: readonly ReviewPair[]) {
    this.userWidth = Math.max(4, ...pairs.map((p) => p.user.length));
    this.endpointWidth = Math.max(8, ...pairs.map((p) => p.endpoint.length));
  }

  header(): string {
    return this.line('USER', 'ENDPOINT', 'OUTCOME', 'CREDS', 'DETAIL');
  }

  row(r: ReviewResult): string {
    return this.line(r.user, r.endpoint, r.status, String(r.credentials.length), detailOf(r));
  }

  private line(user: string, endpoint: string, status: string, count: string, detail: string): string {
    const cells = [
      user.padEnd(this.userWidth),
      endpoint.padEnd(this.endpointWidth),
      status.padEnd(7),
      count.padStart(5),
    ];
    return `${[...cells, visible(detail)].join('  ').trimEnd()}\n`;
  }
}

/**
 * A server's words or a plugin's reason on a terminal: control characters (escape sequences
 * that could rewrite the screen, line breaks that would forge rows) are shown as `?`.
 */
function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}

/** What the admin reads first: the credentials, or why there are none. */
function detailOf(r: ReviewResult): string {
  switch (r.status) {
    case 'ok':
      return r.credentials.map((c) => `${c.name} (${c.id})`).join('; ');
    case 'none':
      return r.reasons.length > 0
        ? r.reasons.map((x) => (x.credential ? `${x.credential}: ${x.text}` : x.text)).join('; ')
        : 'no credential found';
    case 'pending':
      return r.approvalUrl ? `approval pending: ${r.approvalUrl}` : `approval pending: ${r.error?.message ?? ''}`;
    case 'refused':
    case 'error':
      return `[${r.error?.code ?? 'ERROR'}] ${r.error?.message ?? ''}${r.error?.serverText ? ` Server said: ${r.error.serverText}` : ''}`;
  }
}

export function formatReviewSummary(plugin: string, p: ReviewProgress): string {
  const s = p.summary;
  const head =
    p.state === 'done'
      ? `Access review (${plugin}): ${p.total} pair(s) in ${seconds(p.elapsedMs)}`
      : `Access review (${plugin}) ${p.state} after ${p.done} of ${p.total} pair(s), ${seconds(p.elapsedMs)}`;
  return (
    `\n${head}: ${s.ok} ok, ${s.none} none, ${s.pending} pending, ${s.refused} refused, ${s.error} error.\n` +
    'No passwords are retrieved or displayed.\n'
  );
}

/** The live line on a terminal's standard error: `\r` redraws it in place. */
export function progressLine(p: ReviewProgress): string {
  const eta = p.etaMs !== undefined ? `, about ${seconds(p.etaMs)} left` : '';
  return `\r\u001b[K${p.done}/${p.total} pairs, ${seconds(p.elapsedMs)}${eta}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
