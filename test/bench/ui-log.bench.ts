import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { once } from 'node:events';
import type { CDPSession, Page } from 'playwright-core';
import { GREP_DEBOUNCE_MS } from '../../renderer/src/stores/log/log-state';
import { startBrowserHost } from '../browser-host/browser-host';
import { median, printTable } from './bench-stats';

/**
 * The log viewer on a large Configurator.log (default 1,000,000 lines, about 100 MB) in Debian's
 * Chromium through the browser test host: time from navigation to the tail on screen, time to
 * apply a level or text filter (the core filters; the 200 ms debounce is included for text),
 * time to page older lines in, and the renderer's JS heap, each beside its goal (issue 12). Figures
 * only, never a pass or fail; assumes `npm run build`.
 *
 *   npx tsx test/bench/ui-log.bench.ts        (BENCH_LOG_LINES=200000 for a quicker run)
 */
const LINES = Number(process.env.BENCH_LOG_LINES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LEVELS = ['debug', 'info', 'info', 'info', 'debug', 'info', 'warn', 'info', 'debug', 'error'] as const;
const SCOPES = ['core', 'secret-server', 'tpam', 'tokens', 'ipc'];

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** About 100 bytes a line; one in ten is a "retry" line, one in a thousand a "needle" line. */
function line(i: number): string {
  const ms = i * 7;
  const t = `2026-03-14 ${pad(Math.floor(ms / 3_600_000) % 24)}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
  const level = LEVELS[i % LEVELS.length]!;
  const scope = SCOPES[i % SCOPES.length]!;
  const what = i % 1000 === 500 ? 'needle found in answer' : i % 10 === 3 ? 'retry after timeout' : 'request answered';
  return `[${t}] [${level}] [${scope}] entry #${i} ${what} in ${i % 97} ms for CORP\\svc-ecm`.padEnd(99, ' .');
}

async function writeLog(file: string): Promise<void> {
  const out = createWriteStream(file);
  const batch: string[] = [];
  for (let i = 0; i < LINES; i++) {
    batch.push(line(i));
    if (batch.length === 20_000 || i === LINES - 1) {
      if (!out.write(batch.join('\n') + '\n')) await once(out, 'drain');
      batch.length = 0;
    }
  }
  out.end();
  await once(out, 'finish');
}

class HeapSampler {
  peak = 0;
  last = 0;
  nodesPeak = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  constructor(private readonly cdp: CDPSession) {}
  async sample(): Promise<void> {
    const { metrics } = (await this.cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    this.last = get('JSHeapUsedSize');
    this.peak = Math.max(this.peak, this.last);
    this.nodesPeak = Math.max(this.nodesPeak, get('Nodes'));
  }
  start(): void {
    this.timer = setInterval(() => void this.sample().catch(() => {}), 50);
  }
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.sample();
  }
}

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The goal column and whether the figure meets it. */
function goal(value: number, limit: number | null, unit = 'ms'): string[] {
  if (limit === null) return ['', ''];
  return [`≤ ${limit} ${unit}`, value <= limit ? 'met' : `missed by ${(value - limit).toFixed(0)} ${unit}`];
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * Waits until the list is idle and every rendered row passes `test` (there being at least one);
 * answers the page's clock at that frame (ms since its navigation started).
 */
async function rowsSettled(page: Page, test: { text?: string; level?: string; contains?: string }): Promise<number> {
  const at = await page.waitForFunction(
    ({ text, level, contains }) => {
      const grid = document.querySelector('[data-testid="log-lines"]');
      if (!grid || grid.getAttribute('aria-busy') === 'true') return false;
      const rows = [...grid.querySelectorAll<HTMLElement>('[role="row"][data-offset]')];
      if (rows.length === 0) return false;
      if (contains && !grid.textContent!.includes(contains)) return false;
      const settled = rows.every(
        (r) => (!text || r.textContent!.toLowerCase().includes(text)) && (!level || r.dataset.level === level),
      );
      return settled && performance.now();
    },
    test,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await at.jsonValue()) as number;
}

const TAIL_SHOWN = 'ecm-bench: tail shown at ';

/** Each frame from the page's start until the list shows `newest`, idle: then logs the page's clock. */
function tailWatchScript(newest: string): string {
  return `(() => {
    const check = () => {
      const grid = document.querySelector('[data-testid="log-lines"]');
      const shown = grid && grid.getAttribute('aria-busy') !== 'true' && grid.querySelector('[role="row"][data-offset]')
        && grid.textContent.includes(${JSON.stringify(newest)});
      if (shown) console.debug(${JSON.stringify(TAIL_SHOWN)} + performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-bench-log-'));
  const file = path.join(dataDir, 'Configurator.log');
  const writeMs = await timed(() => writeLog(file));
  const size = statSync(file).size;
  console.log(`Wrote ${LINES.toLocaleString('en-US')} lines, ${MB(size)} MB, in ${(writeMs / 1000).toFixed(1)} s`);

  const host = await startBrowserHost({ dataDir, plugins: [] });
  const rows: (string | number)[][] = [];
  try {
    const { page } = host;
    const cdp = await host.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = new HeapSampler(cdp);
    const newest = `entry #${LINES - 1} `;

    // Timed by the page's own clock, from the start of the navigation to the first frame that
    // shows the tail: the test driver's round trips to Node are not part of what the admin sees.
    // Chromium compiles the scripts on the first loads and keeps their compiled code from then on,
    // as the app does across starts (the app scheme has codeCache; app-protocol.ts): the goal is
    // set against the cached start, every start after the first, and the first loads are shown too.
    // The check runs in the page from its first script on, and says when it sees the tail with a
    // console message: Playwright's own evaluation script, compiled in every new page on first
    // use, would otherwise run on the page's main thread during the very start it measures.
    await host.context.addInitScript({ content: tailWatchScript(newest) });
    const tailShown = async () => {
      const shown = page.waitForEvent('console', {
        predicate: (m) => m.text().startsWith(TAIL_SHOWN),
        timeout: 60_000,
      });
      await page.goto(`${host.origin}/index.html`, { waitUntil: 'commit' });
      return Number((await shown).text().slice(TAIL_SHOWN.length));
    };
    // The heap is sampled after each load, not every 50 ms during it: each sample is a DevTools
    // round trip served by the page's main thread, which delayed the very start it measured.
    const first: number[] = [];
    for (let i = 0; i < 2; i++) {
      first.push(await tailShown());
      await heap.sample();
    }
    const loads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      loads.push(await tailShown());
      await heap.sample();
    }
    heap.start();
    rows.push([
      'navigation → tail shown, first loads (scripts compiled)',
      median(first).toFixed(0),
      '',
      '',
      first.map((m) => m.toFixed(0)).join(' / '),
    ]);
    rows.push([
      'navigation → tail shown (500 lines), compiled code cached',
      median(loads).toFixed(0),
      ...goal(median(loads), 200),
      loads.map((m) => m.toFixed(0)).join(' / '),
    ]);
    const domRows = await page.locator('[role="row"][data-offset]').count();

    const box = page.getByRole('searchbox', { name: 'Filter the log by text' });
    const textFilter = async (label: string, text: string, limit: number | null) => {
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(
          await timed(async () => {
            await box.fill(text);
            await rowsSettled(page, { text });
          }),
        );
        await box.fill('');
        await rowsSettled(page, { contains: newest });
      }
      // The goal counts from the end of the debounce: the figure is typing → rows, less the debounce.
      const after = runs.map((m) => m - GREP_DEBOUNCE_MS);
      rows.push([
        label,
        median(after).toFixed(0),
        ...goal(median(after), limit),
        after.map((m) => m.toFixed(0)).join(' / '),
      ]);
    };
    await textFilter(`text filter, 10% of lines ("retry"), after the ${GREP_DEBOUNCE_MS} ms debounce`, 'retry', null);
    await textFilter(`text filter, 0.1% of lines ("needle"), after the ${GREP_DEBOUNCE_MS} ms debounce`, 'needle', 300);

    const levelRuns: number[] = [];
    const combo = page.getByRole('combobox', { name: 'Level' });
    for (let i = 0; i < RUNS; i++) {
      await combo.click();
      levelRuns.push(
        await timed(async () => {
          await page.getByRole('option', { name: 'error only' }).click();
          await rowsSettled(page, { level: 'error' });
        }),
      );
      await combo.click();
      await page.getByRole('option', { name: 'debug and above (all)' }).click();
      await rowsSettled(page, { contains: newest });
    }
    rows.push([
      'level filter "error only" (10% of lines)',
      median(levelRuns).toFixed(0),
      ...goal(median(levelRuns), 150),
      levelRuns.map((m) => m.toFixed(0)).join(' / '),
    ]);

    // Scroll up through 25 pages of 1,000: the renderer keeps at most 20,000 entries.
    const grid = page.getByTestId('log-lines');
    const pages: number[] = [];
    for (let i = 0; i < 25; i++) {
      pages.push(
        await timed(async () => {
          await grid.evaluate((g) => {
            g.scrollTop = 0;
          });
          await page.waitForFunction(
            () => document.querySelector('[data-testid="log-lines"]')!.scrollTop > 10_000,
            undefined,
            { polling: 'raf', timeout: 30_000 },
          );
        }),
      );
    }
    rows.push([
      'scroll to top → older page (1,000 lines) in',
      median(pages).toFixed(0),
      '',
      '',
      `${pages.length} pages, max ${Math.max(...pages).toFixed(0)}`,
    ]);
    const kept = Number(await grid.getAttribute('aria-rowcount')) - 1;
    const domRowsPaged = await page.locator('[role="row"][data-offset]').count();
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);
    await heap.stop();
    await page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());

    printTable(
      `Log viewer on ${LINES.toLocaleString('en-US')} lines / ${MB(size)} MB, Chromium through the browser test host (node ${process.version})`,
      ['case', 'median ms', 'goal', 'goal met', 'runs'],
      rows,
    );
    const peakMb = heap.peak / 1024 / 1024;
    printTable(
      'Renderer memory',
      ['figure', 'value', 'goal', 'goal met'],
      [
        [
          'peak JS heap used (CDP JSHeapUsedSize, after each start, then every 50 ms)',
          `${MB(heap.peak)} MB`,
          ...goal(peakMb, 60, 'MB'),
        ],
        ['JS heap used at the end', `${MB(heap.last)} MB`, '', ''],
        ['entries held after paging 25 pages back', kept.toLocaleString('en-US'), '', ''],
        ['row elements in the DOM at the tail / after paging', `${domRows} / ${domRowsPaged}`, '', ''],
        ['elements in the whole page at the end', elements, '', ''],
        ['peak DOM nodes incl. detached, not yet collected (CDP Nodes)', heap.nodesPeak, '', ''],
      ],
    );
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
