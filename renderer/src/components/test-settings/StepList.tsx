import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, DismissCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { formatDuration } from '../../../../shared/format/duration';
import type { StepProgress } from '../../../../shared/plugin/contract';
import { ElapsedTime } from './ElapsedTime';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  step: { display: 'grid', gridTemplateColumns: '20px 1fr auto', alignItems: 'center', gap: tokens.spacingHorizontalS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  waiting: { color: tokens.colorStatusWarningForeground1 },
  detail: { gridColumn: '2 / 4', color: tokens.colorNeutralForeground3 },
  ms: { fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground3 },
});

/**
 * Each step as it happens: a spinner and its time counting while running, then its outcome and
 * duration (durations in the one format of `formatDuration`). The step named `waitingStep` ended
 * in a state the admin expects (a pending approval): a warning, not a failure.
 */
export function StepList({
  steps,
  totalMs,
  waitingStep,
}: {
  steps: StepProgress[];
  totalMs?: number | undefined;
  waitingStep?: string | undefined;
}) {
  const styles = useStyles();
  if (steps.length === 0) return null;
  return (
    <>
      <ol className={styles.list} aria-label="Steps" data-testid="test-steps">
        {steps.map((s, i) => (
          <li
            key={`${s.name}-${i}`}
            className={styles.step}
            data-status={s.status === 'failed' && s.name === waitingStep ? 'waiting' : s.status}
          >
            {s.status === 'running' ? (
              <Spinner size="extra-tiny" aria-label="running" />
            ) : s.status === 'ok' ? (
              <CheckmarkCircleFilled className={styles.ok} aria-label="succeeded" />
            ) : s.name === waitingStep ? (
              <WarningFilled className={styles.waiting} aria-label="waiting for approval" />
            ) : (
              <DismissCircleFilled className={styles.failed} aria-label="failed" />
            )}
            <Text>{s.name}</Text>
            <Text size={200} className={styles.ms} data-testid="step-time">
              {s.ms !== undefined ? formatDuration(s.ms) : s.status === 'running' ? <ElapsedTime /> : '…'}
            </Text>
            {s.detail ? (
              <Text size={200} className={styles.detail}>
                {s.detail}
              </Text>
            ) : null}
          </li>
        ))}
      </ol>
      {totalMs !== undefined ? (
        <Text size={200} className={styles.ms} data-testid="test-total-time">
          Finished in {formatDuration(totalMs)}
        </Text>
      ) : null}
    </>
  );
}
