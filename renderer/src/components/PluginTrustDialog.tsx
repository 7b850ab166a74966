import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { usePluginTrustStore } from '../stores/plugin-trust-store';
import { ConfirmDialog } from './dialog/ConfirmDialog';
import { ErrorBar } from './ErrorBar';

const useStyles = makeStyles({
  surface: { width: 'min(720px, 94vw)', maxWidth: 'min(720px, 94vw)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  hash: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  changed: { color: tokens.colorPaletteRedForeground1 },
});

/** The plugin shown in the picker, or its first plugin. */
function pickerRadio(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>('[data-testid="plugin-picker"] input:checked') ??
    document.querySelector<HTMLElement>('[data-testid="plugin-picker"] input')
  );
}

/**
 * Asks the admin, before any of its code runs, whether to trust a plugin file found in the plugins
 * folder: file name, folder, size and SHA-256 to compare with what the vendor publishes. The safe
 * answer is the default: "Don't load" has the focus, and Escape means the same.
 */
export function PluginTrustDialog() {
  const styles = useStyles();
  const { folder, waiting, busy, error, load, trust, dontLoad } = usePluginTrustStore();
  useEffect(() => {
    void load();
  }, [load]);
  const plugin = waiting[0];
  // Opened by the app at start, not by a control: afterwards the focus goes to the plugin picker.
  if (!plugin) return null;
  const changed = plugin.trust === 'changed';
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && !busy && dontLoad(plugin.sha256)}
      returnFocusFallback={pickerRadio}
      title={changed ? 'A trusted plugin file has changed' : 'Trust this new plugin?'}
      describedBy="plugin-trust-why"
      surfaceClassName={styles.surface}
      surfaceTestId="plugin-trust-dialog"
      contentClassName={styles.content}
      actions={
        <>
          <Button appearance="primary" autoFocus disabled={busy} onClick={() => dontLoad(plugin.sha256)}>
            Don't load
          </Button>
          <Button disabled={busy} onClick={() => void trust(plugin.sha256)}>
            {changed ? 'Trust this version' : 'Trust'}
          </Button>
        </>
      }
    >
      <Text id="plugin-trust-why">
        {changed
          ? 'This plugin file is not the one you trusted, so it was not loaded. Load it only if you installed this new version yourself.'
          : 'A plugin file was found in the plugins folder. It has not been loaded: none of its code has run.'}{' '}
        A plugin runs inside ECM Configurator with your rights and receives its settings, passwords included. Compare
        the SHA‑256 below with the one published by the plugin's vendor before you trust it.
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>File</dt>
        <dd className={styles.value} data-testid="plugin-trust-file">
          {plugin.file}
        </dd>
        <dt className={styles.term}>Folder</dt>
        <dd className={styles.value}>{folder}</dd>
        <dt className={styles.term}>Size</dt>
        <dd className={styles.value}>{plugin.size.toLocaleString('en-US')} bytes</dd>
        <dt className={styles.term}>SHA-256</dt>
        <dd className={`${styles.value} ${styles.hash}`} data-testid="plugin-trust-sha256">
          {plugin.sha256}
        </dd>
        {changed ? (
          <>
            <dt className={`${styles.term} ${styles.changed}`}>Trusted before</dt>
            <dd className={`${styles.value} ${styles.hash}`}>{plugin.trustedSha256}</dd>
          </>
        ) : null}
      </dl>
      {error ? <ErrorBar error={error} /> : null}
    </ConfirmDialog>
  );
}
