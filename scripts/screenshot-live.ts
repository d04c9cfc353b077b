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
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createRng, demoEmployers, DEMO_PASSWORD, type Rng } from '#demo';
import { CITY_IDS, type CityId, type TradeDefinition } from '#domain';

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

// ---- API client ---------------------------------------------------------------------------------

class Api {
  private readonly tokens = new Map<string, string>();
  constructor(private readonly base: string) {}

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.base}/api${path}`);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  async post<T>(username: string, path: string, body: Record<string, unknown>): Promise<T> {
    const response = await fetch(`${this.base}/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.token(username)}`, 'x-device-id': 'screenshot-live' },
      body: JSON.stringify({ commandId: randomUUID(), ...body }),
    });
    if (!response.ok) throw new Error(`POST ${path} as ${username}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  private async token(username: string): Promise<string> {
    let token = this.tokens.get(username);
    if (!token) {
      const response = await fetch(`${this.base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      if (!response.ok) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
      token = ((await response.json()) as { accessToken: string }).accessToken;
      this.tokens.set(username, token);
    }
    return token;
  }
}

interface TradeSummary {
  id: string;
  lotsDrawn: boolean;
}
interface BoardSnapshot {
  board: string;
  version: number;
  rows: Array<{ competitorNumber: number; rank: number; markedAspects: number; total: number }>;
}

// ---- demo people ----------------------------------------------------------------------------------

const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰志建国海波宁亮鹏辉峰晨雪斌宇浩凯红春东文博新立成'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const DIVISION: Record<CityId, string> = {
  shenyang: '2101', dalian: '2102', anshan: '2103', fushun: '2104', benxi: '2105', dandong: '2106', jinzhou: '2107',
  yingkou: '2108', fuxin: '2109', liaoyang: '2110', panjin: '2111', tieling: '2112', chaoyang: '2113', huludao: '2114',
};

/** A fictitious but well-formed resident ID number (GB 11643 check digit). */
function residentId(rng: Rng, city: CityId): string {
  const birth = `${rng.int(1970, 2002)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${DIVISION[city]}02${birth}${String(rng.int(0, 999)).padStart(3, '0')}`;
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0);
  return first17 + ID_CHECK[sum % 11];
}

const personName = (rng: Rng) => rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');

// ---- preparing a trade ----------------------------------------------------------------------------

type Aspect = TradeDefinition['scheme']['subCriteria'][number]['aspects'][number];

class Marker {
  private readonly aspects: Aspect[];
  /** competitor → how many aspects (in scheme order) are marked */
  private readonly progress = new Map<number, number>();
  constructor(
    private readonly api: Api,
    private readonly trade: TradeDefinition,
    private readonly rng: Rng,
  ) {
    this.aspects = trade.scheme.subCriteria.flatMap((s) => [...s.aspects]);
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
      const aspect = this.aspects[i];
      if (aspect.type === 'measurement') {
        const share = Math.min(1, Math.max(0, skill + (this.rng.next() - 0.5) * 0.3));
        const mark = Math.round(aspect.maxMark * share * 100) / 100;
        await this.mark(1, { competitorNumber, aspectId: aspect.id, mark });
      } else {
        for (let j = 1; j <= this.trade.panelSize; j++) {
          const level = Math.min(3, Math.max(0, Math.round(skill * 3 + (this.rng.next() - 0.5) * 1.6)));
          await this.mark(j, { competitorNumber, aspectId: aspect.id, mark: level });
        }
      }
    }
    this.progress.set(competitorNumber, to);
  }

  /** A mark already given (someone else marked this trade too) is skipped. */
  private async mark(judge: number, body: { competitorNumber: number; aspectId: string; mark: number }): Promise<void> {
    try {
      await this.api.post(`judge-${this.trade.id}-${judge}`, `/trades/${this.trade.id}/marks`, body);
    } catch (error) {
      if (!(error instanceof Error && / 409 /.test(error.message))) throw error;
    }
  }
}

async function prepareTrade(api: Api, tradeId: string, rng: Rng): Promise<{ marker: Marker; numbers: number[] }> {
  const trade = await api.get<TradeDefinition & { lotsDrawn: boolean }>(`/catalogue/trades/${tradeId}`);
  const marker = new Marker(api, trade, rng);
  if (trade.lotsDrawn) {
    const board = await api.get<BoardSnapshot>(`/trades/${tradeId}/board`);
    marker.resume(board.rows);
    return { marker, numbers: board.rows.map((r) => r.competitorNumber).sort((a, b) => a - b) };
  }

  const entrants = 14;
  console.log(`Preparing ${tradeId}: ${entrants} entries, a draw and marks…`);
  for (let i = 0; i < entrants; i++) {
    const employer = rng.pick(demoEmployers);
    const city = CITY_IDS.includes(employer.city) ? employer.city : rng.pick(CITY_IDS);
    const { entryId } = await api.post<{ entryId: string }>('organiser', '/entries', {
      tradeId,
      name: personName(rng),
      idNumber: residentId(rng, city),
      phone: `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
      employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
      city,
      skillLevel: rng.pick(['none', 'level-4', 'level-3', 'level-2']),
    });
    await api.post(`reviewer-${city}`, `/entries/${entryId}/city-approval`, {});
    await api.post('organiser', `/entries/${entryId}/confirmation`, {});
  }
  const { assignments } = await api.post<{ assignments: Array<{ competitorNumber: number }> }>('organiser', `/trades/${tradeId}/draw`, {
    seed: `screenshot-live/${tradeId}`,
  });
  const numbers = assignments.map((a) => a.competitorNumber).sort((a, b) => a - b);

  // Some finished, some half-way, some not started: what a board looks like in the middle of a contest.
  const shares = [1, 1, 1, 0.85, 0.7, 0.6, 0.5, 0.4, 0.3, 0.15, 0.1, 0, 0, 0];
  for (const [index, competitorNumber] of numbers.entries()) {
    const share = shares[index % shares.length];
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
async function checkAgainstServer(page: Page, api: Api, tradeId: string, label: string): Promise<void> {
  const board = await api.get<BoardSnapshot>(`/trades/${tradeId}/board`);
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
  const api = new Api(options.server);
  const rng = createRng(20260524);
  const trades = await api.get<TradeSummary[]>('/catalogue/trades');
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
    const url = `${options.server}/live?trade=${encodeURIComponent(options.tradeId)}`;
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
