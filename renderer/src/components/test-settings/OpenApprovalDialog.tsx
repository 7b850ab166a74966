import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';

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
    <Dialog open={url !== null} onOpenChange={(_e, d) => !d.open && onCancel()} modalType="alert">
      <DialogSurface aria-describedby="open-approval-url" data-testid="open-approval-dialog">
        <DialogBody>
          <DialogTitle>Open the approval page in your browser?</DialogTitle>
          <DialogContent>
            <Text>Your default browser will open this address:</Text>
            <Text id="open-approval-url" className={styles.url} data-testid="open-approval-url">
              {url}
            </Text>
          </DialogContent>
          <DialogActions>
            {/* First, so the dialog's initial focus (its first focusable element) is the safe answer. */}
            <Button onClick={onCancel} data-testid="open-approval-cancel">
              Cancel
            </Button>
            <Button appearance="primary" onClick={() => url && onOpen(url)} data-testid="open-approval-confirm">
              Open in browser
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
