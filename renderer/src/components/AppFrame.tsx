import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useLayoutStore } from '../stores/layout-store';
import { usePluginsStore } from '../stores/plugins-store';
import { useSettingsDraftStore } from '../stores/settings-draft-store';
import { isDirty } from '../stores/settings-draft/draft-fields';
import { useLogShortcut } from './layout/log-shortcut';
import { SplitHandle } from './layout/SplitHandle';
import { LogPanel } from './LogPanel';
import { PluginPicker } from './PluginPicker';
import { PluginTrustDialog } from './PluginTrustDialog';
import { SettingsArea } from './SettingsArea';
import { TitleBar } from './TitleBar';
import { useSaveAndClose } from './settings/save-and-close';

/** The id of the log's region, which the separator controls. */
export const LOG_REGION_ID = 'log-region';

const useStyles = makeStyles({
  frame: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  title: { flex: '0 0 40px' },
  // Below the title bar: the settings row and the log, split by a separator the admin moves.
  split: { display: 'flex', flexDirection: 'column', flex: '1 1 0', minHeight: 0 },
  top: {
    display: 'grid',
    // The picker narrows on a 1024 px screen, so the settings toolbar keeps most of its buttons.
    gridTemplateColumns: 'clamp(260px, 26vw, 340px) minmax(0, 1fr)',
    flex: '1 1 0',
    minHeight: 0,
  },
  plugins: {
    display: 'flex',
    minHeight: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  settings: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  log: { display: 'flex', flexDirection: 'column', flex: '0 0 auto', minHeight: 0 },
});

/**
 * The application frame: title bar, plugin picker and settings area, and below a separator the
 * log panel, whose height the admin sets (remembered) or collapses to its toolbar (Ctrl+L).
 */
export function AppFrame() {
  const styles = useStyles();
  const splitRef = useRef<HTMLDivElement>(null);
  const logPercent = useLayoutStore((s) => s.logPercent);
  const logCollapsed = useLayoutStore((s) => s.logCollapsed);
  useLogShortcut();
  const load = usePluginsStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    // Closing the window with unsaved settings asks first (Electron shows the question from main).
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!isDirty(useSettingsDraftStore.getState())) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
  // …and its Save answer comes back as the saveAndClose event.
  useSaveAndClose();
  return (
    <div className={styles.frame}>
      <div className={styles.title}>
        <TitleBar />
      </div>
      <div className={styles.split} ref={splitRef}>
        <div className={styles.top}>
          <div className={styles.plugins}>
            <PluginPicker />
          </div>
          <div className={styles.settings}>
            <SettingsArea />
          </div>
        </div>
        <SplitHandle areaRef={splitRef} controls={LOG_REGION_ID} />
        <div
          className={styles.log}
          id={LOG_REGION_ID}
          style={{ height: logCollapsed ? 'auto' : `${logPercent}%` }}
          data-testid="log-region"
        >
          <LogPanel />
        </div>
      </div>
      <PluginTrustDialog />
    </div>
  );
}
