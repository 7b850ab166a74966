import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect } from 'react';
import { useLayoutStore } from '../../stores/layout-store';
import { useLogStore } from '../../stores/log/log-store';
import { ErrorBar } from '../ErrorBar';
import { useLogDetailsStore } from '../../stores/log/log-details';
import { LogDetails } from './LogDetails';
import { LogGrid } from './LogGrid';
import { LOG_BODY_ID, LogToolbar } from './LogToolbar';
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
  below: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, '&[hidden]': { display: 'none' } },
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
  // Collapsed, only the toolbar shows (with the button that opens the log again); polling goes on.
  const collapsed = useLayoutStore((s) => s.logCollapsed);
  useEffect(() => {
    void useLogStore.getState().start();
  }, []);
  useLogPolling();
  return (
    <section className={styles.panel} aria-labelledby="log-title" data-testid="log-panel">
      <LogToolbar />
      <div className={styles.below} id={LOG_BODY_ID} hidden={collapsed}>
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
      </div>
    </section>
  );
}
