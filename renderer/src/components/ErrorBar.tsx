import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { EcmErrorInfo } from '../../../shared/errors';

/** An error as the admin sees it: code, message, the server's own words and what to do. */
export function ErrorBar({ error }: { error: EcmErrorInfo }) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{error.code}</MessageBarTitle>
        {error.message}
        {error.serverText ? <div>Server said: {error.serverText}</div> : null}
        {error.hint ? <div>{error.hint}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
