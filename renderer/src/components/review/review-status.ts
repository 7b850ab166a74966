import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { ReviewResult, ReviewStatus } from '../../../../shared/review/review-types';

/** Words for each outcome, as the summary, the table and screen readers say them. */
export const STATUS_LABEL: Record<ReviewStatus, string> = {
  ok: 'Credentials',
  none: 'No credential',
  pending: 'Pending approval',
  refused: 'Refused',
  error: 'Error',
};

/**
 * What a matrix cell shows besides its colour, so colour is never the only signal: the number
 * of credentials for ok, 0 for none, and a symbol for the others (explained by the legend).
 */
export function cellText(r: ReviewResult | undefined): string {
  if (!r) return '';
  switch (r.status) {
    case 'ok':
      return String(r.credentials.length);
    case 'none':
      return '0';
    case 'pending':
      return '…';
    case 'refused':
      return '✕';
    case 'error':
      return '!';
  }
}

/** A cell's accessible name: user, endpoint and outcome in words, holding the number the cell shows. */
export function cellLabel(user: string, endpoint: string, r: ReviewResult | undefined): string {
  if (!r) return `${user} on ${endpoint}: not checked yet`;
  const n = r.credentials.length;
  const outcome =
    r.status === 'ok'
      ? `${n} credential${n === 1 ? '' : 's'}`
      : r.status === 'none'
        ? '0 credentials'
        : STATUS_LABEL[r.status];
  return `${user} on ${endpoint}: ${outcome}`;
}

/** Tints with the normal text colour on top: readable in light and dark themes. */
export const useStatusStyles = makeStyles({
  ok: {
    backgroundColor: tokens.colorStatusSuccessBackground2,
    ...shorthands.borderColor(tokens.colorStatusSuccessBorder2),
  },
  none: { backgroundColor: tokens.colorNeutralBackground5, ...shorthands.borderColor(tokens.colorNeutralStroke1) },
  pending: {
    backgroundColor: tokens.colorStatusWarningBackground2,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder2),
  },
  refused: {
    backgroundColor: tokens.colorPaletteBerryBackground2,
    ...shorthands.borderColor(tokens.colorPaletteBerryBorder2),
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground2,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder2),
  },
  unknown: {
    backgroundColor: 'transparent',
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
    ...shorthands.borderStyle('dashed'),
  },
});
