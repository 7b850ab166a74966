import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { currentFileText, diffText, pluginName } from '../../../shared/ipc/backup-preview-text';
import type { BackupPreview } from '../../../shared/ipc/responses';
import { formatDateTime } from '../format/date-time';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  differs: { fontWeight: tokens.fontWeightSemibold },
});

/** What a restore would put back: the copy's date and active plugin, and per plugin how it compares. Names only. */
export function BackupPreviewView({ preview }: { preview: BackupPreview }) {
  const styles = useStyles();
  return (
    <>
      <dl className={styles.facts} data-testid="backup-facts">
        <dt className={styles.term}>Last good copy from</dt>
        <dd className={styles.value}>{formatDateTime(preview.savedAt)}</dd>
        <dt className={styles.term}>Its active plugin</dt>
        <dd className={styles.value}>{pluginName(preview, preview.activePlugin)}</dd>
        <dt className={styles.term}>Current settings.json</dt>
        <dd className={styles.value}>{currentFileText(preview)}</dd>
      </dl>
      {preview.plugins.length === 0 ? (
        <Text>No plugin has saved settings in either file.</Text>
      ) : (
        <>
          <Text weight="semibold">Plugin settings, last good copy compared with the current file</Text>
          <ul className={styles.list} data-testid="backup-diff">
            {preview.plugins.map((p) => (
              <li key={p.pluginId} className={p.status === 'same' ? undefined : styles.differs}>
                {pluginName(preview, p.pluginId)}: {diffText(p)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
