import { Button, Caption1, makeStyles, shorthands, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { writeClipboard } from '../../api/clipboard';
import { useReviewStore } from '../../stores/review/review-store';
import { stepsFromResult } from '../../stores/test-run-store';
import { ErrorBar } from '../ErrorBar';
import { CredentialTable } from '../test-settings/CredentialTable';
import { StepList } from '../test-settings/StepList';
import { STATUS_LABEL, useStatusStyles } from './review-status';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    overflowY: 'auto',
    minHeight: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0 },
  badge: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    ...shorthands.borderWidth('1px'),
    ...shorthands.borderStyle('solid'),
    borderRadius: tokens.borderRadiusMedium,
  },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: '4px' },
  code: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  url: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The selected pair in full: outcome, credentials, reasons, error, approval URL (as text) and steps. */
export function ReviewDetails() {
  const styles = useStyles();
  const status = useStatusStyles();
  const r = useReviewStore((s) => (s.selected === null ? undefined : s.results[s.selected]));
  if (!r) {
    return (
      <section className={styles.pane} aria-label="Pair details" data-testid="review-details">
        <Text className={styles.muted}>Select a pair in the matrix or the table to see why.</Text>
      </section>
    );
  }
  return (
    <section className={styles.pane} aria-label="Pair details" data-testid="review-details" data-status={r.status}>
      <div className={styles.title}>
        <Subtitle2 as="h3" className={styles.heading}>
          {r.user} on {r.endpoint}
        </Subtitle2>
        <span className={`${styles.badge} ${status[r.status]}`}>{STATUS_LABEL[r.status]}</span>
        <Caption1 className={styles.muted}>{r.ms} ms</Caption1>
      </div>
      {r.error ? <ErrorBar error={r.error} /> : null}
      {r.approvalUrl ? (
        <div className={styles.url} data-testid="review-approval-url">
          <Text>
            Approve at: <Text font="monospace">{r.approvalUrl}</Text>
          </Text>
          <Button size="small" icon={<CopyRegular />} onClick={() => void writeClipboard(r.approvalUrl ?? '')}>
            Copy
          </Button>
        </div>
      ) : null}
      {r.reasons.length > 0 ? (
        <div>
          <Text weight="semibold" block>
            Why
          </Text>
          <ul className={styles.reasons} data-testid="review-reasons">
            {r.reasons.map((reason, i) => (
              <li key={i}>
                <Text>{reason.text}</Text>{' '}
                <Caption1 className={styles.code}>
                  {reason.code}
                  {reason.credential ? ` · ${reason.credential}` : ''}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.status === 'ok' || r.credentials.length > 0 ? <CredentialTable credentials={r.credentials} /> : null}
      {r.steps.length > 0 ? (
        <div>
          <Text weight="semibold" block>
            Steps
          </Text>
          <StepList steps={stepsFromResult(r.steps)} />
        </div>
      ) : null}
    </section>
  );
}
