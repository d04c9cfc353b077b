/**
 * The hall screen and the award ceremony (docs/live-screens.md), in Chromium against a real server:
 * a 40-contestant trade on a 1920×1080 screen shows every row within one rotation of its pages, with
 * row text of at least 32 px; the medal table equals the board's prizes after each delta; the badge
 * follows freeze, reveal and publish; the ceremony steps from the last place to the first and the
 * hall screen follows it.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { tradeBoardId } from '#contracts';
import { finalOrder } from '#read-models';
import { ProjectionsService } from '../../apps/api/src/projections/projections.service.js';
import { aspectsOf, ContestApi, ORGANISER, planTradeMarks, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { browserTestbed, DESKTOP, logIn, newContext, watchErrors } from './support/browser.js';

const SEED = 1212;
let api: ContestApi;
let big: PreparedTrade;
let small: PreparedTrade;
/** Competitors of the big trade without any mark yet (marked one by one in the tests). */
let unmarked: number[];
let bigEvent: string;

const testbed = browserTestbed(async () => {
  api = new ContestApi(testbed.server.url, { deviceId: 'screens-test' });
  [big] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 40, seed: SEED });
  [small] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 2, seed: SEED + 1 });
  // 32 of the 40 marked on up to three measurement aspects (full mark or 0): ranks, ties and prizes; 8 without a score.
  const aspects = measurementOf(big);
  const numbers = big.competitors.map((c) => c.competitorNumber).sort((a, b) => a - b);
  for (const [i, competitorNumber] of numbers.slice(0, 32).entries()) {
    for (const [k, aspect] of aspects.entries()) {
      if (k === 0 || (i >> k) % 2 === 1) await markBig(competitorNumber, k, (i >> (k + 2)) % 2 === 0 ? aspect.maxMark : 0);
    }
  }
  unmarked = numbers.slice(32);
  const trades = await api.getAs<{ id: string; eventId: string }[]>(undefined, '/api/catalogue/trades');
  bigEvent = trades.find((t) => t.id === big.trade.id)!.eventId;
  await testbed.server.quietHead();
});

const measurementOf = (prepared: PreparedTrade) =>
  aspectsOf(prepared.trade)
    .filter((a) => a.type === 'measurement')
    .slice(0, 3);

function markBig(competitorNumber: number, aspectIndex: number, mark: number) {
  const aspect = measurementOf(big)[aspectIndex]!;
  return api.postMark({ tradeId: big.trade.id, judge: big.judges[0]!, competitorNumber, aspectId: aspect.id, mark });
}

const organiserPost = (path: string) => api.postAs(ORGANISER, path, { commandId: randomUUID() });
const liveBoard = (tradeId: string) => testbed.server.app.get(ProjectionsService).models.boards.snapshot(tradeBoardId(tradeId), 'live')!;
const publicVersion = async (tradeId: string) => (await api.board(tradeId)).version;
const shownVersion = (page: Page, version: number) =>
  page.locator(`section.live__board[data-version="${version}"]`).waitFor({ timeout: 60_000 });
const badge = (page: Page, state: string) =>
  page.locator(`[data-testid="board-badge"][data-state="${state}"]`).waitFor({ timeout: 60_000 });

/** The board's prizes per city (from its rows) and the medal table, as the page shows them. */
function medalsAgree(page: Page): Promise<{ board: string; medals: string }> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelectorAll: (s: string) => ArrayLike<DomElement> } }).document;
    const counts = new Map<string, number[]>();
    for (const row of Array.from(doc.querySelectorAll('tr[data-no][data-prize]'))) {
      const city = row.querySelector('td.board__city')!.textContent!.trim();
      const prize = ['first', 'second', 'third'].indexOf(row.getAttribute('data-prize')!);
      const c = counts.get(city) ?? [0, 0, 0];
      c[prize]! += 1;
      counts.set(city, c);
    }
    const board = [...counts.entries()]
      .map(([city, c]) => `${city}:${c.join('/')}`)
      .sort()
      .join(',');
    const medals = Array.from(doc.querySelectorAll('table.medals tbody tr'))
      .map((row) => {
        const cells = Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent!.trim());
        return `${cells[0]}:${cells.slice(1, 4).join('/')}`;
      })
      .sort()
      .join(',');
    return { board, medals };
  });
}

