import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// The log viewer e2e tests' log writer and page helpers (test/renderer/log-viewer*.e2e.test.ts).

export const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export const SCOPES = ['core', 'secret-server', 'tpam', 'tokens', 'ipc'];
export const BASE = Date.UTC(2026, 2, 14, 9, 0, 0);

export function time(i: number): string {
  const d = new Date(BASE + i * 137);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
}

/** Entry i as the file sink writes it; every 500th (an error) carries a two-line stack trace. */
export function entry(i: number): string {
  const level = LEVELS[i % 4]!;
  const scope = SCOPES[Math.floor(i / 4) % SCOPES.length]!;
  let message = `entry #${i} ${level} message`;
  if (i % 100 === 0) message += ` checkpoint-${i}`;
  if (i % 500 === 499)
    message = `entry #${i} Error: connect ECONNREFUSED 127.0.0.1:443\n    at TLSSocket.connect (node:tls:1:1)\n    at SsSession.authenticate (ss-session.ts:42:7)`;
  return `[${time(i)}] [${level}] [${scope}] ${message}`;
}

export function writeLog(dataDir: string, count: number): string {
  const file = path.join(dataDir, 'Configurator.log');
  const chunk: string[] = [];
  writeFileSync(file, '');
  for (let i = 0; i < count; i++) {
    chunk.push(entry(i));
    if (chunk.length === 10_000) {
      appendFileSync(file, chunk.join('\n') + '\n');
      chunk.length = 0;
    }
  }
  if (chunk.length > 0) appendFileSync(file, chunk.join('\n') + '\n');
  return file;
}

export const grid = (page: Page) => page.getByTestId('log-lines');
export const rows = (page: Page) => page.locator('[data-testid="log-lines"] [role="row"][data-offset]');
export const rowWith = (page: Page, text: string) => rows(page).filter({ hasText: text });

export async function rowTexts(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((els) =>
    els
      .map((el) => ({
        top: new DOMMatrixReadOnly(getComputedStyle(el).transform).m42,
        text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      }))
      .sort((a, b) => a.top - b.top)
      .map((r) => r.text),
  );
}

/** Entries (by number) whose rows are actually inside the visible part of the grid. */
export async function visibleEntries(page: Page): Promise<number[]> {
  return grid(page).evaluate((g) => {
    const box = g.getBoundingClientRect();
    return [...g.querySelectorAll<HTMLElement>('[role="row"][data-offset]')]
      .filter((r) => {
        const b = r.getBoundingClientRect();
        return b.bottom > box.top + 26 && b.top < box.bottom;
      })
      .map((r) => Number(/entry #(\d+)/.exec(r.innerText)?.[1] ?? -1));
  });
}

export async function rowCount(page: Page): Promise<number> {
  return Number(await grid(page).getAttribute('aria-rowcount')) - 1;
}

export async function scrollGrid(page: Page, to: 'top' | 'bottom' | number): Promise<void> {
  await grid(page).evaluate((g, where) => {
    g.scrollTop = where === 'top' ? 0 : where === 'bottom' ? g.scrollHeight : (where as number);
  }, to);
}

export async function activeText(page: Page): Promise<string> {
  const id = await grid(page).getAttribute('aria-activedescendant');
  if (!id) return '';
  return page.evaluate((rowId) => document.getElementById(rowId)?.innerText.replace(/\s+/g, ' ') ?? '', id);
}

export async function chooseLevel(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Level' }).click();
  await page.getByRole('option', { name: label }).click();
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  await expect.poll(check, { timeout: timeoutMs, interval: 100 }).toBe(true);
}
