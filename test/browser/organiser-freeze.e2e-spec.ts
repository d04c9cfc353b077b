/**
 * /admin and /live together: the organiser confirms a city-approved entry, then freezes a trade's
 * board; a spectator's page shows the freeze at once and no change after it, until the reveal.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { demoEmployers } from '#demo';
import { aspectsOf, ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client, commandId, residentId } from '../support/test-server.js';
import { browserTestbed, DESKTOP, logIn, newContext, PHONE, watchErrors } from './support/browser.js';

let api: ContestApi;
let drawn: PreparedTrade;

const testbed = browserTestbed(async () => {
  api = new ContestApi(testbed.server.url, { deviceId: 'freeze-test' });
  [drawn] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 3, seed: 9090 });
});

const rowMarked = (page: Page, competitorNumber: number, marked: number, timeout = 10_000) =>
  page.locator(`tr[data-no="${competitorNumber}"][data-marked="${marked}"]`).waitFor({ timeout });

describe('the organiser console', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => Promise.all(contexts.splice(0).map((c) => c.close())));

  it('confirms a city-approved entry', async () => {
    type Trade = { id: string; teamSize: number; lotsDrawn: boolean; registration?: { ageWindow?: { min: number; max: number } } };
    const trades = (await new Client(testbed.server.url).get<Trade[]>('/api/catalogue/trades')).body;
    const trade = trades.find(
      (t) =>
        t.teamSize === 1 && !t.lotsDrawn && (t.registration?.ageWindow?.max ?? 99) >= 40 && (t.registration?.ageWindow?.min ?? 0) <= 30,
    )!;
    const employer = demoEmployers.find((e) => e.city === 'anshan')!;
    const reviewer = await new Client(testbed.server.url).login('reviewer-anshan');
    const { body: entry } = await reviewer.post<{ entryId: string }>('/api/entries', {
      commandId: commandId(),
      tradeId: trade.id,
      name: '赵待审',
      idNumber: residentId('1988-06-01', 611),
      phone: '13700137000',
      employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
      city: 'anshan',
      skillLevel: 'level-2',
    });
    expect((await reviewer.post(`/api/entries/${entry.entryId}/city-approval`, { commandId: commandId() })).status).toBe(200);

    const context = await newContext(testbed.browser, DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/admin?section=entries`);
    await logIn(page, 'organiser');
    const row = page.locator(`tr[data-entry="${entry.entryId}"][data-status="city_approved"]`);
    await row.locator('button[data-action="approve"]').click();
    await page.locator(`tr[data-entry="${entry.entryId}"]`).waitFor({ state: 'detached' });

    const organiser = await new Client(testbed.server.url).login('organiser');
    expect((await organiser.get(`/api/entries/${entry.entryId}`)).body.status).toBe('confirmed');
    expect(errors).toEqual([]);
  }, 120_000);

  it('freezes a board: the spectator sees the freeze and no change until the reveal', async () => {
    const [first] = drawn.competitors;
    const measurement = aspectsOf(drawn.trade).filter((a) => a.type === 'measurement');
    const mark = (aspectIndex: number) =>
      api.postMark({
        tradeId: drawn.trade.id,
        judge: drawn.judges[0]!,
        competitorNumber: first!.competitorNumber,
        aspectId: measurement[aspectIndex]!.id,
        mark: measurement[aspectIndex]!.maxMark,
      });
    await mark(0);

    const spectatorContext = await newContext(testbed.browser, PHONE);
    const adminContext = await newContext(testbed.browser, DESKTOP);
    contexts.push(spectatorContext, adminContext);
    const spectator = await spectatorContext.newPage();
    const admin = await adminContext.newPage();
    const errors = [...watchErrors(spectator), ...watchErrors(admin)];

    await spectator.goto(`${testbed.server.url}/live?trade=${encodeURIComponent(drawn.trade.id)}`);
    await rowMarked(spectator, first!.competitorNumber, 1);
    expect(await spectator.locator('[data-testid="freeze-banner"]').count()).toBe(0);

    await admin.goto(`${testbed.server.url}/admin?section=results&trade=${encodeURIComponent(drawn.trade.id)}`);
    await logIn(admin, 'organiser');
    await admin.locator('button[data-action="freeze"]').click();
    await admin.locator('dl.facts[data-frozen="true"]').waitFor();

    // The spectator's page shows the freeze by itself, and not the marks after it.
    await spectator.locator('[data-testid="freeze-banner"]').waitFor({ timeout: 5_000 });
    expect(await spectator.locator('section.live__board').getAttribute('data-frozen')).toBe('true');
    await mark(1);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await spectator.locator(`tr[data-no="${first!.competitorNumber}"]`).getAttribute('data-marked')).toBe('1');

    // The ceremony: revealed, the board shows everything since the freeze.
    await admin.locator('button[data-action="reveal"]').click();
    await spectator.locator('[data-testid="freeze-banner"]').waitFor({ state: 'detached', timeout: 5_000 });
    await rowMarked(spectator, first!.competitorNumber, 2, 5_000);
    expect(errors).toEqual([]);
  }, 120_000);
});
