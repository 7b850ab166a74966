import { startEarlyTail } from './stores/log/early-tail';

// main.tsx's first import, so it runs before the app's own modules and React's first render (only the
// shared library chunks the entry imports are evaluated before it).
startEarlyTail();
