import { Badge, makeStyles, Radio, RadioGroup, Spinner, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { activePlugin, usePluginsStore } from '../stores/plugins-store';
import { isDirty, useSettingsDraftStore } from '../stores/settings-draft-store';
import { ErrorBar } from './ErrorBar';
import { RestoreSettingsButton } from './RestoreSettingsButton';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', flexGrow: 1, gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, overflowY: 'auto' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  option: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  label: { display: 'flex', flexDirection: 'column', gap: '2px' },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** "Choose Plugin": every plugin the registry knows; choosing one makes it active (saved). */
export function PluginPicker() {
  const styles = useStyles();
  const { plugins, activeId, status, error, choose } = usePluginsStore();
  const current = usePluginsStore(activePlugin);
  const [pending, setPending] = useState<string | null>(null);
  const pick = (pluginId: string) => {
    if (pluginId === activeId) return;
    if (isDirty(useSettingsDraftStore.getState())) setPending(pluginId);
    else void choose(pluginId);
  };
  return (
    <nav className={styles.pane} aria-labelledby="choose-plugin-title">
      <Subtitle2 as="h2" id="choose-plugin-title">
        Choose Plugin
      </Subtitle2>
      {status === 'loading' ? <Spinner size="small" label="Loading plugins…" /> : null}
      {error ? <ErrorBar error={error} /> : null}
      {error ? <RestoreSettingsButton error={error} /> : null}
      {status === 'ready' && plugins.length === 0 ? (
        <Text className={styles.empty} data-testid="no-plugins">
          No plugins are installed. The Secret Server and TPAM plugins ship with the app; a third-party plugin is
          added as described in docs/PLUGINS.md.
        </Text>
      ) : null}
      {plugins.length > 0 ? (
        <RadioGroup
          className={styles.group}
          value={activeId ?? ''}
          onChange={(_e, data) => pick(data.value)}
          aria-labelledby="choose-plugin-title"
          data-testid="plugin-picker"
        >
          {plugins.map((p) => (
            <div key={p.id} className={`${styles.option} ${p.id === activeId ? styles.selected : ''}`}>
              <Radio
                value={p.id}
                data-testid={`plugin-${p.id}`}
                label={
                  <span className={styles.label}>
                    <span className={styles.name}>
                      <Text weight="semibold">{p.displayName}</Text>
                      <Badge appearance="outline" size="small">
                        {p.version}
                      </Badge>
                    </span>
                    <Text size={200}>{p.description}</Text>
                  </span>
                }
              />
            </div>
          ))}
        </RadioGroup>
      ) : null}
      <UnsavedChangesDialog
        open={pending !== null}
        pluginName={current?.displayName ?? 'this plugin'}
        onKeep={() => setPending(null)}
        onDiscard={() => {
          const next = pending;
          setPending(null);
          if (next) void choose(next);
        }}
      />
    </nav>
  );
}
