import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { BackupPreview } from '../../../shared/ipc/responses';
import { call, errorInfo } from '../api/ecm-client';
import { usePluginsStore } from '../stores/plugins-store';
import { BackupPreviewView } from './BackupPreviewView';

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
    <Dialog open={open} onOpenChange={(_e, d) => show(d.open)} modalType="alert">
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" icon={<HistoryRegular />}>
          Restore last good copy…
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby="restore-preview">
        <DialogBody>
          <DialogTitle>Restore the last good copy?</DialogTitle>
          <DialogContent className={styles.content} id="restore-preview" data-testid="restore-preview">
            {preview ? (
              <BackupPreviewView preview={preview} />
            ) : problem ? null : (
              <Spinner size="small" label="Reading the last good copy…" />
            )}
            {preview ? (
              <Text>
                Restoring replaces the current settings.json with this copy; the current file is kept beside it for
                support.
              </Text>
            ) : null}
            {problem ? (
              <Text role="alert" weight="semibold">
                {problem}
              </Text>
            ) : null}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
            <Button
              appearance="primary"
              disabled={!preview || busy}
              onClick={() => preview && void restore(preview.backupId)}
              data-testid="restore-confirm"
            >
              Restore
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
