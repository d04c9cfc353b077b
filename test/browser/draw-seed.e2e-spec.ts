/**
 * The draw's seed never depends on one browser (docs/draw-seed.md): the seed card is shown once and
 * the commitment is published only after it is saved; a lost seed is replaced with a reason, and the
 * replaced commitment stays on the page beside the new one.
 */
import type { BrowserContext } from 'playwright-core';
import { Client } from '../support/test-server.js';
import { browserTestbed, DESKTOP, logIn, newContext, watchErrors } from './support/browser.js';

const testbed = browserTestbed();

describe('the draw seed card', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it('publishes the commitment only once the card is saved, and replaces a lost seed with a public reason', async () => {
    type Trade = { id: string; lotsDrawn: boolean };
    const trades = (await new Client(testbed.server.url).get<Trade[]>('/api/catalogue/trades')).body;
    const tradeId = trades.find((t) => !t.lotsDrawn)!.id;
    const publicDraw = async () => (await new Client(testbed.server.url).get(`/api/trades/${tradeId}/draw`)).body;

    context = await newContext(testbed.browser, DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/admin?section=lots&trade=${encodeURIComponent(tradeId)}`);
    await logIn(page, 'organiser');
    await page.locator('input[name="seed"]').fill('first seed 0001');
    await page.locator('form.form--inline button[type="submit"]').click();

    const card = page.locator(`[data-seed-card="${tradeId}"]`);
    await card.waitFor();
    expect(await card.locator('[data-seed]').getAttribute('data-seed')).toBe('first seed 0001');
    const publish = card.locator('[data-seed-publish]');
    expect(await publish.isDisabled()).toBe(true);
    expect(await card.locator('[data-seed-saved]').isDisabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), card.locator('[data-seed-download]').click()]);
    expect(download.suggestedFilename()).toBe(`draw-seed-${tradeId}.txt`);
    await card.locator('[data-seed-saved]').check();
    await publish.click();
    await card.waitFor({ state: 'detached' });
    const first = await publicDraw();
    expect(first.commitment).toMatch(/^[0-9a-f]{64}$/);

    // The seed is lost: a new one, a saved card, a reason; both commitments stay public.
    await page.locator('details summary').filter({ hasText: '种子丢失了？' }).click();
    await page.locator('[data-seed-replace]').click();
    await card.waitFor();
    const [again] = await Promise.all([page.waitForEvent('download'), card.locator('[data-seed-download]').click()]);
    expect(again.suggestedFilename()).toBe(`draw-seed-${tradeId}.txt`);
    await card.locator('[data-seed-saved]').check();
    expect(await publish.isDisabled()).toBe(true); // a reason first
    await card.locator('input[name="replace-reason"]').fill('种子卡遗失');
    await publish.click();
    await page.locator(`[data-replaced-commitment="${first.commitment}"]`).waitFor();
    const replaced = await publicDraw();
    expect(replaced.commitment).not.toBe(first.commitment);
    expect(replaced.replacedCommitments).toEqual([expect.objectContaining({ commitment: first.commitment, reason: '种子卡遗失' })]);
    expect(errors).toEqual([]);
  }, 180_000);
});
