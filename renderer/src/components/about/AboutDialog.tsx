import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { EcmErrorInfo } from '../../../../shared/errors';
import type { AboutInfo } from '../../../../shared/ipc/responses-about';
import { call, errorInfo } from '../../api/ecm-client';
import { ErrorBar } from '../ErrorBar';

const NOT_ELECTRON = 'not running in Electron';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  // Paths are shown whole and can be selected and copied; long ones wrap instead of being cut.
  value: { margin: 0, overflowWrap: 'anywhere', userSelect: 'text' },
});

/** The facts as label/value rows, in the order an admin reads them to support. */
export function aboutRows(info: AboutInfo): [string, string][] {
  return [
    ['Version', `${info.product.name} ${info.product.version}`],
    ...info.plugins.map((p): [string, string] => [`Plugin: ${p.displayName}`, `${p.version} (${p.id})`]),
    ['Electron', info.runtime.electron ?? NOT_ELECTRON],
    ['Chromium', info.runtime.chrome ?? NOT_ELECTRON],
    ['Node.js', info.runtime.node],
    ['Data directory', info.dataDir],
    ['Log file', info.logFile],
    ['License', info.product.license],
  ];
}

/** Product, plugin and runtime versions, where data and log live, the license. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const styles = useStyles();
  const [info, setInfo] = useState<AboutInfo | null>(null);
  const [error, setError] = useState<EcmErrorInfo | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    call('getAbout', {}).then(
      (value) => live && setInfo(value),
      (err: unknown) => live && setError(errorInfo(err)),
    );
    return () => {
      live = false;
    };
  }, [open]);
  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>About ECM Configurator</DialogTitle>
          <DialogContent>
            {error ? <ErrorBar error={error} /> : null}
            {!info && !error ? <Spinner size="small" label="Reading versions…" /> : null}
            {info ? (
              <dl className={styles.facts} data-testid="about-facts">
                {aboutRows(info).map(([term, value]) => (
                  <div key={term} style={{ display: 'contents' }}>
                    <dt className={styles.term}>{term}</dt>
                    <dd className={styles.value}>{value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose} data-testid="about-close">
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
