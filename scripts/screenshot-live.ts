/**
 * Screenshots of the spectator page (/live) on a phone and on a 1080p screen, taken against a running server.
 *
 *   npm run build
 *   node dist/scripts/screenshot-live.js [serverUrl] [--trade <tradeId>] [--prepare] [--out <dir>]
 *
 * serverUrl defaults to http://127.0.0.1:3200. With --prepare, a trade whose lots are not drawn yet gets
 * demo entries (submitted, approved by the city, confirmed), a draw and marks through the public API, as
 * the organiser, the city reviewers and the trade's judges would post them (demo accounts only).
 * While the pages are open it posts a few more marks, so that rows move (deltas, rank flash), then checks
 * that each page shows the same board version and order as GET /api/trades/:tradeId/board.
 *
 * Chromium comes from Debian (`apt-get install chromium fonts-noto-cjk`), driven by playwright-core.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createRng, type Rng } from '#demo';
import {
  ApiError,
  aspectsOf,
  ContestApi,
  liveUrl,
  prepareTrades,
  type AspectView,
  type BoardSnapshot,
  type TradeDefinitionView,
} from './lib/contest-driver.js';

interface Options {
  server: string;
  tradeId: string;
  prepare: boolean;
  out: string;
  chromium: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    server: 'http://127.0.0.1:3200',
    tradeId: 't001-iot-installer',
    prepare: false,
    out: 'docs/screenshots',
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--trade') options.tradeId = argv[++i];
    else if (arg === '--prepare') options.prepare = true;
    else if (arg === '--out') options.out = argv[++i];
    else if (arg === '--chromium') options.chromium = argv[++i];
    else if (!arg.startsWith('--')) options.server = arg.replace(/\/$/, '');
    else throw new Error(`Unknown option ${arg}`);
  }
  return options;
}

// ---- preparing a trade ----------------------------------------------------------------------------

const DEVICE_ID = 'screenshot-live';
const ENTRANTS = 14;
const SEED = 20260524;

class Marker {
  private readonly aspects: AspectView[];
  /** competitor → how many aspects (in scheme order) are marked */
  private readonly progress = new Map<number, number>();
  constructor(
    private readonly api: ContestApi,
    private readonly trade: TradeDefinitionView,
    /** Usernames of the panel's judges (role `judge`). */
    private readonly judges: readonly string[],
    private readonly rng: Rng,
  ) {
    this.aspects = aspectsOf(trade);
  }

  get totalAspects(): number {
    return this.aspects.length;
  }

  /** Where marking stands (from the board): marks go in scheme order, so `markedAspects` says where to go on. */
  resume(rows: BoardSnapshot['rows']): void {
    for (const row of rows) this.progress.set(row.competitorNumber, row.markedAspects);
  }

  remaining(competitorNumber: number): number {
    return this.aspects.length - (this.progress.get(competitorNumber) ?? 0);
  }

  /** Marks the next `count` aspects of a competitor; `skill` 0–1 sets how good the marks are. */
  async markNext(competitorNumber: number, count: number, skill: number): Promise<void> {
    const from = this.progress.get(competitorNumber) ?? 0;
    const to = Math.min(this.aspects.length, from + count);
    for (let i = from; i < to; i++) {
      const aspect = this.aspects[i]!;
      if (aspect.type === 'measurement') {
        const share = Math.min(1, Math.max(0, skill + (this.rng.next() - 0.5) * 0.3));
        const mark = Math.round(aspect.maxMark * share * 100) / 100;
        await this.mark(this.judges[0]!, competitorNumber, aspect.id, mark);
      } else {
        for (const judge of this.judges) {
          const level = Math.min(3, Math.max(0, Math.round(skill * 3 + (this.rng.next() - 0.5) * 1.6)));
          await this.mark(judge, competitorNumber, aspect.id, level);
        }
      }
    }
    this.progress.set(competitorNumber, to);
  }

  /** A mark already given (someone else marked this trade too) is skipped. */
  private async mark(judge: string, competitorNumber: number, aspectId: string, mark: number): Promise<void> {
    try {
      await this.api.postMark({ tradeId: this.trade.id, judge, competitorNumber, aspectId, mark });
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) throw error;
    }
  }
}

