import type { ReviewResult, ReviewStatus } from '../../../shared/review/review-types';

/** Every text that goes into the report goes through here: names, reasons and server texts are not ours. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Words beside every colour, so that the report reads the same in black and white. */
export const STATUS_LABEL: Record<ReviewStatus, string> = {
  ok: 'OK',
  none: 'None',
  pending: 'Pending',
  refused: 'Refused',
  error: 'Error',
};

/**
 * Users as rows, endpoints as columns; each cell the outcome's label and the number of credentials.
 * Names are matched as the review checked them (trimmed).
 */
export function matrixHtml(
  users: readonly string[],
  endpoints: readonly string[],
  results: readonly ReviewResult[],
): string {
  const cells = new Map<string, ReviewResult>();
  for (const r of results) cells.set(`${r.user}\n${r.endpoint}`, r);
  const head = endpoints.map((e) => `<th scope="col">${escapeHtml(e)}</th>`).join('');
  const rows = users.map((user) => {
    const tds = endpoints.map((endpoint) => {
      const r = cells.get(`${user.trim()}\n${endpoint.trim()}`);
      if (!r) return '<td class="s-missing">not run</td>';
      const count = r.status === 'ok' ? ` ${r.credentials.length}` : '';
      return `<td class="s-${r.status}">${STATUS_LABEL[r.status]}${count}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(user)}</th>${tds.join('')}</tr>`;
  });
  return (
    '<h2>Matrix</h2><p class="note">Rows are users, columns are endpoints; OK cells show the number of credentials.</p>' +
    `<table class="matrix"><thead><tr><th scope="col">User \\ Endpoint</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/** Every pair in input order, with what it found or why not. */
export function pairsTableHtml(results: readonly ReviewResult[]): string {
  const rows = [...results]
    .sort((a, b) => a.index - b.index)
    .map((r) => {
      const creds = r.credentials.map((c) => escapeHtml(`${c.name} (${c.id})`)).join('<br>');
      const why = [
        ...r.reasons.map((x) => escapeHtml(x.credential ? `${x.credential}: ${x.text}` : x.text)),
        ...(r.error ? [escapeHtml(`[${r.error.code}] ${r.error.message}`)] : []),
        ...(r.error?.serverText ? [escapeHtml(`Server said: ${r.error.serverText}`)] : []),
        ...(r.approvalUrl ? [`Approval page: ${escapeHtml(r.approvalUrl)}`] : []),
      ].join('<br>');
      return (
        `<tr><td>${escapeHtml(r.user)}</td><td>${escapeHtml(r.endpoint)}</td>` +
        `<td class="s-${r.status}">${STATUS_LABEL[r.status]}</td><td class="num">${r.credentials.length}</td>` +
        `<td>${creds}</td><td>${why}</td></tr>`
      );
    });
  return (
    '<h2>All pairs</h2><table class="pairs"><thead><tr><th scope="col">User</th><th scope="col">Endpoint</th>' +
    '<th scope="col">Outcome</th><th scope="col">Credentials</th><th scope="col">Names (ids)</th>' +
    `<th scope="col">Reasons and errors</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}
