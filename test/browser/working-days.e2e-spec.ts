/**
 * /admin in a real browser: the organiser checks how working days are counted in a year (the State
 * Council's holidays and make-up days) and corrects a date, then withdraws the correction.
 */
import type { BrowserContext } from 'playwright-core';
import { browserTestbed, DESKTOP, logIn, newContext, watchErrors } from './support/browser.js';

const testbed = browserTestbed();

describe('the organiser checks and corrects working days', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it('shows National Day 2026 and its make-up Saturday, and takes a correction and its withdrawal', async () => {
    context = await newContext(testbed.browser, DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/admin?section=workingDays`);
    await logIn(page, 'organiser');
    await page.locator('select[name="working-days-year"]').selectOption('2026');
    await page.locator('tr[data-date="2026-10-01"][data-working="false"]').waitFor({ timeout: 20_000 });
    expect(await page.locator('tr[data-date="2026-10-10"]').getAttribute('data-working')).toBe('true');
    expect(await page.locator('[data-official-notice]').getAttribute('data-official-notice')).toBe(
      '国务院办公厅关于2026年部分节假日安排的通知',
    );

    await page.locator('input[name="working-day-date"]').fill('2026-10-12');
    await page.locator('select[name="working-day-kind"]').selectOption('rest');
    await page.locator('input[name="working-day-note"]').fill('省里补休');
    await page.locator('button[data-action="correct-working-day"]').click();
    const corrected = page.locator('tr[data-date="2026-10-12"][data-working="false"]');
    await corrected.waitFor({ timeout: 20_000 });
    expect(await corrected.textContent()).toContain('省里补休');

    await corrected.locator('button').click();
    await corrected.waitFor({ state: 'detached', timeout: 20_000 });
    expect(errors).toEqual([]);
  }, 180_000);
});
