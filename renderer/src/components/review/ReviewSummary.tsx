import { makeStyles, shorthands, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { REVIEW_STATUSES, type ReviewStatus } from '../../../../shared/review/review-types';
import { useReviewStore } from '../../stores/review/review-store';
import { STATUS_LABEL, useStatusStyles } from './review-status';

const SYMBOL: Record<ReviewStatus, string> = { ok: 'n', none: '0', pending: '…', refused: '✕', error: '!' };

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyle: 'none' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: {
    display: 'inline-block',
    minWidth: '22px',
    height: '20px',
    lineHeight: '18px',
    textAlign: 'center',
    ...shorthands.borderWidth('1px'),
    ...shorthands.borderStyle('solid'),
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    boxSizing: 'border-box',
  },
  count: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

/**
 * Counts per outcome; each with the colour and symbol the matrix uses, so it is also the legend
 * (n: the number of credentials).
 */
export function ReviewSummary() {
  const styles = useStyles();
  const status = useStatusStyles();
  const summary = useReviewStore((s) => s.progress?.summary);
  return (
    <ul className={styles.list} aria-label="Summary" data-testid="review-summary">
      {REVIEW_STATUSES.map((s) => (
        <li key={s} className={styles.item} data-status={s}>
          <span className={mergeClasses(styles.swatch, status[s])} aria-hidden>
            {SYMBOL[s]}
          </span>
          <Text size={200}>
            {STATUS_LABEL[s]}: <span className={styles.count}>{summary?.[s] ?? 0}</span>
          </Text>
        </li>
      ))}
    </ul>
  );
}
