/**
 * Spectators on /live: a mark reaches the page within a second, and a page whose socket was cut
 * resyncs by itself (socket.io reconnect, then a fresh snapshot) without reloading.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Namespace } from 'socket.io';
import { LiveGateway } from '../../apps/api/src/live/live.gateway.js';
import { aspectsOf, ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { browserTestbed, newContext, PHONE, watchErrors } from './support/browser.js';

let api: ContestApi;
let prepared: PreparedTrade;

const testbed = browserTestbed(async () => {
  api = new ContestApi(testbed.server.url, { deviceId: 'live-test' });
  [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 3, seed: 7070 });
});

/** Measurement aspects count with one mark (a judgement aspect waits for the whole panel). */
const measurementAspects = () => aspectsOf(prepared.trade).filter((a) => a.type === 'measurement');

const mark = (competitorNumber: number, aspectId: string, value: number) =>
  api.postMark({ tradeId: prepared.trade.id, judge: prepared.judges[0]!, competitorNumber, aspectId, mark: value });

const rowMarked = (page: Page, competitorNumber: number, marked: number, timeout = 10_000) =>
  page.locator(`tr[data-no="${competitorNumber}"][data-marked="${marked}"]`).waitFor({ timeout });

const shownVersion = async (page: Page) => Number(await page.locator('section.live__board').getAttribute('data-version'));

interface PageGlobals {
  jiangxinSentinel?: string;
}

describe('the spectator page', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it('shows a mark within a second, and resyncs after its socket is cut without reloading', async () => {
    const [first, second] = prepared.competitors;
    const aspects = measurementAspects();
    expect(aspects.length).toBeGreaterThanOrEqual(3);

    context = await newContext(testbed.browser, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/live?trade=${encodeURIComponent(prepared.trade.id)}`);
    await page.locator('[data-connection="live"]').waitFor();
    await rowMarked(page, first!.competitorNumber, 0);

    // A mark: the board row changes on the page within a second.
    const sent = Date.now();
    await mark(first!.competitorNumber, aspects[0]!.id, aspects[0]!.maxMark);
    await rowMarked(page, first!.competitorNumber, 1, 1_000);
    const latencyMs = Date.now() - sent;
    expect(latencyMs).toBeLessThan(1_000);

    // Cut: the browser goes offline and the testbed.server drops every live connection. Marks meanwhile are missed.
    await page.evaluate(() => void ((globalThis as PageGlobals).jiangxinSentinel = 'same page'));
    await context.setOffline(true);
    const namespace = (testbed.server.app.get(LiveGateway) as unknown as { server: Namespace }).server;
    for (const socket of namespace.sockets.values()) socket.conn.close();
    await page.locator('[data-connection="reconnecting"]').waitFor();
    await mark(second!.competitorNumber, aspects[1]!.id, aspects[1]!.maxMark);
    await mark(first!.competitorNumber, aspects[1]!.id, 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.locator(`tr[data-no="${second!.competitorNumber}"]`).getAttribute('data-marked')).toBe('0');

    // Back: socket.io reconnects by itself and the page takes a fresh snapshot.
    await context.setOffline(false);
    await page.locator('[data-connection="live"]').waitFor({ timeout: 15_000 });
    await rowMarked(page, second!.competitorNumber, 1);
    await rowMarked(page, first!.competitorNumber, 2);
    const board = await api.board(prepared.trade.id);
    await page.locator(`section.live__board[data-version="${board.version}"]`).waitFor();
    expect(await shownVersion(page)).toBe(board.version);
    expect(await page.evaluate(() => (globalThis as PageGlobals).jiangxinSentinel)).toBe('same page');

    // And it follows deltas again.
    await mark(second!.competitorNumber, aspects[2]!.id, aspects[2]!.maxMark);
    await rowMarked(page, second!.competitorNumber, 2, 1_000);
    expect(errors).toEqual([]);
  }, 120_000);
});
