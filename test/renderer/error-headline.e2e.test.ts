import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePlugin } from '../support/choose-plugin';
import { screenshotMatrix } from '../support/screenshot-matrix';
import { openSecretServerBrowser, type SecretServerBrowser } from '../support/secret-server-browser';

// Headlines in words, codes as detail: a Test Settings failure leads with a plain sentence, the
// bar is labelled by it (what a screen reader says first), and the code follows, smaller.
describe('error message bars lead with the sentence (Chromium)', () => {
  let app: SecretServerBrowser;
  let page: Page;

  beforeAll(async () => {
    app = await openSecretServerBrowser('ecm-headline-');
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('says "Secret Server refused to act as CORP\\nobody" first, then NOT_AUTHORIZED smaller', async () => {
    await choosePlugin(page, /Thycotic Secret Server/);
    await page.getByTestId('open-test').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('test-user').fill('CORP\\nobody');
    await page.getByTestId('test-endpoint').fill('ws01');
    await page.keyboard.press('Enter');
    const bar = page.getByTestId('error-bar');
    await bar.waitFor();
    expect(await bar.getAttribute('data-code')).toBe('NOT_AUTHORIZED');
    const facts = await bar.evaluate((el) => {
      const title = el.querySelector('.fui-MessageBarTitle')!;
      const code = el.querySelector('[data-testid="error-code"]')!;
      return {
        label: document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? null,
        text: (el as HTMLElement).innerText,
        titleFirst: Boolean(title.compareDocumentPosition(code) & Node.DOCUMENT_POSITION_FOLLOWING),
        titleSize: parseFloat(getComputedStyle(title).fontSize),
        codeSize: parseFloat(getComputedStyle(code).fontSize),
      };
    });
    expect(facts.label).toMatch(/^Secret Server refused to act as CORP\\nobody\b/);
    expect(facts.text.trimStart()).toMatch(/^Secret Server refused to act as CORP\\nobody/);
    expect(facts.text).toContain('NOT_AUTHORIZED');
    expect(facts.text.indexOf('NOT_AUTHORIZED')).toBeGreaterThan(facts.text.indexOf('refused to act'));
    expect(facts.titleFirst).toBe(true);
    expect(facts.codeSize).toBeLessThan(facts.titleSize);
    await screenshotMatrix(page, 'test-settings-error-headline');
  });
});
