import { FluentProvider } from '@fluentui/react-components';
import { useAccessRefusal } from './api/access-refusal';
import { AccessRefusedPage } from './components/AccessRefusedPage';
import { AppFrame } from './components/AppFrame';
import { LazyAccessReviewScreen, reviewScreenPart } from './components/lazy/lazy-parts';
import { useReviewStore } from './stores/review/review-store';
import { useOsTheme } from './theme/use-os-theme';

export function App() {
  const { theme, mode } = useOsTheme();
  const refusal = useAccessRefusal((s) => s.refusal);
  const reviewWanted = useReviewStore((s) => s.open);
  // Loaded on demand (lazy-parts.ts): until it is there the frame stays on screen, never a blank page.
  const reviewOpen = reviewScreenPart.useReady(reviewWanted) && reviewWanted;
  return (
    <FluentProvider theme={theme} data-theme={mode} style={{ height: '100%' }}>
      {refusal ? (
        <AccessRefusedPage error={refusal} />
      ) : (
        <>
          {/* The review screen covers the frame; the frame stays mounted (hidden) so nothing on it is lost. */}
          {reviewOpen ? <LazyAccessReviewScreen /> : null}
          <div hidden={reviewOpen} style={{ height: '100%' }}>
            <AppFrame />
          </div>
        </>
      )}
    </FluentProvider>
  );
}
