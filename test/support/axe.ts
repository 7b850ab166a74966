import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result as AxeRule } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0–2.2 A and AA, plus axe's best practices (only serious and critical ones fail). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Fluent's focus manager (tabster) puts invisible `<i data-tabster-dummy tabindex="0" aria-hidden>`
 * sentinels at the edges of toolbars and dialogs: focus that lands on one is moved on at once, so no
 * one ever rests on it, but axe reports each as aria-hidden-focus. They are left out of the check;
 * everything the app itself renders is checked.
 */
const CONTEXT = { exclude: [['[data-tabster-dummy]']] };

/** Lets the dialogs' fade-ins end, so colours are checked as shown (spinners run forever: skipped). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** Runs axe-core (node_modules/axe-core/axe.min.js, injected into the page) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeRule[]> {
  await settle(page);
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    ({ tags, context }) =>
      (window as unknown as { axe: { run(ctx: object, o: object): Promise<AxeResults> } }).axe.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    { tags: TAGS, context: CONTEXT },
  );
  return results.violations;
}

/** One line per rule and one indented line per element, with axe's own summary of what to fix. */
export function describeViolations(violations: AxeRule[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => {
          const why = (n.failureSummary ?? '').split('\n').slice(1, 2).join(' ').trim();
          return `    at ${n.target.join(' ')}\n       ${n.html.replace(/\s+class="[^"]*"/g, '').slice(0, 200)}\n       ${why}`;
        })
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `- [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Fails with a readable list when axe-core finds a serious or critical violation on the page as it
 * is now; `where` names the screen or dialog in the message.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const serious = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    throw new Error(
      `${where}: ${serious.length} serious or critical accessibility problem(s):\n${describeViolations(serious)}`,
    );
  }
}
