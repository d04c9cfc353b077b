/**
 * /admin in a real browser: the contest desk shows a trade's marking move while marks are posted
 * through the API with the page open, and the theory exam's key and answer sheets are uploaded
 * from the theory section.
 */
import type { BrowserContext } from 'playwright-core';
import { aspectsOf, ContestApi, planTradeMarks, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { browserTestbed, DESKTOP, logIn, newContext, watchErrors } from './support/browser.js';

const SEED = 3131;
let api: ContestApi;
let prepared: PreparedTrade;

const testbed = browserTestbed(async () => {
  api = new ContestApi(testbed.server.url, { deviceId: 'desk-browser' });
  [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 2, seed: SEED });
});

describe('the organiser at the contest desk', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it("shows a trade's marking progress move while marks arrive", async () => {
    context = await newContext(testbed.browser, DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/admin?section=desk`);
    await logIn(page, 'organiser');
    const tradeId = prepared.trade.id;
    const row = (marked: number) => page.locator(`tr[data-trade="${tradeId}"][data-marked="${marked}"]`);
    await row(0).waitFor({ timeout: 20_000 });
    expect(await page.locator('tr[data-trade]').count()).toBe(133);
    expect(await page.locator(`tr[data-trade="${tradeId}"]`).getAttribute('data-stage')).toBe('drawn');

    const [first, second] = prepared.competitors;
    const marks = planTradeMarks(prepared, SEED);
    const aspects = aspectsOf(prepared.trade).length;
    for (const mark of marks.filter((m) => m.competitorNumber === first!.competitorNumber)) await api.postMark(mark);
    await row(aspects).waitFor({ timeout: 30_000 });
    expect(await page.locator(`tr[data-trade="${tradeId}"]`).getAttribute('data-stage')).toBe('marking');

    for (const mark of marks.filter((m) => m.competitorNumber === second!.competitorNumber)) await api.postMark(mark);
    await row(2 * aspects).waitFor({ timeout: 30_000 });

    // Filtered by stage, the desk keeps the trade marking and drops the others.
    await page.locator('select[name="desk-stage"]').selectOption('marking');
    await page.locator('tr[data-trade]').first().waitFor();
    expect(await page.locator('tr[data-trade]').count()).toBe(1);
    expect(errors).toEqual([]);
  }, 180_000);

  it('uploads the answer key and the answer sheets from the theory section', async () => {
    context = await newContext(testbed.browser, DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const tradeId = prepared.trade.id;
    await page.goto(`${testbed.server.url}/admin?section=theory&trade=${encodeURIComponent(tradeId)}`);
    await logIn(page, 'organiser');

    await page.locator('input[name="theory-key"]').fill('A,B,C,D,AB');
    await page.locator('button[data-action="set-key"]').click();
    await page.locator('dl[data-questions="5"]').waitFor();

    const [first, second] = prepared.competitors.map((c) => c.competitorNumber);
    const csv = `competitorNumber,answers\n${first},A|B|C|D|AB\n${second},ABCDA\n999,ABCDA\n`;
    await page.locator('input[name="answers-file"]').setInputFiles({ name: 'answers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('button[data-action="upload-answers-file"]').click();
    await page.locator('[data-testid="theory-report"] tr[data-row="4"][data-status="refused"]').waitFor();
    expect(await page.locator('[data-testid="theory-report"] tr[data-status="recorded"]').count()).toBe(2);
    await page.locator(`tr[data-no="${first}"][data-source="answers"]`).waitFor();
    expect(await page.locator(`tr[data-no="${first}"] td.num`).textContent()).toBe('100.00');
    expect(await page.locator(`tr[data-no="${second}"] td.num`).textContent()).toBe('80.00');
    expect(await page.locator('dl[data-key-open="false"]').count()).toBe(1);
    expect(await page.locator('p[data-missing=""]').count()).toBe(1);
    expect(errors).toEqual([]);
  }, 120_000);
});
