/**
 * The judge's tablet on flaky Wi-Fi: marks given offline are kept on the tablet (IndexedDB) with
 * their commandIds, survive a reload (the service worker serves the app shell offline), and once the
 * tablet is back online reach the event store exactly once, also when one is sent again.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { aspectsOf, ContestApi, prepareTrades, type AspectView, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { browserTestbed, logIn, newContext, serviceWorkerControls, TABLET, watchErrors } from './support/browser.js';

let prepared: PreparedTrade;

const testbed = browserTestbed(async () => {
  [prepared] = await prepareTrades(new ContestApi(testbed.server.url), { trades: 1, contestantsPerTrade: 3, seed: 5050 });
});

/** The tablet's outbox as IndexedDB holds it. */
const outboxOf = (page: Page) =>
  page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('jiangxin-judge');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('outbox').objectStore('outbox').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    };
  })`) as Promise<Array<{ commandId: string; aspectId: string; mark: number; state: string; judgeId: string }>>;

/** Waits until the outbox holds the mark in the given state (the tablet's own pace: no fixed sleep). */
async function stateOfMarkIs(page: Page, commandId: string, state: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen: string | undefined;
  while (Date.now() < deadline) {
    seen = (await outboxOf(page)).find((m) => m.commandId === commandId)?.state;
    if (seen === state) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The outbox holds ${commandId} as ${seen ?? 'nothing'}, not ${state}, after ${timeoutMs} ms`);
}

/** Puts a confirmed mark back to "in flight", as if the page had gone away before the answer came. */
const pretendAnswerLost = (page: Page, commandId: string) =>
  page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('jiangxin-judge');
    open.onsuccess = () => {
      const store = open.result.transaction('outbox', 'readwrite').objectStore('outbox');
      const get = store.get(${JSON.stringify(commandId)});
      get.onsuccess = () => {
        const put = store.put({ ...get.result, state: 'sent' });
        put.onsuccess = () => resolve(true);
        put.onerror = () => reject(put.error);
      };
    };
    open.onerror = () => reject(open.error);
  })`);

async function giveMark(page: Page, aspect: AspectView, index: number): Promise<number> {
  const card = page.locator(`article[data-aspect="${aspect.id}"]`);
  let mark: number;
  if (aspect.type === 'judgement') {
    mark = index % 4;
    await card.locator('label.level').nth(mark).click();
  } else {
    mark = Math.round(aspect.maxMark * 50) / 100;
    await card.locator('input[type="number"]').fill(String(mark));
  }
  await card.locator('.aspect__submit').click();
  await card.locator('[data-mark-state="saved"]').waitFor();
  return mark;
}

const unsentIs = (page: Page, count: number, timeout = 15_000) =>
  page.locator(`[data-testid="unsent"][data-unsent="${count}"]`).waitFor({ timeout });

describe('judge tablet offline', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it('keeps marks given offline through a reload and delivers each exactly once when back online', async () => {
    const judge = prepared.judges[0]!;
    const competitor = prepared.competitors[0]!.competitorNumber;
    const aspects = aspectsOf(prepared.trade).slice(0, 3);

    context = await newContext(testbed.browser, TABLET);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/judge`);
    await logIn(page, judge);
    await page.locator(`button[data-competitor="${competitor}"]`).click();
    await page.locator(`article[data-aspect="${aspects[0]!.id}"][data-state="unmarked"]`).waitFor();
    // The service worker has the app shell: from now on a reload works without network.
    await serviceWorkerControls(page);

    await context.setOffline(true);
    await page.locator('[data-online="false"]').waitFor();
    const given = new Map<string, number>();
    for (const [i, aspect] of aspects.entries()) given.set(aspect.id, await giveMark(page, aspect, i + 1));
    await unsentIs(page, 3);
    const saved = await outboxOf(page);
    expect(saved.map((m) => [m.aspectId, m.mark, m.state]).sort()).toEqual([...given].map(([id, mark]) => [id, mark, 'saved']).sort());

    // Offline reload: the shell comes from the service worker, the marks from IndexedDB.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await unsentIs(page, 3);
    expect(await page.locator('.outbox tr[data-state="saved"]').count()).toBe(3);
    expect((await testbed.server.store.readAll()).filter((e) => e.type === 'MarkSubmitted')).toEqual([]);

    await context.setOffline(false);
    await unsentIs(page, 0);
    await page.locator(`button[data-competitor="${competitor}"]`).click();
    for (const aspect of aspects) await page.locator(`article[data-aspect="${aspect.id}"] [data-mark-state="confirmed"]`).waitFor();

    const tablet = await outboxOf(page);
    const device = (await page.evaluate(`localStorage.getItem('jiangxin.deviceId')`)) as string;
    const stored = () =>
      testbed.server.store
        .readAll()
        .then((events) =>
          events.filter((e) => e.type === 'MarkSubmitted' && (e.data as { competitorNumber: number }).competitorNumber === competitor),
        );
    const first = await stored();
    expect(first.map((e) => [(e.data as { aspectId: string }).aspectId, (e.data as { mark: number }).mark]).sort()).toEqual(
      [...given].sort(),
    );
    expect(first.map((e) => e.metadata.commandId).sort()).toEqual(tablet.map((m) => m.commandId).sort());
    expect(new Set(first.map((e) => e.metadata.device))).toEqual(new Set([device]));

    // An answer lost on the way: the mark is sent again with its commandId, and the store does not change.
    await pretendAnswerLost(page, tablet[0]!.commandId);
    await page.reload();
    // Right after the reload the counter reads 0 before the outbox is loaded: wait for the resent mark's answer.
    await stateOfMarkIs(page, tablet[0]!.commandId, 'confirmed');
    await unsentIs(page, 0);
    expect((await stored()).map((e) => e.id)).toEqual(first.map((e) => e.id));
    expect(errors).toEqual([]);
  }, 120_000);
});
