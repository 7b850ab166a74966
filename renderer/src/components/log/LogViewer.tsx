import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { useLogStore } from '../../stores/log/log-store';
import { ErrorBar } from '../ErrorBar';
import { useLogDetailsStore } from '../../stores/log/log-details';
import { LogDetails } from './LogDetails';
import { LogGrid } from './LogGrid';
import { LogToolbar } from './LogToolbar';
import { useLogPolling } from './use-log-polling';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  notice: { flex: '0 0 auto' },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  path: { fontFamily: tokens.fontFamilyMonospace, userSelect: 'all' },
});

/** The log viewer for Configurator.log: toolbar, notices and the virtualized list. */
export function LogViewer() {
  const styles = useStyles();
  const error = useLogStore((s) => s.error);
  const folderNotice = useLogStore((s) => s.folderNotice);
  const detailsOpen = useLogDetailsStore((s) => s.open);
  useEffect(() => {
    void useLogStore.getState().refresh();
  }, []);
  useLogPolling();
  return (
    <section className={styles.panel} aria-labelledby="log-title" data-testid="log-panel">
      <LogToolbar />
      {error ? (
        <div className={styles.notice}>
          <ErrorBar error={error} />
        </div>
      ) : null}
      {folderNotice ? (
        <MessageBar intent="info" className={styles.notice} data-testid="log-folder-notice">
          <MessageBarBody>
            The log folder could not be opened here. It is <span className={styles.path}>{folderNotice}</span>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label="Dismiss"
                icon={<DismissRegular />}
                onClick={() => useLogStore.getState().dismissFolderNotice()}
              />
            }
          />
        </MessageBar>
      ) : null}
      <div className={styles.body}>
        <LogGrid />
        {detailsOpen ? <LogDetails /> : null}
      </div>
    </section>
  );
}
