import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { EcmErrorInfo } from '../../../../shared/errors';
import { accountSchema, endpointSchema } from '../../../../shared/ipc/payload-schemas';
import { useLogStore } from '../../stores/log/log-store';
import { useSettingsDraftStore } from '../../stores/settings-draft-store';
import { draftPayload } from '../../stores/settings-draft/draft-fields';
import { useTestRunStore } from '../../stores/test-run-store';
import { ErrorBar } from '../ErrorBar';
import { CredentialTable } from './CredentialTable';
import { ReasonList } from './ReasonList';
import { PendingApprovalBar } from './PendingApprovalBar';
import { StepList } from './StepList';
import { useReturnFocus } from '../dialog/use-return-focus';

// One fixed size, whatever the results: the title, the inputs and the buttons never move as steps
// and results arrive; only the results area below the inputs scrolls.
const useStyles = makeStyles({
  surface: {
    width: 'min(880px, 94vw)',
    maxWidth: 'min(880px, 94vw)',
    height: 'min(680px, calc(100vh - 48px))',
    display: 'flex',
    flexDirection: 'column',
  },
  body: { flexGrow: 1, minHeight: 0, maxHeight: 'none', gridTemplateRows: 'auto minmax(0, 1fr) auto' },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minHeight: 0,
    overflowY: 'hidden',
  },
  results: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // Room for the focus outline and the table's edges inside the scrolling box.
    padding: tokens.spacingHorizontalXXS,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusMedium },
  },
  inputs: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
  note: { color: tokens.colorNeutralForeground3 },
});

function problem(schema: typeof accountSchema, value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/**
 * Test Settings: which credentials a user may use on an endpoint, with the settings currently on
 * screen (saved or not). Steps appear live; Cancel aborts the request in flight.
 */
export function TestSettingsDialog({ pluginName }: { pluginName: string }) {
  const styles = useStyles();
  const t = useTestRunStore();
  useReturnFocus(t.open);
  const running = t.status === 'running';
  const userProblem = problem(accountSchema, t.user);
  const endpointProblem = problem(endpointSchema, t.endpoint);
  const canRun = !running && t.user.trim() !== '' && t.endpoint.trim() !== '' && !userProblem && !endpointProblem;
  const run = () => {
    const { plugin, values } = useSettingsDraftStore.getState();
    if (plugin && canRun) void t.run(draftPayload(plugin, values));
  };
  return (
    <Dialog open={t.open} onOpenChange={(_e, d) => !d.open && t.close()} modalType="modal">
      <DialogSurface className={styles.surface} aria-describedby="test-settings-note">
        <DialogBody className={styles.body}>
          <DialogTitle>Test Settings — {pluginName}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text size={200} id="test-settings-note" className={styles.note}>
              Uses the settings currently on screen, saved or not. No passwords are retrieved or displayed.
            </Text>
            <form
              className={styles.inputs}
              onSubmit={(e) => {
                e.preventDefault();
                run();
              }}
            >
              <Field
                label="User account"
                required
                hint="DOMAIN\name, name@domain or name"
                validationMessage={userProblem}
                validationState={userProblem ? 'error' : 'none'}
              >
                {/* Read-only, not disabled, while a run is in progress: a disabled input drops the focus
                    it holds (Enter in the field starts the run) to the page behind the dialog, where
                    Escape no longer reaches the dialog. */}
                <Input
                  value={t.user}
                  onChange={(_e, d) => t.setUser(d.value)}
                  readOnly={running}
                  autoFocus
                  data-testid="test-user"
                />
              </Field>
              <Field
                label="Endpoint (the target host)"
                required
                hint="Host name, FQDN or IP address of the machine the user connects to"
                validationMessage={endpointProblem}
                validationState={endpointProblem ? 'error' : 'none'}
              >
                <Input
                  value={t.endpoint}
                  onChange={(_e, d) => t.setEndpoint(d.value)}
                  readOnly={running}
                  data-testid="test-endpoint"
                />
              </Field>
              <button type="submit" hidden aria-hidden tabIndex={-1} />
            </form>
            {/* Focusable once it has results, so the keyboard can scroll long ones; empty, it is no Tab stop. */}
            <div
              className={styles.results}
              role="region"
              aria-label="Results"
              tabIndex={t.status === 'idle' ? undefined : 0}
              data-testid="test-results"
            >
              <StepList
                steps={t.steps}
                totalMs={t.status === 'succeeded' ? t.result?.ms : undefined}
                waitingStep={t.error?.code === 'PENDING_APPROVAL' ? t.error.step : undefined}
              />
              {t.status === 'succeeded' && t.result ? <CredentialTable credentials={t.result.credentials} /> : null}
              {t.status === 'succeeded' && t.result ? <ReasonList result={t.result} /> : null}
              {t.status === 'cancelled' ? (
                <MessageBar intent="warning">
                  <MessageBarBody>Test Settings was cancelled.</MessageBarBody>
                </MessageBar>
              ) : null}
              {t.status === 'failed' && t.error ? <TestError error={t.error} /> : null}
            </div>
          </DialogContent>
          <DialogActions>
            {running ? (
              <Button appearance="primary" onClick={() => void t.cancel()} data-testid="test-cancel">
                Cancel test
              </Button>
            ) : (
              <Button appearance="primary" onClick={run} disabled={!canRun} data-testid="test-run">
                {t.status === 'idle' ? 'Test' : 'Test again'}
              </Button>
            )}
            <Button onClick={() => t.close()}>Close</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function TestError({ error }: { error: EcmErrorInfo }) {
  const pluginId = useTestRunStore((s) => s.pluginId);
  return (
    <div>
      {error.code === 'PENDING_APPROVAL' && pluginId ? (
        <PendingApprovalBar error={error} pluginId={pluginId} />
      ) : (
        <ErrorBar error={error} />
      )}
      <Link
        as="button"
        onClick={() => {
          useTestRunStore.getState().close();
          useLogStore
            .getState()
            .showMatching(error.code === 'PENDING_APPROVAL' ? 'pending approval' : `[${error.code}]`);
        }}
      >
        Show the matching lines in Configurator.log
      </Link>
    </div>
  );
}
