/**
 * /register after the contest: the contestant sees their own result as published (status, theory,
 * practical, total, rank, prize, each module's and aspect's marks) and files an appeal naming an aspect
 * from the phone within the window; the arbitration committee
 * finds it in its list.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { createRng } from '#demo';
import {
  ContestApi,
  generateContestant,
  ORGANISER,
  pickUndrawnTrades,
  planTradeMarks,
  prepareTrades,
  reviewerOf,
  type PreparedTrade,
} from '../../scripts/lib/contest-driver.js';
import { Client, commandId } from '../support/test-server.js';
import { browserTestbed, newContext, PHONE, watchErrors } from './support/browser.js';

const SEED = 7171;
const CONTESTANT = { username: 'result-contestant', password: 'contestant-pw-1' };

let prepared: PreparedTrade;
let myNumber: number;

const testbed = browserTestbed(async () => {
  const api = new ContestApi(testbed.server.url, { deviceId: 'result-test' });

  // The contestant enters themself in a trade; the city approves, the province confirms.
  const [summary] = await pickUndrawnTrades(api, 1, SEED);
  const trade = await api.trade(summary!.id);
  const judges = (await api.panel(trade.id)).filter((m) => m.role === 'judge').map((m) => m.username);
  const judgeEmployers = new Set(
    (await Promise.all(judges.map((j) => api.login(j)))).flatMap((s) => (s.user.employer ? [s.user.employer.name] : [])),
  );
  const { ability: _ability, ...entry } = generateContestant(createRng(SEED), {
    tradeId: trade.id,
    teamSize: trade.teamSize,
    city: 'shenyang',
    year: (await api.contest()).year,
    excludedEmployers: judgeEmployers,
  });
  await new Client(testbed.server.url).post('/api/auth/sign-up', { commandId: commandId(), ...CONTESTANT, displayName: entry.name });
  const contestant = await new Client(testbed.server.url).login(CONTESTANT.username, CONTESTANT.password);
  const submitted = await contestant.post<{ entryId: string }>('/api/entries', { commandId: commandId(), ...entry });
  expect(submitted.status).toBe(201);
  await api.approveByCity(reviewerOf('shenyang'), submitted.body.entryId);
  await api.confirm(submitted.body.entryId);

  // Two more contestants, the draw, every mark, every module signed off, the results published.
  [prepared] = await prepareTrades(api, { trades: [trade.id], contestantsPerTrade: 2, seed: SEED });
  myNumber = prepared.competitors.find((c) => c.entryId === submitted.body.entryId)!.competitorNumber;
  for (const mark of planTradeMarks(prepared, SEED)) await api.postMark(mark);
  const chief = (await api.panel(trade.id)).find((m) => m.role === 'chief_judge')!.username;
  for (const { competitorNumber } of prepared.competitors) {
    for (const module of trade.scheme.subCriteria) {
      await api.postAs(chief, `/api/trades/${trade.id}/competitors/${competitorNumber}/sign-off`, {
        commandId: randomUUID(),
        moduleId: module.id,
      });
    }
  }
  await testbed.server.quietHead();
  await api.postAs(ORGANISER, `/api/trades/${trade.id}/publish`, {
    commandId: randomUUID(),
    missingTheoryReason: 'the theory exam of this test is not held',
  });
  await testbed.server.quietHead();
});

describe('the contestant after the contest', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it('sees their published result and files an appeal from the phone', async () => {
    const tradeId = prepared.trade.id;
    const published = (await new Client(testbed.server.url).get(`/api/trades/${tradeId}/results`)).body;
    const mine = published.rows.find((r: { competitorNumber: number }) => r.competitorNumber === myNumber);
    expect(published.status).toBe('official');
    expect(Date.parse(published.appealsCloseAt) - Date.parse(published.publishedAt)).toBe(120 * 60_000);

    context = await newContext(testbed.browser, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/register`);
    await page.locator('#tab-login').click();
    await page.locator('input[name="username"]').fill(CONTESTANT.username);
    await page.locator('input[name="password"]').fill(CONTESTANT.password);
    await page.locator('form.login-form button[type="submit"]').click();

    const result = page.locator('section.my-result[data-result-status="official"]');
    await result.waitFor();
    expect(await result.locator('[data-rank]').getAttribute('data-rank')).toBe(String(mine.rank));
    expect(Number(await result.locator('[data-total]').getAttribute('data-total'))).toBe(mine.total);

    // After publication: theory, practical and each module's and aspect's marks, as the API gives them.
    const contestant = await new Client(testbed.server.url).login(CONTESTANT.username, CONTESTANT.password);
    const own = (await contestant.get(`/api/trades/${tradeId}/results/mine`)).body;
    expect(own).toMatchObject({ competitorNumber: myNumber, total: mine.total, rank: mine.rank, status: 'official' });
    expect(own.modules.map((m: { moduleId: string }) => m.moduleId)).toEqual(prepared.trade.scheme.subCriteria.map((m) => m.id));
    const firstModule = own.modules[0];
    await result.locator(`[data-module="${firstModule.moduleId}"] [data-module-mark]`).waitFor();
    expect(
      Number(await result.locator(`[data-module="${firstModule.moduleId}"] [data-module-mark]`).getAttribute('data-module-mark')),
    ).toBe(firstModule.mark);
    const aspect = firstModule.aspects[0];
    expect(Number(await result.locator(`[data-aspect="${aspect.aspectId}"] [data-aspect-mark]`).getAttribute('data-aspect-mark'))).toBe(
      aspect.mark,
    );
    // No judge's own mark anywhere in the answer.
    expect(JSON.stringify(own)).not.toContain('judgeId');

    const reason = 'The judges did not see my second workpiece';
    await result.locator(`input[name="appeal-aspect"][value="${aspect.aspectId}"]`).check();
    await result.locator('textarea[name="appeal-reason"]').fill(reason);
    await result.locator('.appeal-form button').click();
    await result.locator('li[data-appeal-status="pending"]').waitFor();
    // Filed once: the form gives way to the pending notice.
    expect(await result.locator('textarea[name="appeal-reason"]').count()).toBe(0);

    const arbitration = await new Client(testbed.server.url).login('arbitration');
    const appeals = (await arbitration.get(`/api/appeals?tradeId=${encodeURIComponent(tradeId)}`)).body;
    expect(appeals).toEqual([
      expect.objectContaining({ competitorNumber: myNumber, reason, status: 'pending', aspectIds: [aspect.aspectId] }),
    ]);
    expect(errors).toEqual([]);
  }, 120_000);
});
