import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { EcmErrorInfo } from '../../../shared/errors';

const useStyles = makeStyles({
  // URLs and paths in messages have no spaces: let them break instead of overflowing the bar.
  // A message of several problems has one per line (an ini import names each line of the file).
  body: { overflowWrap: 'anywhere', minWidth: 0, whiteSpace: 'pre-line' },
  // In the scrolling settings column a long message must push the form down, not be squeezed.
  bar: { flexShrink: 0 },
});

/** An error as the admin sees it: code, message, the server's own words and what to do. */
export function ErrorBar({ error }: { error: EcmErrorInfo }) {
  const styles = useStyles();
  return (
    <MessageBar className={styles.bar} intent="error" layout="multiline" data-testid="error-bar" data-code={error.code}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{error.code}</MessageBarTitle>
        {error.message}
        {error.serverText ? <div>Server said: {error.serverText}</div> : null}
        {error.hint ? <div>{error.hint}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
