/**
 * /judge on a 6-inch phone: the page is no wider than the screen (the competitor numbers are a strip
 * that scrolls by itself), and every competitor can be chosen with a tap.
 */
import { ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { browserTestbed, logIn, newContext, PHONE, watchErrors } from './support/browser.js';

let prepared: PreparedTrade;

const testbed = browserTestbed(async () => {
  [prepared] = await prepareTrades(new ContestApi(testbed.server.url), { trades: 1, contestantsPerTrade: 12, seed: 1212 });
});

interface PageGlobals {
  document: { documentElement: { scrollWidth: number } };
}

it('fits the screen and lets the judge choose every competitor', async () => {
  const context = await newContext(testbed.browser, PHONE);
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/judge`);
    await logIn(page, prepared.judges[0]!);
    const last = [...prepared.competitors].pop()!.competitorNumber;
    await page.locator(`button[data-competitor="${last}"]`).waitFor({ state: 'attached' });
    const pageWidth = () => page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth);
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.viewport.width);

    // The last first: it starts off-screen in the strip.
    for (const { competitorNumber } of [...prepared.competitors].reverse()) {
      await page.locator(`button[data-competitor="${competitorNumber}"]`).click({ timeout: 5_000 });
      await page.locator(`button[data-competitor="${competitorNumber}"][aria-pressed="true"]`).waitFor();
      await page.locator('article[data-aspect]').first().waitFor();
    }
    expect(await pageWidth()).toBeLessThanOrEqual(PHONE.viewport.width);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);
