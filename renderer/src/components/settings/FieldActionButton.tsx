import { Button, Spinner, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { EcmErrorInfo } from '../../../../shared/errors';
import type { FieldActionResult } from '../../../../shared/plugin/contract';
import type { FieldAction, SettingField } from '../../../../shared/plugin/settings-schema';
import { call, errorInfo } from '../../api/ecm-client';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';
import { draftPayload } from '../../stores/settings-draft/draft-fields';
import { ErrorBar } from '../ErrorBar';
import { fieldActionConfirmPart, LazyFieldActionConfirm } from '../lazy/lazy-parts';
import { applyFetched, pinnedLines, type UseChoice } from './pinned-lines';

/**
 * A plugin's action beside its field (e.g. "Fetch host key"). The proposed value is shown with
 * what to compare; it fills the field only when the admin confirms, replacing or adding to the
 * lines already there, and a line beside the button says which.
 */
export function FieldActionButton({
  pluginId,
  field,
  action,
}: {
  pluginId: string;
  field: SettingField;
  action: FieldAction;
}) {
  const [busy, setBusy] = useState(false);
  const [proposal, setProposal] = useState<FieldActionResult | null>(null);
  const [error, setError] = useState<EcmErrorInfo | null>(null);
  const [said, setSaid] = useState('');
  const current = useSettingsDraftStore((s) => s.values[field.key]);
  // The confirmation (host key fingerprint) is fetched when first needed (lazy-parts.ts).
  const confirmReady = fieldActionConfirmPart.useReady(proposal !== null);
  const close = (choice: UseChoice | null) => {
    if (proposal && choice) {
      const next = applyFetched(current, proposal.value, choice);
      useSettingsDraftStore.getState().setValue(field.key, next.value);
      setSaid(next.said);
    }
    setProposal(null);
  };
  const run = async () => {
    const { plugin, values } = useSettingsDraftStore.getState();
    if (!plugin) return;
    setBusy(true);
    setError(null);
    setSaid('');
    try {
      setProposal(
        await call('runFieldAction', {
          pluginId,
          fieldKey: field.key,
          actionId: action.id,
          values: draftPayload(plugin, values),
        }),
      );
    } catch (err) {
      setError(errorInfo(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        onClick={() => void run()}
        disabled={busy}
        title={action.description}
        icon={busy ? <Spinner size="extra-tiny" /> : undefined}
      >
        {action.label}
      </Button>
      <Text size={200} role="status" data-testid="field-action-said">
        {said}
      </Text>
      {error ? <ErrorBar error={error} /> : null}
      {confirmReady ? (
        <LazyFieldActionConfirm
          field={field}
          action={action}
          proposal={proposal}
          pinned={pinnedLines(current).length}
          onClose={close}
        />
      ) : null}
    </>
  );
}
