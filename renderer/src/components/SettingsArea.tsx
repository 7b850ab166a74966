import { Button, makeStyles, Subtitle2, Text, tokens, Tooltip } from '@fluentui/react-components';
import { PlugDisconnectedRegular, SettingsRegular } from '@fluentui/react-icons';
import { activePlugin, usePluginsStore } from '../stores/plugins-store';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', flexGrow: 1, gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, overflowY: 'auto' },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalS,
    flexGrow: 1,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
  },
  icon: { fontSize: '48px', color: tokens.colorNeutralForeground3 },
});

/** The active plugin's settings: opened with the gear icon. */
export function SettingsArea() {
  const styles = useStyles();
  const plugin = usePluginsStore(activePlugin);
  return (
    <main className={styles.area} aria-labelledby="settings-title" data-testid="settings-area">
      <div className={styles.header}>
        <Subtitle2 as="h2" id="settings-title">
          {plugin ? `${plugin.displayName} settings` : 'Settings'}
        </Subtitle2>
        <Tooltip content={plugin ? `${plugin.displayName} settings` : 'Choose a plugin first'} relationship="label">
          <Button icon={<SettingsRegular />} appearance="subtle" disabled={!plugin} />
        </Tooltip>
      </div>
      <div className={styles.empty}>
        {plugin ? (
          <>
            <SettingsRegular className={styles.icon} aria-hidden />
            <Text weight="semibold">
              {plugin.displayName} {plugin.version} is the active plugin
            </Text>
            <Text size={200}>{plugin.description}</Text>
            <Text size={200}>{plugin.settings.length} settings, behind the gear icon above.</Text>
          </>
        ) : (
          <>
            <PlugDisconnectedRegular className={styles.icon} aria-hidden />
            <Text weight="semibold">No plugin is active</Text>
            <Text size={200}>Choose the credential store this gateway uses from the list on the left.</Text>
          </>
        )}
      </div>
    </main>
  );
}
