import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PlugConnectedRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { activePlugin, shownPlugin, usePluginsStore } from '../stores/plugins-store';
import { useSettingsDraftStore } from '../stores/settings-draft-store';
import { isDirty } from '../stores/settings-draft/draft-fields';
import { ConfirmDialog, DialogCancel } from './dialog/ConfirmDialog';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  status: { color: tokens.colorNeutralForeground2 },
  confirm: { whiteSpace: 'nowrap' },
});

/**
 * "Use this plugin": the one way to change the plugin the gateway uses. Browsing the picker only
 * shows another plugin's settings; this asks first, naming the current and the new plugin, with
 * Cancel first so that Enter on the opened dialog changes nothing.
 */
export function UsePluginButton() {
  const styles = useStyles();
  const shown = usePluginsStore(shownPlugin);
  const current = usePluginsStore(activePlugin);
  const activate = usePluginsStore((s) => s.activate);
  const draft = useSettingsDraftStore();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!shown) return null;
  const isActive = shown.id === current?.id;
  const unsaved = draft.plugin?.id === shown.id && draft.saved !== null && draft.saved.savedAt === null;
  const confirm = async () => {
    setBusy(true);
    await activate(shown.id);
    setBusy(false);
    setOpen(false);
  };
  return (
    <>
      <Text size={200} className={styles.status} data-testid="use-plugin-status">
        {isActive
          ? `${shown.displayName} is the active plugin.`
          : `Showing ${shown.displayName}; the gateway uses ${current?.displayName ?? 'no plugin yet'}.`}
      </Text>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        trigger={
          // Stays focusable when there is nothing to do, so focus can come back to it after the dialog.
          <Button
            appearance="primary"
            icon={<PlugConnectedRegular />}
            disabledFocusable={isActive}
            data-testid="use-plugin"
          >
            Use this plugin
          </Button>
        }
        title="Change the active plugin?"
        describedBy="use-plugin-text"
        contentId="use-plugin-text"
        contentClassName={styles.content}
        contentTestId="use-plugin-dialog"
        actions={
          <>
            <DialogCancel />
            <Button
              appearance="primary"
              className={styles.confirm}
              disabledFocusable={busy}
              onClick={() => void confirm()}
              data-testid="use-plugin-confirm"
            >
              Use {shown.displayName}
            </Button>
          </>
        }
      >
        <Text>
          Current active plugin: <strong>{current ? `${current.displayName} ${current.version}` : 'none'}</strong>
        </Text>
        <Text>
          New active plugin: <strong>{`${shown.displayName} ${shown.version}`}</strong>
        </Text>
        <Text>The gateway uses the new plugin with its saved settings from its next request on.</Text>
        {unsaved ? (
          <Text weight="semibold">
            {shown.displayName} has no saved settings yet: it cannot serve requests until they are saved.
          </Text>
        ) : null}
        {isDirty(draft) && draft.plugin?.id === shown.id ? (
          <Text>The unsaved changes in the form are not part of this; save them to use them.</Text>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
