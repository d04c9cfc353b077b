/**
 * /admin and /live in a real browser across editions: the organiser starts a new edition as a copy of
 * the demo edition and reads what was copied; spectators then see the new edition's trades, and can
 * still pick the earlier edition to read its boards (without the current edition's medal table).
 */
import type { BrowserContext } from 'playwright-core';
import { DEFAULT_DEMO_YEAR } from '#demo';
import { browserTestbed, DESKTOP, logIn, newContext, watchErrors } from './support/browser.js';

const testbed = browserTestbed();
const DEMO = `lnsc-${DEFAULT_DEMO_YEAR}`;
const NEXT_YEAR = DEFAULT_DEMO_YEAR + 1;

describe('a new edition copied from the last one', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it('is created from /admin with its copy reported, and the earlier edition stays readable on /live', async () => {
    context = await newContext(testbed.browser, DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/admin?section=catalogue`);
    await logIn(page, 'organiser');
    await page.locator('details.card summary', { hasText: '新建一届大赛' }).click();
    await page.locator('input[name="edition-id"]').fill(`lnsc-${NEXT_YEAR}`);
    await page.locator('input[name="edition-name"]').fill(`${NEXT_YEAR}年辽宁省职工职业技能大赛`);
    await page.locator('input[name="edition-year"]').fill(String(NEXT_YEAR));
    await page.locator('select[name="edition-copy-from"]').selectOption(DEMO);
    await page.locator('button[data-action="create-edition"]').click();
    const copied = page.locator('[data-testid="edition-copied"]');
    await copied.waitFor({ timeout: 120_000 });
    const trades = (await (await fetch(`${testbed.server.url}/api/catalogue/trades?edition=${DEMO}`)).json()) as { id: string }[];
    const events = (await (await fetch(`${testbed.server.url}/api/catalogue/events?edition=${DEMO}`)).json()) as unknown[];
    expect(await copied.textContent()).toBe(`已复制：新建 ${trades.length + events.length} 项，拒绝 0 项`);
    await page.locator('[data-testid="edition"]', { hasText: `当前届次：${NEXT_YEAR}年辽宁省职工职业技能大赛` }).waitFor();

    await page.goto(`${testbed.server.url}/live`);
    const tradeOptions = page.locator('select[name="trade"] option:not([value=""])');
    await tradeOptions.first().waitFor({ state: 'attached' });
    expect(await tradeOptions.first().getAttribute('value')).toMatch(new RegExp(`-${NEXT_YEAR}$`));
    await page.locator('.live__side').waitFor();

    await page.locator('select[name="edition"]').selectOption(DEMO);
    await page.waitForURL(new RegExp(`edition=${DEMO}`));
    await page.locator(`select[name="trade"] option[value="${trades[0]!.id}"]`).waitFor({ state: 'attached' });
    expect(await tradeOptions.count()).toBe(trades.length);
    expect(await page.locator('.live__side').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 240_000);
});
