import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { EcmErrorInfo } from '../../../shared/errors';

const useStyles = makeStyles({
  // In the settings area's scrolling column a long hint must push the form down, not be squeezed under it.
  bar: { flexShrink: 0 },
  // URLs and paths in messages have no spaces: let them break instead of overflowing the bar.
  body: { overflowWrap: 'anywhere', minWidth: 0 },
});

/** An error as the admin sees it: code, message, the server's own words and what to do. */
export function ErrorBar({ error }: { error: EcmErrorInfo }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" className={styles.bar} data-testid="error-bar" data-code={error.code}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{error.code}</MessageBarTitle>
        {error.message}
        {error.serverText ? <div>Server said: {error.serverText}</div> : null}
        {error.hint ? <div>{error.hint}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
