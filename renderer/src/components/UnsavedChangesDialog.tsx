import { Button, makeStyles, Text } from '@fluentui/react-components';
import { ConfirmDialog } from './dialog/ConfirmDialog';

// Each label on one line: "Keep editing" broken in two reads like two buttons.
const useStyles = makeStyles({ action: { whiteSpace: 'nowrap', flexShrink: 0 } });

/**
 * Asks before unsaved settings would be thrown away (showing another plugin's settings). Save
 * saves and then carries on; Keep editing is the default (first, focused on opening, and what Escape does),
 * so a stray Enter never loses or writes anything.
 */
export function UnsavedChangesDialog({
  open,
  pluginName,
  onSave,
  onDiscard,
  onKeep,
}: {
  open: boolean;
  pluginName: string;
  onSave(): void;
  onDiscard(): void;
  onKeep(): void;
}) {
  const styles = useStyles();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => !next && onKeep()}
      title={`Save changes to ${pluginName}?`}
      contentId="unsaved-changes-text"
      actions={
        <>
          <Button className={styles.action} appearance="primary" onClick={onKeep} data-testid="unsaved-keep">
            Keep editing
          </Button>
          <Button className={styles.action} onClick={onSave} data-testid="unsaved-save">
            Save
          </Button>
          <Button className={styles.action} onClick={onDiscard} data-testid="unsaved-discard">
            Discard changes
          </Button>
        </>
      }
    >
      <Text>
        The settings of {pluginName} have changes that are not saved. Save them before showing another plugin, or
        discard them.
      </Text>
    </ConfirmDialog>
  );
}
