import { startEarlyTail } from './stores/log/early-tail';

// main.tsx's first import, so it runs before React, Fluent UI and the app's modules are evaluated.
startEarlyTail();
