import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { FieldActionResult } from '../../../../shared/plugin/contract';
import type { FieldAction, SettingField } from '../../../../shared/plugin/settings-schema';
import type { UseChoice } from './pinned-lines';
import { ConfirmDialog } from '../dialog/ConfirmDialog';

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
  mono: { fontFamily: tokens.fontFamilyMonospace },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // One line per button: a label broken over three lines reads as unfinished.
  button: { whiteSpace: 'nowrap', flexShrink: 0 },
});

/**
 * Asks before a fetched value is used. "Don't use" comes first and is the default (it has focus,
 * so Enter changes nothing); with lines already pinned the admin chooses Replace or Add.
 */
export function FieldActionConfirm({
  field,
  action,
  proposal,
  pinned,
  onClose,
}: {
  field: SettingField;
  action: FieldAction;
  proposal: FieldActionResult | null;
  pinned: number;
  onClose(choice: UseChoice | null): void;
}) {
  const styles = useStyles();
  return (
    <ConfirmDialog
      open={proposal !== null}
      onOpenChange={(open) => !open && onClose(null)}
      title={`Confirm: ${action.label}`}
      describedBy="field-action-summary"
      contentClassName={styles.body}
      actions={
        <>
          <Button appearance="primary" className={styles.button} onClick={() => onClose(null)}>
            Don't use
          </Button>
          {pinned === 0 ? (
            <Button className={styles.button} onClick={() => onClose('replace')}>
              Use this key
            </Button>
          ) : (
            <>
              <Button className={styles.button} onClick={() => onClose('replace')}>
                Replace pinned lines
              </Button>
              <Button className={styles.button} onClick={() => onClose('add')}>
                Add to pinned lines
              </Button>
            </>
          )}
        </>
      }
    >
      <Text block>Compare this with the value you expect before using it for {field.label}.</Text>
      <Text
        block
        weight="semibold"
        id="field-action-summary"
        className={styles.mono}
        data-testid="field-action-summary"
      >
        {proposal?.summary}
      </Text>
      {proposal?.details?.length ? (
        <div className={styles.details}>
          {proposal.details.map((d) => (
            <span key={d.label} style={{ display: 'contents' }}>
              <Text weight="semibold">{d.label}</Text>
              <Text className={styles.mono}>{d.value}</Text>
            </span>
          ))}
        </div>
      ) : null}
      <div className={styles.value} data-testid="field-action-value">
        {proposal?.value}
      </div>
      <Text block data-testid="field-action-pinned">
        {pinned === 0
          ? `No line is pinned in ${field.label} yet: this key would become the only one.`
          : pinned === 1
            ? '1 line is pinned now. Replace it with this key, or add this key beside it (for example while the server changes its key).'
            : `${pinned} lines are pinned now. Replace them all with this key, or add this key beside them (for example while the server changes its key).`}
      </Text>
    </ConfirmDialog>
  );
}
