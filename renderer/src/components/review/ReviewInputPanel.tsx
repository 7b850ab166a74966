import { Button, Field, makeStyles, Tab, TabList, Text, Textarea, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular, PlayRegular } from '@fluentui/react-icons';
import { useReviewStore } from '../../stores/review/review-store';
import { parseNames } from '../../stores/review/review-results';
import { ErrorBar } from '../ErrorBar';
import { useTextFilePicker } from '../settings/use-text-file-picker';
import { useReviewSettings } from './use-review-settings';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    overflowY: 'auto',
    minHeight: 0,
  },
  area: { '& textarea': { fontFamily: tokens.fontFamilyMonospace, minHeight: '8em' } },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** What to review (users × endpoints, or CSV pairs), with which settings, and Run. */
export function ReviewInputPanel() {
  const styles = useStyles();
  const mode = useReviewStore((s) => s.mode);
  const csvText = useReviewStore((s) => s.csvText);
  const usersText = useReviewStore((s) => s.usersText);
  const endpointsText = useReviewStore((s) => s.endpointsText);
  const phase = useReviewStore((s) => s.phase);
  const startError = useReviewStore((s) => s.startError);
  const settings = useReviewSettings();
  const store = useReviewStore.getState;
  const picker = useTextFilePicker(
    'Load pairs (CSV)',
    (text) => store().setCsvText(text),
    (message) => useReviewStore.setState({ startError: { code: 'VALIDATION', message } }),
  );
  const users = parseNames(usersText).length;
  const endpoints = parseNames(endpointsText).length;
  const busy = phase === 'starting' || phase === 'running';
  const run = () => {
    if (settings.plugin) void store().run(settings.plugin.id, settings.values());
  };

  return (
    <section className={styles.panel} aria-label="What to review" data-testid="review-input">
      <TabList
        selectedValue={mode}
        onTabSelect={(_, d) => store().setMode(d.value === 'csv' ? 'csv' : 'matrix')}
        size="small"
      >
        <Tab value="matrix" data-testid="review-mode-matrix">
          Users × endpoints
        </Tab>
        <Tab value="csv" data-testid="review-mode-csv">
          Pairs (CSV)
        </Tab>
      </TabList>
      {mode === 'matrix' ? (
        <>
          <Field label="Users" hint="One per line, e.g. CORP\jsmith; every user is checked on every endpoint.">
            <Textarea
              className={styles.area}
              value={usersText}
              onChange={(_, d) => store().setUsersText(d.value)}
              resize="vertical"
              data-testid="review-users"
            />
          </Field>
          <Field label="Endpoints" hint="One per line: host name, FQDN or IP address.">
            <Textarea
              className={styles.area}
              value={endpointsText}
              onChange={(_, d) => store().setEndpointsText(d.value)}
              resize="vertical"
              data-testid="review-endpoints"
            />
          </Field>
          <Text size={200} className={styles.muted} data-testid="review-pair-count">
            {users} user{users === 1 ? '' : 's'} × {endpoints} endpoint{endpoints === 1 ? '' : 's'} ={' '}
            {(users * endpoints).toLocaleString()} pairs
          </Text>
        </>
      ) : (
        <>
          <Field
            label="Pairs"
            hint="One user,endpoint per line; a header line, # comments and quotes (as in RFC 4180) are allowed."
          >
            <Textarea
              className={styles.area}
              value={csvText}
              onChange={(_, d) => store().setCsvText(d.value)}
              resize="vertical"
              rows={10}
              data-testid="review-csv"
            />
          </Field>
          <div className={styles.row}>
            <Button icon={<DocumentArrowUpRegular />} onClick={picker.pick} disabled={picker.busy}>
              Load file…
            </Button>
          </div>
          {picker.input}
        </>
      )}
      <Text size={200} data-testid="review-plugin-line">
        {settings.line}
      </Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<PlayRegular />}
          onClick={run}
          disabled={busy || !settings.plugin}
          data-testid="review-run"
        >
          {phase === 'starting' ? 'Checking the pairs…' : 'Run review'}
        </Button>
      </div>
      {startError ? <ErrorBar error={startError} /> : null}
    </section>
  );
}
