import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from '@fluentui/react-components';
import type { EcmErrorInfo } from '../../../shared/errors';

const useStyles = makeStyles({
  // URLs and paths in messages have no spaces: let them break instead of overflowing the bar.
  // A message of several problems has one per line (an ini import names each line of the file).
  body: { overflowWrap: 'anywhere', minWidth: 0, whiteSpace: 'pre-line' },
  // In the scrolling settings column a long message must push the form down, not be squeezed.
  bar: { flexShrink: 0 },
  // The code is a detail for support and the log: smaller, after the sentence.
  code: {
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    display: 'block',
  },
});

/**
 * An error as the admin sees it: the sentence first (the bar's title, so a screen reader hears it
 * first), its code smaller after it, then the server's own words and what to do.
 */
export function ErrorBar({ error }: { error: EcmErrorInfo }) {
  const styles = useStyles();
  return (
    <MessageBar className={styles.bar} intent="error" layout="multiline" data-testid="error-bar" data-code={error.code}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{error.message}</MessageBarTitle>
        <Text size={100} className={styles.code} data-testid="error-code">
          {error.code}
        </Text>
        {error.serverText ? <div>Server said: {error.serverText}</div> : null}
        {error.hint ? <div>{error.hint}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
