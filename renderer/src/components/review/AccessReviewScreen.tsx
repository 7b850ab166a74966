import { Button, MessageBar, MessageBarBody, Subtitle1, Tab, TabList, Text } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useReviewStore } from '../../stores/review/review-store';
import { ErrorBar } from '../ErrorBar';
import { ReviewDetails } from './ReviewDetails';
import { ReviewExportButtons } from './ReviewExportButtons';
import { ReviewFilters } from './ReviewFilters';
import { ReviewInputPanel } from './ReviewInputPanel';
import { ReviewMatrix } from './ReviewMatrix';
import { ReviewProgressBar } from './ReviewProgressBar';
import { ReviewSummary } from './ReviewSummary';
import { ReviewTable } from './ReviewTable';
import { useReviewScreenStyles } from './review-screen-styles';

/**
 * The Access review: a full-window screen rather than a dialog, because a 200 × 50 matrix, a
 * table and the details need the whole window, and a review may run for minutes while the admin
 * reads what has finished. Back (or Escape) returns to the settings and the focus to the button.
 */
export function AccessReviewScreen() {
  const styles = useReviewScreenStyles();
  const phase = useReviewStore((s) => s.phase);
  const users = useReviewStore((s) => s.users);
  const endpoints = useReviewStore((s) => s.endpoints);
  const stopError = useReviewStore((s) => s.progress?.stopError);
  const state = useReviewStore((s) => s.progress?.state);
  const hasMatrix = users !== null && endpoints !== null;
  const [tab, setTab] = useState<'matrix' | 'table'>('matrix');
  const backRef = useRef<HTMLButtonElement>(null);
  useEffect(() => backRef.current?.focus(), []);
  const shown = hasMatrix ? tab : 'table';
  const close = () => useReviewStore.getState().hide();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      close();
    }
  };

  return (
    <div className={styles.screen} onKeyDown={onKeyDown} data-testid="access-review-screen">
      <header className={styles.bar}>
        <Button
          ref={backRef}
          appearance="transparent"
          icon={<ArrowLeftRegular />}
          onClick={close}
          style={{ color: 'inherit' }}
          aria-keyshortcuts="Escape"
          data-testid="review-back"
        >
          Back
        </Button>
        <Subtitle1 as="h1">Access review</Subtitle1>
        <Text size={200}>Which credentials can each user use on each endpoint, and why not.</Text>
      </header>
      <div className={styles.body}>
        <div className={styles.input}>
          <ReviewInputPanel />
        </div>
        <main className={styles.results} aria-label="Review results">
          {phase === 'idle' || phase === 'starting' ? (
            <div className={styles.empty}>
              <Text>
                Enter users and endpoints (or pairs) on the left and choose Run review. Each pair is tested as Test
                Settings does; a result shows the credentials found or the reasons none were.
              </Text>
            </div>
          ) : (
            <>
              <ReviewProgressBar />
              {stopError ? <ErrorBar error={stopError} /> : null}
              {state === 'cancelled' ? (
                <MessageBar intent="info" data-testid="review-cancelled">
                  <MessageBarBody>
                    Cancelled: the pairs that finished are kept below and can be exported.
                  </MessageBarBody>
                </MessageBar>
              ) : null}
              <div className={styles.top}>
                <ReviewSummary />
                <div className={styles.exports}>
                  <ExportNotice />
                  <ReviewExportButtons />
                </div>
              </div>
              <ExportError />
              <div className={styles.split}>
                <div className={styles.view}>
                  {hasMatrix ? (
                    <TabList
                      selectedValue={shown}
                      onTabSelect={(_, d) => setTab(d.value === 'table' ? 'table' : 'matrix')}
                      size="small"
                    >
                      <Tab value="matrix" data-testid="review-tab-matrix">
                        Matrix
                      </Tab>
                      <Tab value="table" data-testid="review-tab-table">
                        All pairs
                      </Tab>
                    </TabList>
                  ) : null}
                  {shown === 'matrix' && hasMatrix ? (
                    <ReviewMatrix users={users} endpoints={endpoints} />
                  ) : (
                    <>
                      <ReviewFilters />
                      <ReviewTable />
                    </>
                  )}
                </div>
                <ReviewDetails />
              </div>
            </>
          )}
        </main>
      </div>
    </div>
  );
}

/** Where the last export went, beside the buttons (a status: screen readers hear it). */
function ExportNotice() {
  const styles = useReviewScreenStyles();
  const message = useReviewStore((s) => s.exportNotice.message);
  return (
    <Text size={200} role="status" className={styles.notice} data-testid="review-export-notice">
      {message ?? ''}
    </Text>
  );
}

function ExportError() {
  const error = useReviewStore((s) => s.exportNotice.error);
  return error ? <ErrorBar error={error} /> : null;
}
