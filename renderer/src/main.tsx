// First: asks the core for the log's tail before the app's modules run and React renders (early-tail.ts).
import './start-early-tail';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadLazyParts } from './components/lazy/lazy-parts';
import { renderFirstFrame } from './first-frame';
import './styles.css';

void renderFirstFrame(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// The parts left out of the first bundle are fetched once the first screen is up and the window
// is idle, so opening one later waits for nothing.
setTimeout(() => requestIdleCallback(preloadLazyParts, { timeout: 5000 }), 1500);
