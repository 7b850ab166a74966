import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import type { LogLevelName } from '../../../shared/ipc/responses';
import { useLogStore } from '../stores/log-store';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
  path: { color: tokens.colorNeutralForeground3, flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  lines: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowY: 'auto', padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`, margin: 0 },
  line: { whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
  debug: { color: tokens.colorNeutralForeground3 },
  info: { color: tokens.colorNeutralForeground1 },
  warn: { color: tokens.colorPaletteMarigoldForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The newest lines of Configurator.log (the full log viewer is built in its own issue). */
export function LogPanel() {
  const styles = useStyles();
  const { path, lines, error, refresh } = useLogStore();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const levelClass: Record<LogLevelName, string> = { debug: styles.debug, info: styles.info, warn: styles.warn, error: styles.error };
  return (
    <section className={styles.panel} aria-labelledby="log-title" data-testid="log-panel">
      <div className={styles.header}>
        <Subtitle2 as="h2" id="log-title">
          Configurator.log
        </Subtitle2>
        <Text size={200} className={styles.path} title={path ?? ''}>
          {path}
        </Text>
        <Button size="small" icon={<ArrowClockwiseRegular />} onClick={() => void refresh()}>
          Refresh
        </Button>
      </div>
      {error ? <ErrorBar error={error} /> : null}
      <pre className={styles.lines} data-testid="log-lines">
        {lines.length === 0 ? <Text size={200}>The log is empty.</Text> : null}
        {lines.map((l) => (
          <div key={l.offset} className={`${styles.line} ${levelClass[l.level]}`}>
            {l.time} {l.level.toUpperCase().padEnd(5)} [{l.scope}] {l.message}
          </div>
        ))}
      </pre>
    </section>
  );
}
