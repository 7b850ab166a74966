import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { BackupPreview } from '../../../shared/ipc/responses';
import { call, errorInfo } from '../api/ecm-client';
import { usePluginsStore } from '../stores/plugins-store';
import { BackupPreviewView } from './BackupPreviewView';
import { ConfirmDialog, DialogCancel } from './dialog/ConfirmDialog';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * Shown when the settings file is damaged and a last good copy exists. First shows what the copy
 * would restore and how it differs from the damaged file; only "Restore" replaces anything (the
 * damaged file is kept beside it for support), and only the copy that was shown.
 */
export function RestoreSettingsButton({ error }: { error: EcmErrorInfo }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (error.code !== 'CONFIG' || !/last good copy/i.test(error.hint ?? '')) return null;

  const show = (next: boolean) => {
    setOpen(next);
    if (!next) return;
    setPreview(null);
    setProblem(null);
    call('previewSettingsBackup', {})
      .then(({ preview: p }) => (p ? setPreview(p) : setProblem('There is no last good copy to restore.')))
      .catch((err: unknown) => setProblem(errorInfo(err).message));
  };
  const restore = async (backupId: string) => {
    setBusy(true);
    try {
      await call('restoreSettingsBackup', { backupId });
      setOpen(false);
      await usePluginsStore.getState().load();
    } catch (err) {
      setProblem(errorInfo(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={show}
      trigger={
        <Button appearance="primary" icon={<HistoryRegular />}>
          Restore last good copy…
        </Button>
      }
      title="Restore the last good copy?"
      describedBy="restore-preview"
      contentId="restore-preview"
      contentClassName={styles.content}
      contentTestId="restore-preview"
      actions={
        <>
          <DialogCancel />
          <Button
            appearance="primary"
            disabled={!preview || busy}
            onClick={() => preview && void restore(preview.backupId)}
            data-testid="restore-confirm"
          >
            Restore
          </Button>
        </>
      }
    >
      {preview ? (
        <BackupPreviewView preview={preview} />
      ) : problem ? null : (
        <Spinner size="small" label="Reading the last good copy…" />
      )}
      {preview ? (
        <Text>
          Restoring replaces the current settings.json with this copy; the current file is kept beside it for support.
        </Text>
      ) : null}
      {problem ? (
        <Text role="alert" weight="semibold">
          {problem}
        </Text>
      ) : null}
    </ConfirmDialog>
  );
}
