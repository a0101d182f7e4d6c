import type { Page } from '@playwright/test';
import { CSP_REPORTS_PATH } from './support/demo-server';
import { DEMO_URL } from './support/e2e-env';
import { expect, test } from './support/fixtures';
import { WidgetForm } from './support/widget-form';

// The demo is served under a strict Content-Security-Policy (e2e/support/demo-server.ts):
// no inline script, no eval, styles only from the origin or with the page's nonce. Every
// test of the suite fails on a violation (support/fixtures.ts); this one goes through each
// page and feature, then proves that a violation would have been caught and reported.

async function serverReports(): Promise<Record<string, Record<string, unknown>>[]> {
  return (await (await fetch(`${DEMO_URL}${CSP_REPORTS_PATH}`)).json()) as Record<
    string,
    Record<string, unknown>
  >[];
}

/** Adds an inline script the way an injection would: the policy must block it. */
async function injectInlineScript(page: Page): Promise<void> {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true;';
    document.head.append(script);
  });
}

test('the demo works under a strict CSP, and a violation would be caught', async ({
  page,
  guard,
}) => {
  const response = await page.goto('/?api=v3');
  const policy = response?.headers()['content-security-policy'] ?? '';
  const directives = new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('style-src')?.filter((v) => !v.startsWith("'nonce-"))).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'none'"]);
  expect(policy).not.toContain('unsafe');

  // Every feature: the widget with its lazily loaded phone library and slots, the dialog
  // (CDK overlay styles), a booking, the dark theme, the other pages.
  const widget = new WidgetForm(page.getByRole('main').locator('cb-callback-widget'));
  await expect(widget.root.getByRole('combobox', { name: 'Country code' })).toBeVisible();
  await widget.pickDateTime.check();
  await widget.days.nth(1).click();
  await expect(widget.slots.getByRole('option').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('button', { name: 'Call me back' }).click();
  const dialog = page.getByRole('dialog');
  const inDialog = new WidgetForm(dialog.locator('cb-callback-widget'));
  await inDialog.asap.check();
  await inDialog.fill({ phone: '+33 6 12 34 56 81' });
  await inDialog.submit.click();
  await inDialog.bookedId();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Build your own' }).click();
  await expect(page.getByRole('table', { name: 'Next free times' })).toBeVisible();
  await page.getByRole('link', { name: 'Legacy bus' }).click();
  await expect(page.getByText('CallbackService is ready on the bus.')).toBeVisible();
  expect(guard.cspViolations).toEqual([]);

  // The canary: an inline script is blocked, seen by the page's listener and reported to the
  // server. Reports arrive in order, so once the canary's is in, none came before it.
  guard.allowCspViolations();
  guard.allowConsoleError(/inline script violates the following Content Security Policy/);
  const before = (await serverReports()).length;
  await injectInlineScript(page);
  await expect.poll(() => guard.cspViolations.length).toBe(1);
  expect(guard.cspViolations[0]).toMatchObject({
    directive: 'script-src-elem',
    blockedURI: 'inline',
  });
  expect(await page.evaluate(() => 'inlineScriptRan' in window)).toBe(false);
  await expect.poll(async () => (await serverReports()).length).toBe(before + 1);
  const reports = (await serverReports()).slice(before);
  expect(reports.map((report) => report['csp-report']?.['effective-directive'])).toEqual([
    'script-src-elem',
  ]);
  await fetch(`${DEMO_URL}${CSP_REPORTS_PATH}`, { method: 'DELETE' });
});
