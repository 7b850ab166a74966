import { Badge, makeStyles, Radio, RadioGroup, Spinner, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { useState } from 'react';
import { shownPlugin, usePluginsStore } from '../stores/plugins-store';
import { useSettingsDraftStore } from '../stores/settings-draft-store';
import { isDirty } from '../stores/settings-draft/draft-fields';
import { ErrorBar } from './ErrorBar';
import { RestoreSettingsButton } from './RestoreSettingsButton';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';
import { UsePluginButton } from './UsePluginButton';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  // The list scrolls; the "Use this plugin" footer below it stays in view on a short window.
  scroll: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minHeight: 0,
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
  },
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
  use: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    flexShrink: 0,
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * "Choose Plugin": every plugin the registry knows. Browsing (click, arrow keys) only chooses
 * which plugin's settings are shown; "Use this plugin" below, after a confirmation, makes the
 * shown plugin the active one. The active plugin carries an "Active" badge.
 */
export function PluginPicker() {
  const styles = useStyles();
  const { plugins, activeId, selectedId, status, error, select } = usePluginsStore();
  const current = usePluginsStore(shownPlugin);
  const [pending, setPending] = useState<string | null>(null);
  const pick = (pluginId: string) => {
    if (pluginId === selectedId) return;
    if (isDirty(useSettingsDraftStore.getState())) setPending(pluginId);
    else select(pluginId);
  };
  return (
    <nav className={styles.pane} aria-labelledby="choose-plugin-title">
      <div className={styles.scroll}>
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
            value={selectedId ?? ''}
            onChange={(_e, data) => pick(data.value)}
            aria-labelledby="choose-plugin-title"
            data-testid="plugin-picker"
          >
            {plugins.map((p) => (
              <div key={p.id} className={`${styles.option} ${p.id === selectedId ? styles.selected : ''}`}>
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
                        {p.id === activeId ? (
                          <Badge
                            appearance="filled"
                            color="success"
                            size="small"
                            icon={<CheckmarkCircleFilled />}
                            data-testid="active-badge"
                          >
                            Active
                          </Badge>
                        ) : null}
                      </span>
                      <Text size={200}>{p.description}</Text>
                    </span>
                  }
                />
              </div>
            ))}
          </RadioGroup>
        ) : null}
      </div>
      {plugins.length > 0 ? (
        <div className={styles.use}>
          <UsePluginButton />
        </div>
      ) : null}
      <UnsavedChangesDialog
        open={pending !== null}
        pluginName={current?.displayName ?? 'this plugin'}
        onKeep={() => setPending(null)}
        onSave={() => {
          const next = pending;
          setPending(null);
          // A refused save (a field is invalid) keeps this plugin shown, its error on the form.
          void useSettingsDraftStore
            .getState()
            .save()
            .then((saved) => {
              if (saved && next) select(next);
            });
        }}
        onDiscard={() => {
          const next = pending;
          setPending(null);
          if (next) select(next);
        }}
      />
    </nav>
  );
}
