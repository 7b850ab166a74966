import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the renderer (React) into out/renderer, served by the app:// protocol in Electron
// and by the browser test host in tests.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
