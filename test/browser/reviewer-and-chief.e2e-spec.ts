/**
 * The city reviewer and the chief judge in /admin (docs/reviewer-and-chief.md): the quota bar counts
 * pending entries against the quota before any approval; the reason to reject opens in a row of its
 * own so the table keeps its columns; the city's entries download as XLSX; the chief judge's sign-off
 * list shows each competitor's state.
 */
import type { BrowserContext } from 'playwright-core';
import { demoEmployers } from '#demo';
import { ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client, commandId, residentId } from '../support/test-server.js';
import { browserTestbed, DESKTOP, logIn, newContext, TABLET, watchErrors } from './support/browser.js';

let prepared: PreparedTrade;
let chief: string;

const testbed = browserTestbed(async () => {
  const api = new ContestApi(testbed.server.url, { deviceId: 'reviewer-chief-test' });
  [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 2, seed: 1315 });
  chief = (await api.panel(prepared.trade.id)).find((m) => m.role === 'chief_judge')!.username;
});

describe('the reviewer and the chief judge', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  it('shows pending entries against the quota from the first one, rejects in a row of its own, exports the city', async () => {
    type Trade = {
      id: string;
      teamSize: number;
      lotsDrawn: boolean;
      registration?: { quotaPerCity?: number; ageWindow?: { min: number; max: number } };
    };
    const trades = (await new Client(testbed.server.url).get<Trade[]>('/api/catalogue/trades')).body;
    const trade = trades.find(
      (t) =>
        t.teamSize === 1 &&
        !t.lotsDrawn &&
        t.registration?.quotaPerCity === 5 &&
        (t.registration?.ageWindow?.max ?? 99) >= 40 &&
        (t.registration?.ageWindow?.min ?? 0) <= 30,
    )!;
    const employer = demoEmployers.find((e) => e.city === 'fushun') ?? demoEmployers[0]!;
    const reviewer = await new Client(testbed.server.url).login('reviewer-fushun');
    const entryIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const { body, status } = await reviewer.post<{ entryId: string }>('/api/entries', {
        commandId: commandId(),
        tradeId: trade.id,
        name: `待审${i + 1}`,
        idNumber: residentId('1987-04-02', 700 + i),
        phone: `1370013${String(7000 + i)}`,
        employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
        city: 'fushun',
        skillLevel: 'level-2',
      });
      expect(status).toBe(201);
      entryIds.push(body.entryId);
    }

    const context = await newContext(testbed.browser, DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/admin?section=entries`);
    await logIn(page, 'reviewer-fushun');
    // 6 waiting against a quota of 5, before any approval.
    const bar = page.locator(`li[data-quota-trade="${trade.id}"]`);
    await bar.waitFor();
    expect(await bar.getAttribute('data-pending')).toBe('6');
    expect(await bar.getAttribute('data-approved')).toBe('0');
    expect(await bar.getAttribute('data-quota')).toBe('5');
    expect(await bar.textContent()).toContain('超出名额 1 个');

    // Reject: the reason opens under the row; the name column keeps its width.
    const row = page.locator(`tr[data-entry="${entryIds[0]}"]`);
    const nameWidth = async () => (await row.locator('td').nth(1).boundingBox())!.width;
    const before = await nameWidth();
    await row.locator('button.button--ghost').click();
    const form = page.locator(`tr[data-rejecting="${entryIds[0]}"] form.reason-form`);
    await form.waitFor();
    expect(Math.abs((await nameWidth()) - before)).toBeLessThan(before * 0.2);
    await form.locator('input').fill('材料不全');
    await form.locator('button[type="submit"]').click();
    await page.locator(`tr[data-entry="${entryIds[0]}"][data-status="submitted"]`).waitFor({ state: 'detached' });
    await page.locator(`li[data-quota-trade="${trade.id}"][data-pending="5"]`).waitFor();

    // The city's entries as a spreadsheet.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-export="entries"]').click()]);
    expect(download.suggestedFilename()).toBe('entries.xlsx');
    const path = await download.path();
    expect(path).toBeTruthy();
    expect(errors).toEqual([]);
  }, 180_000);

  it("lists the chief judge's competitors with their state", async () => {
    const context = await newContext(testbed.browser, TABLET);
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/admin?section=signoff&trade=${encodeURIComponent(prepared.trade.id)}`);
    await logIn(page, chief);
    for (const { competitorNumber } of prepared.competitors) {
      const item = page.locator(`[data-signoff-competitor="${competitorNumber}"][data-signoff-state="blocked"]`);
      await item.waitFor();
      expect(await item.textContent()).toMatch(/\d+ 项未评/);
    }
    const first = prepared.competitors[0]!.competitorNumber;
    await page.locator(`[data-signoff-competitor="${first}"]`).click();
    expect(await page.locator('select[name="signoff-number"]').inputValue()).toBe(String(first));
    await page.locator('[data-module]').first().waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});