/** Prizes per city of a board's rows, as `medalsAgree` writes them. */
function prizesOf(rows: readonly { cityName: string; prize: string | null }[]): string {
  const counts = new Map<string, number[]>();
  for (const row of rows) {
    if (!row.prize) continue;
    const c = counts.get(row.cityName) ?? [0, 0, 0];
    c[['first', 'second', 'third'].indexOf(row.prize)]! += 1;
    counts.set(row.cityName, c);
  }
  return [...counts.entries()]
    .map(([city, c]) => `${city}:${c.join('/')}`)
    .sort()
    .join(',');
}

interface DomElement {
  textContent: string | null;
  getAttribute: (name: string) => string | null;
  querySelector: (s: string) => DomElement | null;
  querySelectorAll: (s: string) => ArrayLike<DomElement>;
}

async function waitForMedalsToAgree(page: Page): Promise<{ board: string; medals: string }> {
  let last = await medalsAgree(page);
  for (let i = 0; i < 600 && last.board !== last.medals; i++) {
    await page.waitForTimeout(100);
    last = await medalsAgree(page);
  }
  return last;
}

/** The rows the screen shows now, with the page they are on (read at once). */
function shownPage(page: Page) {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelector: (s: string) => DomElement | null } }).document as unknown as {
      querySelector: (s: string) => (DomElement & { getBoundingClientRect: () => { bottom: number } }) | null;
      querySelectorAll: (s: string) => ArrayLike<DomElement & { dataset: { no: string }; getBoundingClientRect: () => { bottom: number } }>;
    };
    const pager = doc.querySelector('[data-testid="pager"]');
    const rows = Array.from(doc.querySelectorAll('tr[data-no]'));
    return {
      page: Number(pager?.getAttribute('data-page')),
      pages: Number(pager?.getAttribute('data-pages')),
      pagerBottom: pager?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY,
      numbers: rows.map((r) => Number(r.dataset.no)),
      lowest: Math.max(...rows.map((r) => r.getBoundingClientRect().bottom)),
    };
  });
}

/** The font size of the rows' text now (read in one go: the pages turn by themselves). */
const fontSize = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as {
      document: { querySelector: (s: string) => unknown };
      getComputedStyle: (e: unknown) => { fontSize: string };
    };
    return Number.parseFloat(g.getComputedStyle(g.document.querySelector('tr[data-no] td.board__name')).fontSize);
  });

