/**
 * /admin as a chief judge: a competitor's completion time (the last tie-break) is typed as h:mm:ss
 * and recorded, a change asks for a reason before it can be sent; the panel's agreement shows a
 * spread flagged and each judge's leniency.
 */
import type { BrowserContext } from 'playwright-core';
import { aspectsOf, ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client } from '../support/test-server.js';
import { browserTestbed, logIn, newContext, TABLET, watchErrors } from './support/browser.js';

let prepared: PreparedTrade;
let chief: string;
let api: ContestApi;

const testbed = browserTestbed(async () => {
  api = new ContestApi(testbed.server.url, { deviceId: 'chief-test' });
  [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 2, seed: 5151 });
  chief = (await api.panel(prepared.trade.id)).find((m) => m.role === 'chief_judge')!.username;
});

describe('the chief judge console', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it('records a completion time typed as h:mm:ss, and asks for a reason to change it', async () => {
    const tradeId = prepared.trade.id;
    const { competitorNumber } = prepared.competitors[0]!;
    context = await newContext(testbed.browser, TABLET);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/admin?section=signoff&trade=${encodeURIComponent(tradeId)}`);
    await logIn(page, chief);
    await page.locator('select[name="signoff-number"]').selectOption(String(competitorNumber));

    const time = page.locator('input[name="completion-time"]');
    const submit = page.locator('[data-completion] button.button--primary');
    await time.fill('3:70:00');
    await page.locator('[data-error-for="completion-time"]').waitFor();
    expect(await submit.isDisabled()).toBe(true);
    await time.fill('3:00:30');
    await submit.click();
    await page.locator('[data-completion="10830"]').waitFor();

    const sheet = async () =>
      (await (await new Client(testbed.server.url).login(chief)).get(`/api/trades/${tradeId}/competitors/${competitorNumber}/sheet`)).body;
    expect((await sheet()).completionSeconds).toBe(10_830);

    // A change: the reason comes first.
    await page.locator('input[name="completion-time"]').fill('2:59:30');
    expect(await submit.isDisabled()).toBe(true);
    await page.locator('input[name="completion-reason"]').fill('the stopwatch was started late');
    await submit.click();
    await page.locator('[data-completion="10770"]').waitFor();
    expect((await sheet()).completionSeconds).toBe(10_770);
    expect(errors).toEqual([]);
  }, 120_000);

  it('shows the agreement of the panel: a spread over one level flagged, the lenient judge marked', async () => {
    const tradeId = prepared.trade.id;
    const { competitorNumber } = prepared.competitors[1]!;
    const aspect = aspectsOf(prepared.trade).find((a) => a.type === 'judgement')!;
    // The first judge gives 3, the others 1: a spread of 2 on a complete round.
    const panel = prepared.judges.slice(0, prepared.trade.panelSize);
    for (const [i, judge] of panel.entries())
      await api.postMark({ tradeId, judge, competitorNumber, aspectId: aspect.id, mark: i === 0 ? 3 : 1 });
    await testbed.server.quietHead();

    context = await newContext(testbed.browser, TABLET);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/admin?section=agreement&trade=${encodeURIComponent(tradeId)}`);
    await logIn(page, chief);
    await page.locator('dl.facts[data-flagged="1"]').waitFor();
    const flaggedAspect = page.locator(`tr[data-aspect="${aspect.id}"].row--notable`);
    await flaggedAspect.waitFor();
    const judgeIds = new Map((await api.panel(tradeId)).map((m) => [m.username, m.judgeId]));
    const lenient = page.locator(`tr[data-judge="${judgeIds.get(panel[0]!)}"]`);
    expect(await lenient.getAttribute('class')).toBe('row--notable');
    expect(await lenient.locator('td').nth(1).textContent()).toMatch(/^\+\d\.\d\d$/);
    expect(errors).toEqual([]);
  }, 120_000);
});
