import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe-core on the page (WCAG 2.x A/AA and best practices) and expects no violation. */
export async function expectNoViolations(page: Page, state: string): Promise<void> {
  // Legacy mode runs axe.run() in the page itself. The default mode finishes each scan in a
  // new blank page (about 2 s apiece here), which only matters for cross-origin iframes, and
  // the demo has none.
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations: ${state}`).toEqual([]);
}
