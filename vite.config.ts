import griffel from '@griffel/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the renderer (React) into out/renderer, served by the app:// protocol in Electron
// and by the browser test host in tests.
export default defineConfig(({ command }) => ({
  root: 'renderer',
  base: '/',
  plugins: [
    react(),
    // Griffel's build-time pass turns each `makeStyles` into its finished class names and CSS
    // rules (`__styles`), as Fluent's own components ship: the window no longer computes them
    // as it starts, about 20 ms of its first render (docs/BENCHMARKS.md). Vite's dev server, which
    // nothing here uses, would keep the runtime path. The pass evaluates the style modules with
    // Babel, so it needs the TypeScript preset.
    command === 'build' && griffel({ babelOptions: { presets: ['@babel/preset-typescript'] } }),
  ],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
}));
