/**
 * The judge's tablet, finished (docs/judge-tablet.md): a correction asked for on the tablet and
 * approved by the chief judge; the aspect's lease let go by a beacon when a tab closes, so the
 * judge's mark from another tablet goes through by itself; the place on the sheet restored after an
 * offline reload; two aspects at once in landscape; the sync state in large type.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { aspectsOf, ContestApi, prepareTrades, type AspectView, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { browserTestbed, logIn, newContext, serviceWorkerControls, TABLET, watchErrors } from './support/browser.js';

let prepared: PreparedTrade;
let chief: string;

const testbed = browserTestbed(async () => {
  const api = new ContestApi(testbed.server.url, { deviceId: 'judge-tablet-test' });
  [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 3, seed: 1313 });
  chief = (await api.panel(prepared.trade.id)).find((m) => m.role === 'chief_judge')!.username;
});

const LANDSCAPE = { viewport: { width: 1024, height: 768 }, hasTouch: true };

const judgementAspects = () => aspectsOf(prepared.trade).filter((a) => a.type === 'judgement');

const events = async (type: string) => (await testbed.server.store.readAll()).filter((e) => e.type === type);

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

describe('the judge tablet, finished', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  it('a judge asks for a correction from the tablet, the chief judge sees it and approves it', async () => {
    const tradeId = prepared.trade.id;
    const judge = prepared.judges[0]!;
    const competitor = prepared.competitors[0]!.competitorNumber;
    const aspect = judgementAspects()[0]!;

    const tablet = await newContext(testbed.browser, TABLET);
    contexts.push(tablet);
    const page = await tablet.newPage();
    const errors = watchErrors(page);
    await openSheet(page, judge, competitor);
    await showModuleOf(page, aspect);
    await giveLevel(page, aspect, 1);
    const card = page.locator(`article[data-aspect="${aspect.id}"]`);
    await card.locator('[data-mark-state="confirmed"]').waitFor();

    await card.locator(`[data-request-correction="${aspect.id}"]`).click();
    const mark = card.locator(`input[name="correction-${aspect.id}-mark"]`);
    const submit = card.locator('.correction-form button[type="submit"]');
    await mark.fill('1');
    await card.locator('.correction-form .field__error').waitFor(); // the same mark is no correction
    await mark.fill('2');
    expect(await submit.isDisabled()).toBe(true); // a reason first
    await card.locator(`textarea[name="correction-${aspect.id}-reason"]`).fill('按错了等级，应为 2');
    await submit.click();
    const requested = card.locator('[data-correction-requested]');
    await requested.waitFor();
    const correctionId = (await requested.getAttribute('data-correction-requested'))!;
    const [asked] = (await events('CorrectionRequested')).filter((e) => (e.data as { correctionId: string }).correctionId === correctionId);
    expect(asked?.data).toMatchObject({ aspectId: aspect.id, from: 1, to: 2, reason: '按错了等级，应为 2', competitorNumber: competitor });

    const desk = await newContext(testbed.browser, TABLET);
    contexts.push(desk);
    const admin = await desk.newPage();
    const adminErrors = watchErrors(admin);
    await admin.goto(`${testbed.server.url}/admin?section=corrections&trade=${encodeURIComponent(tradeId)}`);
    await logIn(admin, chief);
    const pending = admin.locator(`[data-correction="${correctionId}"][data-status="pending"]`);
    await pending.waitFor();
    expect(await pending.textContent()).toContain('按错了等级，应为 2');
    await pending.locator('button.button--primary').click();
    await admin.locator(`[data-correction="${correctionId}"][data-status="approved"]`).waitFor();
    expect((await events('CorrectionApproved')).map((e) => (e.data as { correctionId: string }).correctionId)).toContain(correctionId);
    expect([...errors, ...adminErrors]).toEqual([]);
  }, 180_000);

  it('in landscape shows two aspects at once, and after an offline reload comes back to the same competitor, module and aspect', async () => {
    const judge = prepared.judges[2] ?? prepared.judges[0]!;
    const competitor = prepared.competitors[2]!.competitorNumber;
    const modules = prepared.trade.scheme.subCriteria;
    const module = [...modules].reverse().find((m) => m.aspects.length >= 2)!;
    const aspect = module.aspects[1]!;

    const tablet = await newContext(testbed.browser, LANDSCAPE);
    contexts.push(tablet);
    const page = await tablet.newPage();
    const errors = watchErrors(page);
    await openSheet(page, judge, competitor);
    await showModuleOf(page, aspect as AspectView);
    await page.locator(`article[data-aspect="${aspect.id}"] .aspect__head`).click();
    await page.locator(`article[data-aspect="${aspect.id}"][data-current="true"]`).waitFor();

    // 1024×768: at least two aspect cards side by side, both on the screen.
    const visible = await page.locator('article[data-aspect]').evaluateAll(
      (cards) =>
        cards.filter((card) => {
          const box = (
            card as unknown as { getBoundingClientRect(): { top: number; bottom: number; left: number; right: number } }
          ).getBoundingClientRect();
          return box.top < 768 && box.bottom > 0 && box.left >= 0 && box.right <= 1024 && box.top >= 0;
        }).length,
    );
    expect(visible).toBeGreaterThanOrEqual(2);
    // The sync state is read at arm's length.
    const fontSize = await page
      .locator('[data-testid="unsent"]')
      .evaluate((el) =>
        Number.parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(el).fontSize),
      );
    expect(fontSize).toBeGreaterThanOrEqual(20);
    expect(await page.locator('[data-testid="unsent"]').textContent()).toContain('全部已发送');

    await serviceWorkerControls(page);
    await tablet.setOffline(true);
    await page.locator('[data-online="false"]').waitFor();
    expect(await page.locator('[data-testid="sync-state"]').textContent()).toMatch(/离线（自 .+ 起）/);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.locator(`button[data-competitor="${competitor}"][aria-pressed="true"]`).waitFor();
    await page.locator(`article[data-aspect="${aspect.id}"][data-current="true"]`).waitFor();
    await page.locator('[role="tab"]').nth(modules.indexOf(module)).and(page.locator('[aria-selected="true"]')).waitFor();
    expect(await page.locator('[data-testid="sync-state"]').textContent()).toMatch(/离线（自 .+ 起）/);
    expect(errors).toEqual([]);
  }, 180_000);
});
