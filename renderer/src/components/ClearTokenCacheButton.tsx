import { Button, Text } from '@fluentui/react-components';
import { KeyResetRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { EcmErrorInfo } from '../../../shared/errors';
import { cacheClearedMessage } from '../../../shared/plugin/cache-cleared';
import type { PluginCacheKind } from '../../../shared/plugin/contract';
import { call, errorInfo } from '../api/ecm-client';
import { useLogStore } from '../stores/log/log-store';
import { ConfirmDialog, DialogCancel } from './dialog/ConfirmDialog';

const QUESTION: Record<Exclude<PluginCacheKind, 'nothing'>, { title: string; text: string; confirm: string }> = {
  tokens: {
    title: 'Clear the token cache?',
    text: 'Every cached authentication token of {name} is removed. The next request authenticates again; nothing else changes.',
    confirm: 'Clear tokens',
  },
  'ssh-connections': {
    title: 'Close the SSH connections?',
    text: '{name} caches no tokens: its pooled SSH connections are closed. The next request reconnects; nothing else changes.',
    confirm: 'Close connections',
  },
};

/**
 * Clear Token Cache: asks first, then says what was dropped (tokens removed, or SSH connections
 * closed for TPAM). Acts on the plugin shown in the settings area, named in the question, whether
 * or not it is the active one. Not shown for a plugin that declares it caches nothing.
 */
export function ClearTokenCacheButton({
  pluginId,
  pluginName,
  caches,
  onDone,
}: {
  pluginId: string;
  pluginName: string;
  caches: PluginCacheKind;
  onDone(message: string | null, error: EcmErrorInfo | null): void;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const clear = async () => {
    setBusy(true);
    try {
      const { cleared } = await call('clearTokenCache', { pluginId });
      onDone(cleared.map(cacheClearedMessage).join(' ') || `${pluginName} had nothing cached.`, null);
      void useLogStore.getState().refresh?.();
    } catch (err) {
      onDone(null, errorInfo(err));
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  if (caches === 'nothing') return null;
  const question = QUESTION[caches];
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={setOpen}
      trigger={<Button icon={<KeyResetRegular />}>Clear Token Cache</Button>}
      title={question.title}
      contentId="clear-token-cache-text"
      actions={
        <>
          <Button appearance="primary" onClick={() => void clear()} disabled={busy}>
            {question.confirm}
          </Button>
          <DialogCancel />
        </>
      }
    >
      <Text>{question.text.replace('{name}', pluginName)}</Text>
    </ConfirmDialog>
  );
}
