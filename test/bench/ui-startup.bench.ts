import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { builtinPlugins } from '../../electron/plugins/builtin-plugins';
import { RENDERER_DIR, startBrowserHost } from '../browser-host/browser-host';
import { median, printTable } from './bench-stats';

/**
 * The renderer's start in Debian's Chromium through the browser test host: the time from
 * navigation to an interactive plugin picker (every built-in plugin listed and enabled), and the
 * size of the renderer's JavaScript, raw and gzip. Figures only; assumes `npm run build`.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function main(): Promise<void> {
  const assets = path.join(RENDERER_DIR, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const size = (files: string[]) => files.reduce((sum, f) => sum + readFileSync(path.join(assets, f)).length, 0);
  const raw = size(js);
  const gz = js.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(assets, f)), { level: 9 }).length, 0);
  // The first screen's script: the entry and the chunks index.html preloads; the rest is fetched later.
  const html = readFileSync(path.join(RENDERER_DIR, 'index.html'), 'utf8');
  const first = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'ecm-bench-ui-'));
  const host = await startBrowserHost({ dataDir: dir, plugins: builtinPlugins() });
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await host.page.goto(`${host.origin}/index.html`);
      await host.page.getByRole('radio', { name: /Thycotic Secret Server/ }).waitFor({ state: 'visible' });
      await host.page.getByRole('radio', { name: /One Identity TPAM/ }).waitFor({ state: 'visible' });
      times.push(performance.now() - started);
    }
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    `Renderer start in Chromium (${RUNS} runs)`,
    ['figure', 'value'],
    [
      ['navigation → interactive plugin picker, median', `${median(times).toFixed(0)} ms`],
      ['renderer JavaScript, raw', `${(raw / 1024).toFixed(0)} KiB (${js.length} file${js.length === 1 ? '' : 's'})`],
      ['renderer JavaScript, gzip -9', `${(gz / 1024).toFixed(0)} KiB`],
      [
        'of which the first screen loads',
        `${(size(first) / 1024).toFixed(0)} KiB (${first.length} file${first.length === 1 ? '' : 's'})`,
      ],
    ],
  );
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
