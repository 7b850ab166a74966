import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatLogLines } from '../../electron/cli/output';
import { startBrowserHost, type BrowserHost } from '../browser-host/browser-host';
import { screenshotMatrix } from '../support/screenshot-matrix';
import { rowWith } from './support/log-viewer-page';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

// One spelling of each level everywhere: what Configurator.log writes is what the level column,
// the level filter and the CLI's `log` show.
describe('log levels are spelled as in Configurator.log (Chromium)', () => {
  let host: BrowserHost;
  let dataDir: string;
  let inFile: Record<string, string>;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-levels-'));
    host = await startBrowserHost({ dataDir, plugins: [] });
    const log = host.core.logger.scope('core');
    for (const level of LEVELS) log[level](`spelling check ${level}`);
    await host.page.reload();
    // The spelling the file itself has, read back from it.
    // Lines are written as they are logged (electron-log's file transport is synchronous).
    const text = readFileSync(host.core.logFile, 'utf8');
    inFile = Object.fromEntries(
      LEVELS.map((level) => [
        level,
        new RegExp(`\\] \\[([A-Za-z]+)\\] \\[core\\] spelling check ${level}`).exec(text)![1]!,
      ]),
    );
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows each level in the level column exactly as the file spells it', async () => {
    const { page } = host;
    // The filter starts at info: show everything first.
    await page.getByRole('combobox', { name: 'Level' }).click();
    const options = await page.getByRole('option').allInnerTexts();
    await page.getByRole('option', { name: new RegExp(`^${inFile.debug}`) }).click();
    for (const level of LEVELS) {
      const row = rowWith(page, `spelling check ${level}`);
      await row.waitFor();
      // innerText is what is drawn (text-transform included), so an upper-casing style fails here.
      expect((await row.getByRole('gridcell').nth(1).innerText()).trim()).toBe(inFile[level]);
    }
    // The filter names each level with the same word.
    for (const level of LEVELS) expect(options.some((o) => o.split(' ')[0] === inFile[level])).toBe(true);
    await screenshotMatrix(page, 'log-level-spelling');
  });

  it('prints the same spelling in the CLI log output', () => {
    const printed = formatLogLines(
      LEVELS.map((level) => ({
        time: '2026-11-30 10:00:00.000',
        level,
        scope: 'core',
        message: `m ${level}`,
        offset: 0,
      })),
    );
    for (const level of LEVELS) expect(printed).toContain(` ${inFile[level]} `.padEnd(inFile[level]!.length + 2));
    expect(printed.split('\n')[2]).toBe(`2026-11-30 10:00:00.000 ${inFile.warn!.padEnd(5)} [core] m warn`);
  });
});
