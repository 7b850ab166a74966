import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Chooses a plugin in the picker and waits until the app reports it active. Choosing saves over
 * IPC and the settings area then resets to the new plugin, so the gear must not be pressed
 * before that: a press in between belongs to the plugin being left.
 */
export async function choosePlugin(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('radio', { name }).click();
  await expect.poll(() => page.getByTestId('active-plugin').innerText()).toMatch(name);
  await expect.poll(() => page.locator('#settings-title').innerText()).toMatch(name);
}
