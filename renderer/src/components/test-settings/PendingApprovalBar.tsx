import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { EcmErrorInfo } from '../../../../shared/errors';
import { writeClipboard } from '../../api/clipboard';
import { call, errorInfo } from '../../api/ecm-client';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';
import { draftPayload } from '../../stores/settings-draft/draft-fields';
import { OpenApprovalDialog } from './OpenApprovalDialog';

const useStyles = makeStyles({
  bar: { flexShrink: 0 },
  body: { overflowWrap: 'anywhere', minWidth: 0, whiteSpace: 'pre-line' },
  code: {
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyMonospace,
    display: 'block',
  },
  link: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  url: { overflowWrap: 'anywhere', textAlign: 'start' },
});

/**
 * A Test Settings run that waits for the user's approval: a warning, not a failure. The approval
 * page is a link that asks first, then has the main process open it in the system browser (which
 * opens only an https page on the Endpoint URL's host), and a Copy button.
 */
export function PendingApprovalBar({ error, pluginId }: { error: EcmErrorInfo; pluginId: string }) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const url = error.approvalUrl;
  const open = async (target: string) => {
    setConfirming(null);
    const { plugin, values } = useSettingsDraftStore.getState();
    // Only the Endpoint URL on screen (what the core checks the page against); never a typed secret.
    const endpointUrl = plugin?.id === pluginId ? draftPayload(plugin, values).endpointUrl : undefined;
    try {
      const answer = await call('openApprovalPage', {
        pluginId,
        url: target,
        ...(typeof endpointUrl === 'string' ? { values: { endpointUrl } } : {}),
      });
      setNotice(
        answer.opened ? 'Opened in your browser.' : 'No browser could be opened here; copy the address instead.',
      );
    } catch (err) {
      setNotice(`Not opened: ${errorInfo(err).message}`);
    }
  };
  const copy = async (target: string) => {
    try {
      await writeClipboard(target);
      setNotice('Address copied.');
    } catch (err) {
      setNotice(`Could not copy to the clipboard: ${errorInfo(err).message}`);
    }
  };
  return (
    <MessageBar
      className={styles.bar}
      intent="warning"
      layout="multiline"
      data-testid="pending-approval"
      data-code={error.code}
    >
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{error.message}</MessageBarTitle>
        <Text size={100} className={styles.code}>
          {error.code}
        </Text>
        {url ? (
          <div className={styles.link}>
            <Text>Approval page:</Text>
            <Link as="button" className={styles.url} onClick={() => setConfirming(url)} data-testid="approval-link">
              {url}
            </Link>
            <Button size="small" icon={<CopyRegular />} onClick={() => void copy(url)} data-testid="approval-copy">
              Copy
            </Button>
          </div>
        ) : error.serverText ? (
          <div>Server said: {error.serverText}</div>
        ) : null}
        {error.hint ? <div>{error.hint}</div> : null}
        {notice ? (
          <div role="status" data-testid="approval-notice">
            {notice}
          </div>
        ) : null}
        <OpenApprovalDialog url={confirming} onOpen={(u) => void open(u)} onCancel={() => setConfirming(null)} />
      </MessageBarBody>
    </MessageBar>
  );
}
