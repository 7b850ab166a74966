import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Text,
} from '@fluentui/react-components';
import { KeyResetRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { EcmErrorInfo } from '../../../shared/errors';
import { call, errorInfo } from '../api/ecm-client';
import { useLogStore } from '../stores/log/log-store';

/** Clear Token Cache: asks first, then says how many cached tokens were removed. */
/** Acts on the plugin shown in the settings area, named in the question, whether or not it is the active one. */
export function ClearTokenCacheButton({
  pluginId,
  pluginName,
  onDone,
}: {
  pluginId: string;
  pluginName: string;
  onDone(message: string | null, error: EcmErrorInfo | null): void;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const clear = async () => {
    setBusy(true);
    try {
      const { removed } = await call('clearTokenCache', { pluginId });
      onDone(`Token cache cleared: ${removed} cached token${removed === 1 ? '' : 's'} removed.`, null);
      void useLogStore.getState().refresh?.();
    } catch (err) {
      onDone(null, errorInfo(err));
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <Dialog open={open} onOpenChange={(_e, d) => setOpen(d.open)} modalType="alert">
      <DialogTrigger disableButtonEnhancement>
        <Button icon={<KeyResetRegular />}>Clear Token Cache</Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Clear the token cache?</DialogTitle>
          <DialogContent>
            <Text>
              Every cached authentication token of {pluginName} is removed. The next request authenticates again;
              nothing else changes.
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void clear()} disabled={busy}>
              Clear tokens
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>Cancel</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
