// First: asks the core for the log's tail before the rest of the bundle is evaluated (early-tail.ts).
import './start-early-tail';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
