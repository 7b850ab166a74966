import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, settle } from '../support/axe';
import { readLog } from '../support/core-fixture';
import { choosePlugin } from '../support/choose-plugin';
import { screenshotMatrix } from '../support/screenshot-matrix';
import { openSecretServerBrowser, type SecretServerBrowser } from '../support/secret-server-browser';

// The Test Settings dialog's frame in Chromium: the focus stays in it during a run (started by
// Enter in a field) and Escape always cancels and closes; it keeps its size and its buttons' places
// as results arrive; the running step's time counts; durations and every state pass axe-core.

const DURATION = /^(\d+ ms|\d+\.\d s)$/;

describe('the Test Settings dialog (Chromium)', () => {
  let app: SecretServerBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openSecretServerBrowser('ecm-test-dialog-');
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  const dialogs = () => page.locator('[role="dialog"]').count();
  const focusInDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
  const runningTime = () => page.locator('[data-status="running"] [data-testid="step-time"]').first().innerText();

  async function openByKeyboard(user: string, endpoint: string) {
    await page.getByTestId('open-test').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('test-user').fill(user);
    await page.getByTestId('test-endpoint').fill(endpoint);
  }

  async function accessibleInBothThemes(where: string) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator(`[data-theme="${scheme}"]`).first().waitFor();
      await expectAccessible(page, `${where} (${scheme})`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  it(
    'keeps the focus inside during a run started by Enter in a field, and Escape cancels and closes',
    { timeout: 120_000 },
    async () => {
      await choosePlugin(page, /Thycotic Secret Server/);
      app.sim.setLatency(20_000); // long enough that the run is still in progress when Escape is pressed
      try {
        await openByKeyboard('CORP\\alice', 'ws01');
        await accessibleInBothThemes('Test Settings before a run');
        await page.getByTestId('test-endpoint').focus();
        await page.keyboard.press('Enter'); // the field the focus is in becomes read-only, not disabled
        await page.locator('[data-status="running"]').first().waitFor();
        // The running step's time counts: wait for it to change, checking the focus meanwhile.
        const first = await runningTime();
        expect(first).toMatch(DURATION);
        await expect
          .poll(async () => {
            expect(await focusInDialog()).toBe(true);
            return runningTime().catch(() => first);
          })
          .not.toBe(first);
        expect(await page.getByTestId('test-endpoint').isEditable()).toBe(false);
        await accessibleInBothThemes('Test Settings during a run');
        await screenshotMatrix(page, 'test-settings-running');
        expect(await focusInDialog()).toBe(true);
        await page.keyboard.press('Escape');
        await expect.poll(dialogs).toBe(0);
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
          .toBe('open-test');
        // Closing cancelled the run in the core: the log says so.
        await expect
          .poll(() => readLog(app.host.core), { timeout: 10_000 })
          .toContain('Test Settings cancelled by the administrator.');
      } finally {
        app.sim.setLatency(0);
      }
    },
  );

  it(
    'does not move as results arrive at 1024x700: same buttons, same inputs, the results scroll',
    { timeout: 120_000 },
    async () => {
      await page.setViewportSize({ width: 1024, height: 700 });
      try {
        await openByKeyboard('CORP\\alice', 'ws01');
        const boxes = () =>
          Promise.all(
            [
              page.getByRole('dialog'),
              page.getByTestId('test-run'),
              page.getByRole('dialog').getByRole('button', { name: 'Close' }),
              page.getByTestId('test-user'),
              page.getByTestId('test-results'),
            ].map((l) => l.boundingBox()),
          );
        await settle(page); // the fade-in has ended
        const before = await boxes();
        await page.getByTestId('test-run').click();
        await page.getByTestId('credential-table').waitFor();
        await settle(page);
        expect(await boxes()).toEqual(before);
        // Long results scroll inside the results area, never grow the dialog.
        const scroll = await page
          .getByTestId('test-results')
          .evaluate((el) => ({ overflow: getComputedStyle(el).overflowY }));
        expect(scroll.overflow).toBe('auto');
        expect(await page.getByTestId('test-total-time').innerText()).toMatch(/^Finished in (\d+ ms|\d+\.\d s)$/);
        for (const t of await page.getByTestId('step-time').allInnerTexts()) expect(t).toMatch(DURATION);
        await accessibleInBothThemes('Test Settings with results');
        await screenshotMatrix(page, 'test-settings-result');

        // An error keeps the frame too (erin has denied the API account: NOT_AUTHORIZED).
        await page.getByTestId('test-user').fill('CORP\\erin');
        await page.getByTestId('test-run').click();
        await page.getByTestId('error-bar').waitFor();
        await page.setViewportSize({ width: 1024, height: 700 });
        await settle(page);
        expect(await boxes()).toEqual(before);
        await accessibleInBothThemes('Test Settings with an error');
        await screenshotMatrix(page, 'test-settings-error');
        await page.keyboard.press('Escape');
        await expect.poll(dialogs).toBe(0);
      } finally {
        await page.setViewportSize({ width: 1280, height: 800 });
      }
    },
  );
});
