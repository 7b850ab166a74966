import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useReviewStore } from '../../stores/review/review-store';
import { formatDuration } from '../../stores/review/review-time';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1 },
  figures: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
});

const STATE_TEXT = { running: 'Running', done: 'Done', cancelled: 'Cancelled', stopped: 'Stopped' } as const;

/** done/total as a bar, elapsed time and an estimate of the rest, with Cancel while it runs. */
export function ReviewProgressBar() {
  const styles = useStyles();
  const phase = useReviewStore((s) => s.phase);
  const total = useReviewStore((s) => s.total);
  const progress = useReviewStore((s) => s.progress);
  if (phase === 'idle' || phase === 'starting') return null;
  const done = progress?.done ?? 0;
  const state = progress?.state ?? 'running';
  const figures =
    `${done.toLocaleString()} of ${total.toLocaleString()} pairs · ${formatDuration(progress?.elapsedMs ?? 0)} elapsed` +
    (state === 'running' && progress?.etaMs !== undefined ? ` · about ${formatDuration(progress.etaMs)} left` : '');
  return (
    <div className={styles.row} data-testid="review-progress" data-state={state}>
      <Field className={styles.field} label={`${STATE_TEXT[state]}: ${figures}`} validationState="none">
        <ProgressBar value={total === 0 ? 0 : done / total} thickness="large" aria-label="Pairs checked" />
      </Field>
      <Text className={styles.figures} aria-live="polite" data-testid="review-progress-text">
        {Math.round(total === 0 ? 0 : (100 * done) / total)}%
      </Text>
      {phase === 'running' ? (
        <Button
          icon={<DismissRegular />}
          onClick={() => void useReviewStore.getState().cancel()}
          data-testid="review-cancel"
        >
          Cancel
        </Button>
      ) : null}
    </div>
  );
}
