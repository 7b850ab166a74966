import { Input, makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { REVIEW_STATUSES } from '../../../../shared/review/review-types';
import { useReviewStore } from '../../stores/review/review-store';
import { STATUS_LABEL } from './review-status';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  search: { flexGrow: 1, minWidth: '160px', maxWidth: '320px' },
});

/** The table's filters: which outcomes to show (each with its count) and a text to look for. */
export function ReviewFilters() {
  const styles = useStyles();
  const view = useReviewStore((s) => s.view);
  const summary = useReviewStore((s) => s.progress?.summary);
  return (
    <div className={styles.bar} role="group" aria-label="Filter the pairs">
      {REVIEW_STATUSES.map((status) => (
        <ToggleButton
          key={status}
          size="small"
          checked={view.statuses.has(status)}
          onClick={() => useReviewStore.getState().toggleStatus(status)}
          data-testid={`review-filter-${status}`}
        >
          {STATUS_LABEL[status]} ({summary?.[status] ?? 0})
        </ToggleButton>
      ))}
      <Input
        className={styles.search}
        size="small"
        type="search"
        contentBefore={<SearchRegular aria-hidden />}
        placeholder="Filter by user, endpoint, credential or reason"
        aria-label="Filter the pairs by text"
        value={view.text}
        onChange={(_, d) => useReviewStore.getState().setFilterText(d.value)}
        data-testid="review-filter-text"
      />
    </div>
  );
}
