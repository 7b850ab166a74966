import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { usePluginsStore } from '../stores/plugins-store';
import { useSettingsDraftStore } from '../stores/settings-draft-store';
import { isDirty } from '../stores/settings-draft/draft-fields';
import { LogPanel } from './LogPanel';
import { PluginPicker } from './PluginPicker';
import { PluginTrustDialog } from './PluginTrustDialog';
import { SettingsArea } from './SettingsArea';
import { TitleBar } from './TitleBar';

const useStyles = makeStyles({
  frame: {
    display: 'grid',
    gridTemplateRows: '48px minmax(0, 1fr) minmax(160px, 30%)',
    gridTemplateColumns: '340px minmax(0, 1fr)',
    gridTemplateAreas: '"title title" "plugins settings" "log log"',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  title: { gridArea: 'title' },
  plugins: {
    gridArea: 'plugins',
    display: 'flex',
    minHeight: 0,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  settings: {
    gridArea: 'settings',
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  log: { gridArea: 'log', display: 'flex', flexDirection: 'column', minHeight: 0 },
});

/** The application frame: title bar, plugin picker, settings area and log panel. */
export function AppFrame() {
  const styles = useStyles();
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
  return (
    <div className={styles.frame}>
      <div className={styles.title}>
        <TitleBar />
      </div>
      <div className={styles.plugins}>
        <PluginPicker />
      </div>
      <div className={styles.settings}>
        <SettingsArea />
      </div>
      <div className={styles.log}>
        <LogPanel />
      </div>
      <PluginTrustDialog />
    </div>
  );
}
