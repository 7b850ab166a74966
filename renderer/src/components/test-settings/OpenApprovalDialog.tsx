import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ConfirmDialog } from '../dialog/ConfirmDialog';

const useStyles = makeStyles({
  url: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    overflowWrap: 'anywhere',
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    marginTop: tokens.spacingVerticalS,
  },
});

/**
 * Asks before an approval page leaves the app for the system browser, naming the whole address
 * so the admin sees where it goes. Cancel (and Escape) is the default: nothing opens.
 */
export function OpenApprovalDialog({
  url,
  onOpen,
  onCancel,
}: {
  url: string | null;
  onOpen: (url: string) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  return (
    <ConfirmDialog
      open={url !== null}
      onOpenChange={(open) => !open && onCancel()}
      title="Open the approval page in your browser?"
      describedBy="open-approval-url"
      surfaceTestId="open-approval-dialog"
      actions={
        <>
          <Button onClick={onCancel} data-testid="open-approval-cancel">
            Cancel
          </Button>
          <Button appearance="primary" onClick={() => url && onOpen(url)} data-testid="open-approval-confirm">
            Open in browser
          </Button>
        </>
      }
    >
      <Text>Your default browser will open this address:</Text>
      <Text id="open-approval-url" className={styles.url} data-testid="open-approval-url">
        {url}
      </Text>
    </ConfirmDialog>
  );
}