describe('the hall screen', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => Promise.all(contexts.splice(0).map((c) => c.close())));

  it('shows every row of a 40-contestant trade within one rotation of its pages, in type of 32 px or more', async () => {
    const context = await newContext(testbed.browser, DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/live?screen=1&trade=${encodeURIComponent(big.trade.id)}&pageSeconds=3`);
    await page.locator('[data-testid="pager"]').waitFor({ timeout: 60_000 });
    expect(await fontSize(page)).toBeGreaterThanOrEqual(32);

    // One rotation: from the page shown now through every other page.
    const first = await shownPage(page);
    expect(first.pages).toBeGreaterThan(1);
    const seen = new Set<number>();
    const pagesSeen = new Set<number>();
    let shown = first;
    for (let turn = 0; turn <= first.pages && pagesSeen.size < first.pages; turn++) {
      // Every row of the page is on the screen, and so is the page indicator.
      expect(shown.lowest).toBeLessThanOrEqual(1080);
      expect(shown.pagerBottom).toBeLessThanOrEqual(1080);
      for (const n of shown.numbers) seen.add(n);
      pagesSeen.add(shown.page);
      const before = shown.page;
      await page.waitForFunction(
        (p) =>
          (
            globalThis as unknown as { document: { querySelector: (s: string) => { getAttribute: (n: string) => string | null } | null } }
          ).document
            .querySelector('[data-testid="pager"]')
            ?.getAttribute('data-page') !== String(p),
        before,
        { timeout: 60_000 },
      );
      shown = await shownPage(page);
    }
    expect(pagesSeen.size).toBe(first.pages);
    expect([...seen].sort((a, b) => a - b)).toEqual(big.competitors.map((c) => c.competitorNumber).sort((a, b) => a - b));

    // At 4K the type grows with the screen.
    await page.setViewportSize({ width: 3840, height: 2160 });
    await page.waitForFunction(() => true);
    expect(await fontSize(page)).toBeGreaterThanOrEqual(60);
    expect(errors).toEqual([]);
  }, 600_000);

  it('shows the medal table equal to the board’s prizes after each delta, pushed with the board', async () => {
    const context = await newContext(testbed.browser, DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/live?trade=${encodeURIComponent(big.trade.id)}&event=${encodeURIComponent(bigEvent)}`);
    await shownVersion(page, await publicVersion(big.trade.id));
    const start = await waitForMedalsToAgree(page);
    expect(start.board).not.toBe('');
    expect(start.medals).toBe(start.board);

    // Each mark: a result, then a ranking (prizes move); after each delta the two agree again.
    for (const [i, competitorNumber] of unmarked.slice(0, 4).entries()) {
      await markBig(competitorNumber, 0, i % 2 === 0 ? measurementOf(big)[0]!.maxMark : 0);
      await testbed.server.quietHead();
      await shownVersion(page, await publicVersion(big.trade.id));
      const after = await waitForMedalsToAgree(page);
      expect(after.medals).toBe(after.board);
    }
    // The REST aggregate says the same.
    const medals = (
      await api.getAs<{ cities: { cityName: string; first: number; second: number; third: number }[] }>(
        undefined,
        `/api/medals?eventId=${encodeURIComponent(bigEvent)}`,
      )
    ).cities
      .map((c) => `${c.cityName}:${c.first}/${c.second}/${c.third}`)
      .sort()
      .join(',');
    expect(medals).toBe((await medalsAgree(page)).board);
    expect(errors).toEqual([]);
  }, 600_000);

  it('runs the ceremony from the last place to the first; the hall screen follows each step', async () => {
    await organiserPost(`/api/trades/${encodeURIComponent(big.trade.id)}/freeze`);
    await testbed.server.quietHead();
    const contexts2 = [await newContext(testbed.browser, DESKTOP), await newContext(testbed.browser, DESKTOP)];
    contexts.push(...contexts2);
    const [hall, host] = await Promise.all(contexts2.map((c) => c.newPage()));
    const errors = [...watchErrors(hall!), ...watchErrors(host!)];
    const url = `${testbed.server.url}/live?screen=1&trade=${encodeURIComponent(big.trade.id)}&event=${encodeURIComponent(bigEvent)}`;
    await hall!.goto(`${url}&pageSeconds=3`);
    await badge(hall!, 'frozen');

    // A mark after the freeze: hidden from spectators until the ceremony reaches it.
    const late = unmarked[unmarked.length - 1]!;
    await markBig(late, 0, measurementOf(big)[0]!.maxMark);
    await testbed.server.quietHead();
    expect((await api.board(big.trade.id)).rows.find((r) => r.competitorNumber === late)!.markedAspects).toBe(0);

    await host!.goto(`${url}&ceremony=1`);
    await logIn(host!, 'organiser');
    await host!.locator('[data-testid="ceremony-controls"]').waitFor({ timeout: 60_000 });
    await badge(host!, 'frozen');

    const total = big.competitors.length;
    let order: number[] = [];
    for (let step = 1; step <= total; step++) {
      await host!.keyboard.press(step % 2 === 0 ? 'PageDown' : 'ArrowRight');
      await host!.locator(`section.live__board[data-ceremony-step="${step}"]`).waitFor({ timeout: 60_000 });
      await hall!.locator(`section.live__board[data-ceremony-step="${step}"]`).waitFor({ timeout: 60_000 });
      if (step === 1) order = finalOrder(liveBoard(big.trade.id).rows).reverse();
      // This step revealed the next place from the bottom, on both screens, and the same rows show.
      const expected = order[step - 1]!;
      for (const screen of [host!, hall!]) {
        expect(await screen.locator('tr.board__row--revealed').getAttribute('data-no')).toBe(String(expected));
      }
      expect((await shownPage(hall!)).numbers).toEqual((await shownPage(host!)).numbers);
      // Never more than the steps: spectators get exactly `step` results revealed.
      const shown = await api.board(big.trade.id);
      expect(shown.rows.filter((r) => !r.revealPending)).toHaveLength(step);
      expect(shown.rows.filter((r) => r.revealPending && (r.rank !== null || r.prize !== null))).toEqual([]);
      // A prize winner is announced with name, city and employer.
      const row = liveBoard(big.trade.id).rows.find((r) => r.competitorNumber === expected)!;
      if (row.prize) {
        const announcement = hall!.locator(`[data-testid="announcement"][data-no="${expected}"]`);
        await announcement.waitFor({ timeout: 60_000 });
        const text = await announcement.textContent();
        for (const part of [row.name, row.cityName, row.employer]) expect(text).toContain(part);
      }
      // The medal table follows the revealed prizes (the hall shows one page of the board: its prizes are the API's).
      const prizes = prizesOf(shown.rows);
      let medals = (await medalsAgree(hall!)).medals;
      for (let i = 0; i < 600 && medals !== prizes; i++) {
        await hall!.waitForTimeout(100);
        medals = (await medalsAgree(hall!)).medals;
      }
      expect(medals).toBe(prizes);
    }
    // The last step revealed the first place; the next one ends on the final board.
    expect(liveBoard(big.trade.id).rows.find((r) => r.competitorNumber === order[total - 1])!.rank).toBe(1);
    await host!.keyboard.press('Space');
    await host!.locator('[data-testid="ceremony-ended"]').waitFor({ timeout: 60_000 });
    await badge(hall!, 'live');
    const final = await api.board(big.trade.id);
    expect(final.frozen).toBe(false);
    expect(final.rows.find((r) => r.competitorNumber === late)!.markedAspects).toBe(1);
    expect(errors).toEqual([]);
  }, 600_000);

  it('shows a badge that follows freeze, reveal and publish', async () => {
    const tradeId = small.trade.id;
    const context = await newContext(testbed.browser, DESKTOP);
    contexts.push(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/live?trade=${encodeURIComponent(tradeId)}`);
    await badge(page, 'live');

    for (const mark of planTradeMarks(small, SEED)) await api.postMark(mark);
    const chief = (await api.panel(tradeId)).find((m) => m.role === 'chief_judge')!.username;
    for (const { competitorNumber } of small.competitors) {
      for (const module of small.trade.scheme.subCriteria) {
        await api.postAs(chief, `/api/trades/${tradeId}/competitors/${competitorNumber}/sign-off`, {
          commandId: randomUUID(),
          moduleId: module.id,
        });
      }
    }
    await testbed.server.quietHead();

    await organiserPost(`/api/trades/${encodeURIComponent(tradeId)}/freeze`);
    await badge(page, 'frozen');
    await organiserPost(`/api/trades/${encodeURIComponent(tradeId)}/reveal`);
    await badge(page, 'live');
    await api.postAs(ORGANISER, `/api/trades/${encodeURIComponent(tradeId)}/publish`, {
      commandId: randomUUID(),
      missingTheoryReason: 'the theory exam of this test is not held',
    });
    await badge(page, 'official');
    // Published while frozen: spectators see the frozen board, and the badge says so.
    await organiserPost(`/api/trades/${encodeURIComponent(tradeId)}/freeze`);
    await badge(page, 'frozen');
    await organiserPost(`/api/trades/${encodeURIComponent(tradeId)}/reveal`);
    await badge(page, 'official');
    expect(await page.locator('[data-testid="medals"] .side-card__note').textContent()).not.toContain('临时');
    expect(errors).toEqual([]);
  }, 600_000);
});
