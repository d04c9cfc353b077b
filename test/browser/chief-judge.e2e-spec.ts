/**
 * /admin as a chief judge: a competitor's completion time (the last tie-break) is typed as h:mm:ss
 * and recorded; a change asks for a reason before it can be sent.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';
import { ensureWebBuilt, launchBrowser, logIn, newContext, TABLET, watchErrors } from './support/browser.js';

let server: TestServer;
let browser: Browser;
let prepared: PreparedTrade;
let chief: string;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  const api = new ContestApi(server.url, { deviceId: 'chief-test' });
  [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 2, seed: 5151 });
  chief = (await api.panel(prepared.trade.id)).find((m) => m.role === 'chief_judge')!.username;
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (server) removeFilesOf(server);
});

describe('the chief judge console', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it('records a completion time typed as h:mm:ss, and asks for a reason to change it', async () => {
    const tradeId = prepared.trade.id;
    const { competitorNumber } = prepared.competitors[0]!;
    context = await newContext(browser, TABLET);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/admin?section=signoff&trade=${encodeURIComponent(tradeId)}`);
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

    const sheet = async () => (await (await new Client(server.url).login(chief)).get(`/api/trades/${tradeId}/competitors/${competitorNumber}/sheet`)).body;
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
});
