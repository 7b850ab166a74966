import { makeStyles, mergeClasses, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { EcmErrorInfo } from '../../../../shared/errors';
import type { PluginInfo } from '../../../../shared/plugin/plugin-info';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';
import { ErrorBar } from '../ErrorBar';

const useStyles = makeStyles({
  // Above the form, outside its scrolling: a message is in view however far the form is scrolled,
  // and it pushes the form down as it grows instead of being drawn over it. A pile of long
  // messages scrolls on its own, so the form keeps most of the height.
  region: {
    display: 'flex',
    flexDirection: 'column',
    flexShrink: 0,
    gap: tokens.spacingVerticalS,
    maxHeight: '45%',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
  },
  live: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // Nothing to say: no room taken, but the live regions stay in the page to be announced later.
  idle: { padding: 0 },
  notice: { flexShrink: 0 },
  text: { overflowWrap: 'anywhere', minWidth: 0, whiteSpace: 'pre-line' },
});

/** The first field of the form (in its order) that has a problem, or null. */
export function firstInvalidField(plugin: PluginInfo): string | null {
  const { errors, checkErrors } = useSettingsDraftStore.getState();
  return plugin.settings.find((f) => errors[f.key] ?? checkErrors[f.key])?.key ?? null;
}

/**
 * The settings area's messages: load and Save errors, and the result of the toolbar's actions.
 * Errors sit in a role="alert" region and notices in a role="status" one, both always present so
 * screen readers announce what appears in them. A failed Save brings its error into view and puts
 * the focus on the first invalid field.
 */
export function SettingsMessages({
  plugin,
  notice,
}: {
  plugin: PluginInfo;
  notice: { message: string | null; error: EcmErrorInfo | null };
}) {
  const styles = useStyles();
  const loadError = useSettingsDraftStore((s) => s.loadError);
  const saveError = useSettingsDraftStore((s) => s.saveError);
  const savedMessage = useSettingsDraftStore((s) => s.savedMessage);
  const saveErrorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!saveError) return;
    saveErrorRef.current?.scrollIntoView({ block: 'nearest' });
    const key = firstInvalidField(plugin);
    if (key) document.getElementById(`setting-${key}`)?.focus();
  }, [saveError, plugin]);
  const message = notice.message ?? savedMessage;
  const any = Boolean(loadError ?? saveError ?? notice.error ?? message);
  return (
    <div className={mergeClasses(styles.region, !any && styles.idle)} data-testid="settings-messages">
      <div className={styles.live} role="alert">
        {loadError ? <ErrorBar error={loadError} /> : null}
        {saveError ? (
          <div ref={saveErrorRef} data-testid="save-error">
            <ErrorBar error={saveError} />
          </div>
        ) : null}
        {notice.error ? <ErrorBar error={notice.error} /> : null}
      </div>
      <div className={styles.live} role="status">
        {message ? (
          <MessageBar intent="success" layout="multiline" className={styles.notice} data-testid="notice">
            <MessageBarBody className={styles.text}>{message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </div>
  );
}
