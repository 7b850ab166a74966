import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { EcmErrorInfo } from '../../../../shared/errors';
import type { FieldActionResult } from '../../../../shared/plugin/contract';
import type { FieldAction, SettingField } from '../../../../shared/plugin/settings-schema';
import { call, errorInfo } from '../../api/ecm-client';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';
import { draftPayload } from '../../stores/settings-draft/draft-fields';
import { ErrorBar } from '../ErrorBar';

const useStyles = makeStyles({
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '10em',
    overflowY: 'auto',
  },
  details: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  summary: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * A plugin's action beside its field (e.g. "Fetch host key"). The proposed value is shown with
 * what to compare; it fills the field only when the admin confirms.
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
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [proposal, setProposal] = useState<FieldActionResult | null>(null);
  const [error, setError] = useState<EcmErrorInfo | null>(null);
  const run = async () => {
    const { plugin, values } = useSettingsDraftStore.getState();
    if (!plugin) return;
    setBusy(true);
    setError(null);
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
      {error ? <ErrorBar error={error} /> : null}
      <Dialog open={proposal !== null} onOpenChange={(_e, d) => !d.open && setProposal(null)} modalType="alert">
        <DialogSurface aria-describedby="field-action-summary">
          <DialogBody>
            <DialogTitle>Confirm: {action.label}</DialogTitle>
            <DialogContent>
              <Text block>Compare this with the value you expect before using it for {field.label}.</Text>
              <Text
                block
                weight="semibold"
                id="field-action-summary"
                className={styles.summary}
                data-testid="field-action-summary"
              >
                {proposal?.summary}
              </Text>
              {proposal?.details?.length ? (
                <div className={styles.details}>
                  {proposal.details.map((d) => (
                    <span key={d.label} style={{ display: 'contents' }}>
                      <Text weight="semibold">{d.label}</Text>
                      <Text className={styles.summary}>{d.value}</Text>
                    </span>
                  ))}
                </div>
              ) : null}
              <div className={styles.value} data-testid="field-action-value">
                {proposal?.value}
              </div>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  if (proposal) useSettingsDraftStore.getState().setValue(field.key, proposal.value);
                  setProposal(null);
                }}
              >
                Use this value
              </Button>
              <Button onClick={() => setProposal(null)}>Don't use</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
