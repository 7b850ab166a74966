import { existsSync } from 'node:fs';
import path from 'node:path';

/** The CLI and end-to-end tests run the built artefacts: refuse to start without them. */
export default function setup(): void {
  const root = path.resolve(__dirname, '..', '..');
  const needed = ['out/cli/cli.cjs', 'out/renderer/index.html', 'out/preload/preload.cjs', 'out/main/main.cjs'];
  const missing = needed.filter((f) => !existsSync(path.join(root, f)));
  if (missing.length > 0) {
    throw new Error(
      `Build output missing (${missing.join(', ')}). Run \`npm run build\` first, or \`npm test\`, which builds.`,
    );
  }
}
