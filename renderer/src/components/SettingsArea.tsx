import {
  Badge,
  Button,
  makeStyles,
  Spinner,
  Subtitle2,
  Text,
  tokens,
  Tooltip,
  useTooltipVisibility,
} from '@fluentui/react-components';
import { PlugDisconnectedRegular, SettingsRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import type { EcmErrorInfo } from '../../../shared/errors';
import { formatDateTime } from '../format/date-time';
import { activePlugin, shownPlugin, usePluginsStore } from '../stores/plugins-store';
import { useSettingsDraftStore } from '../stores/settings-draft-store';
import { isDirty } from '../stores/settings-draft/draft-fields';
import { SettingsForm } from './settings/SettingsForm';
import { SettingsMessages } from './settings/SettingsMessages';
import { SettingsToolbar } from './settings/SettingsToolbar';
import { useSaveShortcut } from './settings/save-shortcut';
import { LazyTestSettingsDialog } from './test-settings/LazyTestSettingsDialog';

const useStyles = makeStyles({
  area: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
  },
  // A heading's default margins would make the header row taller than its 32 px gear.
  title: { margin: 0 },
  toolbarRow: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  toolbar: { flex: '1 1 0', minWidth: 0 },
  body: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
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
  grow: { flexGrow: 1 },
});

/**
 * The settings of the plugin shown in the picker (active or not) behind the gear icon, with Save,
 * Test Settings and Clear Token Cache, which all act on that shown plugin.
 */
export function SettingsArea() {
  const styles = useStyles();
  const plugin = usePluginsStore(shownPlugin);
  const active = usePluginsStore(activePlugin);
  const draft = useSettingsDraftStore();
  const dirty = isDirty(draft);
  // A tooltip belongs beside its control: scrolling the form closes it rather than leave it floating.
  const tooltips = useTooltipVisibility();
  const [editing, setEditing] = useState(false);
  // Another plugin starts closed behind its gear. Reset while rendering, not in an effect, so the
  // first frame showing another plugin already has it closed: a press of the gear right after a
  // switch then opens the new plugin's form (React's "adjust state when a prop changes").
  const [shownId, setShownId] = useState(plugin?.id);
  const [notice, setNotice] = useState<{ message: string | null; error: EcmErrorInfo | null }>({
    message: null,
    error: null,
  });
  if (plugin?.id !== shownId) {
    setShownId(plugin?.id);
    setEditing(false);
    setNotice({ message: null, error: null }); // a notice belongs to the plugin it was about
  }

  useEffect(() => {
    if (plugin) void useSettingsDraftStore.getState().load(plugin);
  }, [plugin]);

  const formOpen = editing && draft.plugin?.id === plugin?.id && draft.status === 'ready';
  const saveNow = useCallback(() => {
    setNotice({ message: null, error: null });
    void useSettingsDraftStore.getState().save();
  }, []);
  useSaveShortcut(formOpen && dirty, saveNow);

  if (!plugin) {
    return (
      <main className={styles.area} aria-labelledby="settings-title" data-testid="settings-area">
        <div className={styles.header}>
          <Subtitle2 as="h2" id="settings-title" className={styles.title}>
            Settings
          </Subtitle2>
        </div>
        <div className={styles.empty}>
          <PlugDisconnectedRegular className={styles.icon} aria-hidden />
          <Text weight="semibold">{active ? 'No plugin is shown' : 'No plugin is active'}</Text>
          <Text size={200}>
            Choose a plugin from the list on the left to see its settings; &quot;Use this plugin&quot; makes it the one
            this gateway uses.
          </Text>
        </div>
      </main>
    );
  }

  return (
    <main className={styles.area} aria-labelledby="settings-title" data-testid="settings-area">
      <div className={styles.header}>
        <Subtitle2 as="h2" id="settings-title" className={styles.title}>
          {plugin.displayName} settings
        </Subtitle2>
        {plugin.id === active?.id ? (
          <Badge appearance="tint" color="success" data-testid="shown-is-active">
            Active
          </Badge>
        ) : (
          <Badge appearance="tint" color="informative" data-testid="shown-is-active">
            Not active
          </Badge>
        )}
        <Tooltip content={editing ? 'Hide the settings' : 'Configure the plugin settings'} relationship="label">
          <Button
            icon={<SettingsRegular />}
            appearance={editing ? 'primary' : 'subtle'}
            aria-pressed={editing}
            onClick={() => setEditing(!editing)}
            data-testid="gear"
          />
        </Tooltip>
        {dirty ? (
          <Badge appearance="filled" color="warning" data-testid="unsaved">
            Unsaved changes
          </Badge>
        ) : null}
        <span className={styles.grow} />
        {draft.saved?.savedAt ? (
          <Text size={200} data-testid="last-saved">
            Last saved {formatDateTime(draft.saved.savedAt)}
          </Text>
        ) : (
          <Text size={200}>Not saved yet</Text>
        )}
      </div>
      <div className={styles.toolbarRow}>
        <div className={styles.toolbar}>
          <SettingsToolbar
            plugin={plugin}
            onSave={saveNow}
            onNotice={(message, error) => setNotice({ message, error })}
            onImported={() => setEditing(true)}
          />
        </div>
        {draft.status === 'saving' || draft.status === 'loading' ? <Spinner size="tiny" /> : null}
      </div>
      <SettingsMessages plugin={plugin} notice={notice} />
      <div className={styles.body} onScroll={() => tooltips.visibleTooltip?.hide()} data-testid="settings-body">
        {editing && draft.status !== 'loading' && draft.plugin?.id === plugin.id ? (
          <SettingsForm plugin={plugin} />
        ) : (
          <div className={styles.empty}>
            <SettingsRegular className={styles.icon} aria-hidden />
            <Text weight="semibold">
              {plugin.id === active?.id
                ? `${plugin.displayName} ${plugin.version} is the active plugin`
                : `${plugin.displayName} ${plugin.version} is not the active plugin`}
            </Text>
            <Text size={200}>{plugin.description}</Text>
            <Button appearance="primary" icon={<SettingsRegular />} onClick={() => setEditing(true)}>
              Configure {plugin.settings.length} settings
            </Button>
          </div>
        )}
      </div>
      <LazyTestSettingsDialog pluginName={plugin.displayName} />
    </main>
  );
}
