import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CopyRegular, DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { writeClipboard } from '../../api/clipboard';
import { errorInfo } from '../../api/ecm-client';
import { detailsEntry, LOG_GRID_ID, useLogDetailsStore } from '../../stores/log/log-details';
import { useLogStore } from '../../stores/log/log-store';
import { LevelBadge } from './LevelBadge';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    flex: '0 0 38%',
    minWidth: '280px',
    minHeight: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  title: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  mono: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  message: {
    flexGrow: 1,
    minHeight: 0,
    margin: 0,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    userSelect: 'text',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  empty: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

/**
 * The selected entry in full: its message wrapped, selectable and copyable, so a long server text
 * or stack trace can be read without widening the window. Escape hands the focus back to the grid.
 */
export function LogDetails() {
  const styles = useStyles();
  const line = useLogStore((s) => detailsEntry(s.lines, s.active, s.selected));
  const focusRequest = useLogDetailsStore((s) => s.focusRequest);
  // Said about one entry: moving to another clears it.
  const [notice, setNotice] = useState<{ offset: number; text: string } | null>(null);
  const messageRef = useRef<HTMLPreElement>(null);

  useEffect(() => {
    if (focusRequest > 0) messageRef.current?.focus();
  }, [focusRequest]);

  const close = () => {
    useLogDetailsStore.getState().hide();
    document.getElementById(LOG_GRID_ID)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  };
  const copy = async () => {
    if (!line) return;
    try {
      await writeClipboard(line.message);
      setNotice({ offset: line.offset, text: 'Message copied.' });
    } catch (err) {
      setNotice({ offset: line.offset, text: `Could not copy to the clipboard: ${errorInfo(err).message}` });
    }
  };

  return (
    <aside className={styles.pane} aria-label="Entry details" data-testid="log-details" onKeyDown={onKeyDown}>
      <div className={styles.bar}>
        <Text size={200} className={styles.title}>
          Entry details
        </Text>
        <Text size={200} role="status" data-testid="log-details-notice">
          {notice && notice.offset === line?.offset ? notice.text : null}
        </Text>
        <Button size="small" icon={<CopyRegular />} disabled={!line} onClick={() => void copy()}>
          Copy message
        </Button>
        <Button size="small" appearance="subtle" icon={<DismissRegular />} aria-label="Close details" onClick={close} />
      </div>
      {line ? (
        <>
          <div className={styles.meta}>
            <Text size={200} className={styles.mono}>
              {line.time}
            </Text>
            <LevelBadge level={line.level} />
            {line.scope ? (
              <Text size={200} className={styles.mono}>
                {line.scope}
              </Text>
            ) : null}
          </div>
          <pre
            ref={messageRef}
            className={styles.message}
            tabIndex={0}
            aria-label="Message"
            data-testid="log-details-message"
          >
            {line.message}
          </pre>
        </>
      ) : (
        <Text size={200} className={styles.empty}>
          Select an entry to read it in full.
        </Text>
      )}
    </aside>
  );
}
