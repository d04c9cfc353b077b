/**
 * One device per aspect (docs/judge-tablet.md): the aspect's lease is let go by a beacon when a tab
 * closes, so the judge's mark from another tablet, held back meanwhile, goes through by itself.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { aspectsOf, ContestApi, prepareTrades, type AspectView, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { browserTestbed, logIn, newContext, TABLET, watchErrors } from './support/browser.js';

let prepared: PreparedTrade;

const testbed = browserTestbed(async () => {
  const api = new ContestApi(testbed.server.url, { deviceId: 'judge-tablet-test' });
  [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 3, seed: 1314 });
});

const judgementAspects = () => aspectsOf(prepared.trade).filter((a) => a.type === 'judgement');

const events = async (type: string) => (await testbed.server.store.readAll()).filter((e) => e.type === type);

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
  })`) as Promise<Array<{ commandId: string; aspectId: string; state: string; lastFailure?: string; attempts: number }>>;

async function openSheet(page: Page, judge: string, competitor: number): Promise<void> {
  await page.goto(`${testbed.server.url}/judge`);
  await logIn(page, judge);
  await page.locator(`button[data-competitor="${competitor}"]`).click();
}

/** Shows the module (tab) that holds the aspect. */
async function showModuleOf(page: Page, aspect: AspectView): Promise<void> {
  const module = prepared.trade.scheme.subCriteria.findIndex((m) => m.aspects.some((a) => a.id === aspect.id));
  await page.locator('[role="tab"]').nth(module).click();
  await page.locator(`article[data-aspect="${aspect.id}"]`).waitFor();
}

async function giveLevel(page: Page, aspect: AspectView, level: number): Promise<void> {
  const card = page.locator(`article[data-aspect="${aspect.id}"]`);
  await card.locator('label.level').nth(level).click();
  await card.locator('.aspect__submit').click();
}

describe('the lease of an aspect', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  it('a closed tab lets its aspect go with a beacon; the mark from the other tablet then goes through without a resend', async () => {
    const tradeId = prepared.trade.id;
    const judge = prepared.judges[1]!;
    const competitor = prepared.competitors[1]!.competitorNumber;
    const aspect = judgementAspects()[1] ?? judgementAspects()[0]!;

    // Tablet A touches the aspect: it holds the lease.
    const a = await newContext(testbed.browser, TABLET);
    contexts.push(a);
    const pageA = await a.newPage();
    await openSheet(pageA, judge, competitor);
    await showModuleOf(pageA, aspect);
    const opened = pageA.waitForResponse((r) => r.url().endsWith('/aspects/open') && r.status() === 200);
    await pageA.locator(`article[data-aspect="${aspect.id}"] label.level`).nth(2).click();
    await opened;
    const deviceA = (await pageA.evaluate(`localStorage.getItem('jiangxin.deviceId')`)) as string;

    // Tablet B gives the mark meanwhile: held back by A's lease, it waits on B (not refused).
    const b = await newContext(testbed.browser, TABLET);
    contexts.push(b);
    const pageB = await b.newPage();
    const errorsB = watchErrors(pageB);
    await openSheet(pageB, judge, competitor);
    await showModuleOf(pageB, aspect);
    await giveLevel(pageB, aspect, 3);
    await pageB.locator('[data-testid="unsent"][data-unsent="1"]').waitFor();
    for (let i = 0; i < 100; i++) {
      const held = (await outboxOf(pageB)).find((m) => m.aspectId === aspect.id);
      if (held?.lastFailure === 'lease') break;
      await pageB.waitForTimeout(100);
    }
    expect((await outboxOf(pageB)).find((m) => m.aspectId === aspect.id)).toMatchObject({ state: 'saved', lastFailure: 'lease' });
    expect(
      (await events('MarkSubmitted')).filter(
        (e) =>
          (e.data as { aspectId: string; competitorNumber: number }).aspectId === aspect.id &&
          (e.data as { competitorNumber: number }).competitorNumber === competitor,
      ),
    ).toEqual([]);

    // A's tab closes: its pagehide beacon releases the lease.
    await pageA.close({ runBeforeUnload: true });
    for (let i = 0; i < 100 && (await events('AspectReleased')).length === 0; i++) await pageB.waitForTimeout(100);
    const released = (await events('AspectReleased')).map((e) => e.data as { aspectId: string; deviceId: string; tradeId: string });
    expect(released).toContainEqual(expect.objectContaining({ aspectId: aspect.id, deviceId: deviceA, tradeId }));

    // B's mark goes by itself, nobody presses "send again".
    await pageB.locator(`article[data-aspect="${aspect.id}"] [data-mark-state="confirmed"]`).waitFor({ timeout: 20_000 });
    await pageB.locator('[data-testid="unsent"][data-unsent="0"]').waitFor();
    const stored = (await events('MarkSubmitted')).filter(
      (e) =>
        (e.data as { aspectId: string }).aspectId === aspect.id && (e.data as { competitorNumber: number }).competitorNumber === competitor,
    );
    expect(stored.map((e) => (e.data as { mark: number }).mark)).toEqual([3]);
    expect(errorsB).toEqual([]);
  }, 180_000);
});
