import { Button, makeStyles, Subtitle2, Text, tokens, Tooltip } from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { activePlugin, usePluginsStore } from '../stores/plugins-store';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, overflowY: 'auto' },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** Where the active plugin's settings form lives (behind the gear icon; built in its own issue). */
export function SettingsArea() {
  const styles = useStyles();
  const plugin = usePluginsStore(activePlugin);
  return (
    <main className={styles.area} aria-labelledby="settings-title" data-testid="settings-area">
      <div className={styles.header}>
        <Subtitle2 as="h2" id="settings-title">
          {plugin ? `${plugin.displayName} settings` : 'Settings'}
        </Subtitle2>
        <Tooltip content="Plugin settings" relationship="label">
          <Button icon={<SettingsRegular />} appearance="subtle" disabled={!plugin} />
        </Tooltip>
      </div>
      <Text className={styles.hint}>
        {plugin
          ? `${plugin.settings.length} settings. The settings form, Test Settings and Clear Token Cache open from here.`
          : 'Choose a plugin on the left to configure it.'}
      </Text>
    </main>
  );
}
