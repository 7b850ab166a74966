import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';

/** Asks before unsaved settings would be thrown away (showing another plugin's settings). */
export function UnsavedChangesDialog({
  open,
  pluginName,
  onDiscard,
  onKeep,
}: {
  open: boolean;
  pluginName: string;
  onDiscard(): void;
  onKeep(): void;
}) {
  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onKeep()} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Discard unsaved changes?</DialogTitle>
          <DialogContent>
            <Text>
              The settings of {pluginName} have changes that are not saved. Showing another plugin discards them.
            </Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeep}>
              Keep editing
            </Button>
            <Button onClick={onDiscard}>Discard changes</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
