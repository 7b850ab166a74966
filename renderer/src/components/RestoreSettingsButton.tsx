import { Button } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { EcmErrorInfo } from '../../../shared/errors';
import { call, errorInfo } from '../api/ecm-client';
import { usePluginsStore } from '../stores/plugins-store';

/**
 * Shown when the settings file is damaged and a last good copy exists: puts that copy back (the
 * damaged file is kept beside it for support) and reloads. Nothing is replaced without this click.
 */
export function RestoreSettingsButton({ error }: { error: EcmErrorInfo }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (error.code !== 'CONFIG' || !/last good copy/i.test(error.hint ?? '')) return null;
  return (
    <div>
      <Button
        appearance="primary"
        icon={<HistoryRegular />}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          call('restoreSettingsBackup', {})
            .then(() => usePluginsStore.getState().load())
            .catch((err: unknown) => setProblem(errorInfo(err).message))
            .finally(() => setBusy(false));
        }}
      >
        Restore last good copy
      </Button>
      {problem ? <div role="alert">{problem}</div> : null}
    </div>
  );
}
