import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import type { TestSettingsResponse } from '../../../../shared/ipc/responses';

const useStyles = makeStyles({
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  list: {
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    paddingLeft: tokens.spacingHorizontalXXL,
    maxHeight: '12em',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  code: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
});

/**
 * Why nothing (or nothing more) is usable, as the plugin explains it: one sentence per reason,
 * the credential it is about in bold, the plugin's code small after it for support and the log.
 */
export function ReasonList({ result }: { result: Pick<TestSettingsResponse, 'reasons' | 'credentials'> }) {
  const styles = useStyles();
  const { reasons } = result;
  if (reasons.length === 0) return null;
  const title = result.credentials.length === 0 ? 'Why nothing is usable' : 'Why nothing else is usable';
  return (
    <section aria-labelledby="test-reasons-title" data-testid="test-reasons">
      <Text id="test-reasons-title" weight="semibold" block className={styles.heading}>
        <InfoRegular aria-hidden />
        {title}
      </Text>
      {/* Focusable so that a long list scrolls from the keyboard too. */}
      <ul className={styles.list} tabIndex={0} aria-labelledby="test-reasons-title">
        {reasons.map((r, i) => (
          <li key={i} className={styles.item} data-code={r.code}>
            {r.credential ? <Text weight="semibold">{r.credential}: </Text> : null}
            <Text>{r.text}</Text>
            <Text size={100} className={styles.code}>
              ({r.code})
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
