import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentRegular } from '@fluentui/react-icons';
import type { ReviewExportFormat } from '../../../../shared/ipc/review-schemas';
import { useReviewStore } from '../../stores/review/review-store';

const useStyles = makeStyles({ bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' } });

const BUTTONS: { format: ReviewExportFormat; label: string; title: string }[] = [
  { format: 'csv', label: 'Export CSV', title: 'One row per pair, for a spreadsheet' },
  { format: 'json', label: 'Export JSON', title: 'The whole review as one JSON document' },
  { format: 'html', label: 'HTML report', title: 'A printable report: summary, matrix, table and the settings used' },
];

/** Exports of the finished pairs (also of a cancelled or stopped review); never a password. */
export function ReviewExportButtons() {
  const styles = useStyles();
  const phase = useReviewStore((s) => s.phase);
  const done = useReviewStore((s) => s.progress?.done ?? 0);
  const disabled = phase !== 'finished' || done === 0;
  return (
    <div className={styles.bar} role="group" aria-label="Export the review">
      {BUTTONS.map((b) => (
        <Button
          key={b.format}
          size="small"
          icon={b.format === 'html' ? <DocumentRegular /> : <ArrowDownloadRegular />}
          disabled={disabled}
          title={b.title}
          onClick={() => void useReviewStore.getState().exportAs(b.format)}
          data-testid={`review-export-${b.format}`}
        >
          {b.label}
        </Button>
      ))}
    </div>
  );
}
