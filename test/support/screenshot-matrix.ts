import type { Page } from 'playwright-core';
import { screenshot } from './screenshots';

/** The sizes and themes every changed screen is looked at in. */
export const SCREEN_SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

/**
 * Screenshots of the page as it is now at 1280x800 and 1024x700, light and dark, named
 * `<name>-<width>x<height>-<theme>.png`; puts the page back to 1280x800 light afterwards.
 */
export async function screenshotMatrix(page: Page, name: string): Promise<string[]> {
  const files: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.locator(`[data-theme="${colorScheme}"]`).first().waitFor();
    for (const size of SCREEN_SIZES) {
      await page.setViewportSize(size);
      // Two frames, so layout and the theme's colours are painted before the capture.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      files.push(await screenshot(page, `${name}-${size.width}x${size.height}-${colorScheme}`));
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(SCREEN_SIZES[0]);
  return files;
}