async function prepareTrade(api: ContestApi, tradeId: string, rng: Rng): Promise<{ marker: Marker; numbers: number[] }> {
  const trade = await api.trade(tradeId);
  if (trade.lotsDrawn) {
    const judges = (await api.panel(tradeId)).filter((m) => m.role === 'judge').map((m) => m.username);
    const marker = new Marker(api, trade, judges, rng);
    const board = await api.board(tradeId);
    marker.resume(board.rows);
    return { marker, numbers: board.rows.map((r) => r.competitorNumber).sort((a, b) => a - b) };
  }

  console.log(`Preparing ${tradeId}: ${ENTRANTS} entries, a draw and marks…`);
  const [prepared] = await prepareTrades(api, { trades: [tradeId], contestantsPerTrade: ENTRANTS, seed: SEED, log: console.log });
  const marker = new Marker(api, prepared!.trade, prepared!.judges, rng);
  const numbers = prepared!.competitors.map((c) => c.competitorNumber);

  // Some finished, some half-way, some not started: what a board looks like in the middle of a contest.
  const shares = [1, 1, 1, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.15, 0.1, 0, 0, 0];
  for (const [index, competitorNumber] of numbers.entries()) {
    const share = shares[index % shares.length]!;
    await marker.markNext(competitorNumber, Math.round(marker.totalAspects * share), 0.35 + rng.next() * 0.6);
  }
  return { marker, numbers };
}

// ---- the pages ------------------------------------------------------------------------------------

async function openBoard(browser: Browser, url: string, viewport: { width: number; height: number }, mobile: boolean): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: mobile ? 2 : 1,
    isMobile: mobile,
    hasTouch: mobile,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[console] ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('#conn[data-state="up"]', { timeout: 15_000 });
  // Strings, not functions: they run in the page, and this file is compiled without the DOM types.
  await page.waitForFunction(`document.getElementById('version').textContent !== '—'`, undefined, { timeout: 15_000 });
  return page;
}

/** The page shows the server's board: same version, same order of competitor numbers. */
async function checkAgainstServer(page: Page, api: ContestApi, tradeId: string, label: string): Promise<void> {
  const board = await api.board(tradeId);
  await page.waitForFunction(`document.getElementById('version').textContent === '${board.version}'`, undefined, { timeout: 10_000 });
  const shown = await page.$$eval('#rows tr', (trs) => trs.map((tr) => Number(tr.getAttribute('data-no'))));
  const expected = [...board.rows]
    .sort((a, b) => a.rank - b.rank || Number(b.markedAspects > 0) - Number(a.markedAspects > 0) || a.competitorNumber - b.competitorNumber)
    .map((r) => r.competitorNumber);
  if (JSON.stringify(shown) !== JSON.stringify(expected)) {
    throw new Error(`${label}: page order ${shown.join(',')} ≠ server order ${expected.join(',')} (version ${board.version})`);
  }
  console.log(`${label}: version ${board.version}, ${shown.length} rows, same order as the server ✓`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const api = new ContestApi(options.server, { maxInFlight: 8, deviceId: DEVICE_ID });
  const rng = createRng(SEED);
  const trades = await api.trades();
  if (!trades.some((t) => t.id === options.tradeId)) throw new Error(`Unknown trade ${options.tradeId}`);

  let prepared: { marker: Marker; numbers: number[] } | undefined;
  if (options.prepare) prepared = await prepareTrade(api, options.tradeId, rng);

  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: options.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const url = liveUrl(options.server, options.tradeId);
    const phone = await openBoard(browser, url, { width: 390, height: 844 }, true);
    const screen = await openBoard(browser, url, { width: 1920, height: 1080 }, false);

    if (prepared) {
      // Live changes while both pages watch: two competitors still being marked get strong marks and move up.
      const { marker } = prepared;
      const open = prepared.numbers.filter((n) => marker.remaining(n) > 0);
      for (const competitorNumber of [open[Math.floor(open.length / 2)], open[open.length - 1]]) {
        if (competitorNumber !== undefined) await marker.markNext(competitorNumber, Math.ceil(marker.totalAspects * 0.4), 0.97);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    await checkAgainstServer(phone, api, options.tradeId, 'phone 390×844');
    await checkAgainstServer(screen, api, options.tradeId, '1080p');

    const phonePath = resolve(out, 'live-phone.png');
    const screenPath = resolve(out, 'live-1080p.png');
    await phone.screenshot({ path: phonePath });
    await screen.screenshot({ path: screenPath });
    console.log(`Screenshots: ${phonePath}, ${screenPath}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
