import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Shows a plugin's settings by choosing it in the picker, without making it active (browsing
 * never changes the active plugin). Waits until the settings area shows it, so a press of the
 * gear afterwards belongs to that plugin.
 */
export async function showPlugin(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('radio', { name }).click();
  await expect.poll(() => page.locator('#settings-title').innerText()).toMatch(name);
}

/**
 * Shows a plugin and makes it the active one the way an admin does: "Use this plugin", then
 * confirm in the dialog that names the current and the new plugin. Waits until the header says so.
 */
export async function choosePlugin(page: Page, name: RegExp): Promise<void> {
  await showPlugin(page, name);
  if (name.test(await page.getByTestId('active-plugin').innerText())) return;
  await page.getByTestId('use-plugin').click();
  await page.getByTestId('use-plugin-confirm').click();
  await expect.poll(() => page.getByTestId('active-plugin').innerText()).toMatch(name);
  await expect.poll(() => page.locator('[role="dialog"], [role="alertdialog"]').count()).toBe(0);
}
