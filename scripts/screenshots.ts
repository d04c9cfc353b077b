/**
 * Screenshots of the web app's pages on a 10-inch tablet (1280×800), a phone (390×844) and a 1080p
 * screen, into docs/screenshots/<page>-<tablet|phone|1080p>.png, for docs/web-app.md.
 *
 *   npm run screenshots [-- --out docs/screenshots]
 *
 * Starts its own server on a fresh SQLite file under the system's temp directory and seeds it through
 * the public API, as the demo accounts would (scripts/lib/contest-driver.ts): two trades drawn, one
 * fully marked with theory answers (ranks and prizes), one half marked, a few entries awaiting the
 * province. Chromium comes from Debian (`apt-get install chromium fonts-noto-cjk`), driven by playwright-core.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CITIES } from '#domain';
import { createRng, hashString } from '#demo';
import { createApp } from '../apps/api/src/app.factory.js';
import {
  ContestApi,
  generateContestant,
  parseFlags,
  planTradeMarks,
  prepareTrades,
  reviewerOf,
  type PreparedTrade,
} from './lib/contest-driver.js';

const SEED = 20260524;
const VIEWPORTS: Record<'tablet' | 'phone' | '1080p', BrowserContextOptions> = {
  tablet: { viewport: { width: 1280, height: 800 }, hasTouch: true },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  '1080p': { viewport: { width: 1920, height: 1080 } },
};
type ViewportName = keyof typeof VIEWPORTS;

interface Seeded {
  finished: PreparedTrade;
  running: PreparedTrade;
  eventId: string;
}

/** Two trades of one event: one marked to the end with theory answers, one half-way; entries waiting for the province. */
async function seed(api: ContestApi): Promise<Seeded> {
  const trades = await api.trades();
  const byEvent = new Map<string, string[]>();
  for (const trade of trades as Array<{ id: string; eventId?: string; teamSize?: number }>) {
    if (trade.teamSize !== 1 || !trade.eventId) continue;
    byEvent.set(trade.eventId, [...(byEvent.get(trade.eventId) ?? []), trade.id]);
  }
  const [eventId, tradeIds] = [...byEvent].find(([, ids]) => ids.length >= 2)!;
  console.log(`Seeding ${tradeIds[0]} (marked) and ${tradeIds[1]} (half marked) of ${eventId}…`);
  const [finished, running] = await prepareTrades(api, { trades: tradeIds.slice(0, 2), contestantsPerTrade: 12, seed: SEED });

  const marker = api.withMaxInFlight(8);
  const all = planTradeMarks(finished!, SEED);
  const half = planTradeMarks(running!, SEED);
  for (const batch of [all, half.slice(0, Math.floor(half.length / 2))]) {
    await Promise.all(
      batch.map((mark) => marker.postMark(mark).catch((error: unknown) => console.warn(`  mark refused: ${(error as Error).message}`))),
    );
  }
  await theoryAnswers(api, finished!);

  // Entries the province has still to confirm, for the organiser's console.
  const third = trades.find((t) => !t.lotsDrawn && !tradeIds.slice(0, 2).includes(t.id) && (t as { teamSize?: number }).teamSize === 1)!;
  const rng = createRng(hashString(`${SEED}|waiting`));
  const { year } = await api.contest();
  for (const city of CITIES.slice(0, 5).map((c) => c.id)) {
    const { ability: _ability, ...entry } = generateContestant(rng, {
      tradeId: third.id,
      teamSize: 1,
      city,
      year,
      excludedEmployers: new Set(),
    });
    const { entryId } = await api.submitEntry(reviewerOf(city), entry);
    await api.approveByCity(reviewerOf(city), entryId);
  }
  return { finished: finished!, running: running!, eventId };
}

/** Theory answer sheets of the finished trade: each competitor gets most answers right. */
async function theoryAnswers(api: ContestApi, prepared: PreparedTrade): Promise<void> {
  const trade = (await api.trade(prepared.trade.id)) as unknown as { theory?: { answerKey: string[] } };
  const key = trade.theory?.answerKey;
  if (!key) return;
  const rng = createRng(hashString(`${SEED}|theory`));
  const rows = prepared.competitors.map(({ competitorNumber }) => ({
    competitorNumber,
    answers: key.map((answer) => (rng.chance(0.8) ? answer : 'A')).join(','),
  }));
  await api.postAs('organiser', `/api/trades/${encodeURIComponent(prepared.trade.id)}/theory-answers`, { rows });
}

async function shoot(
  browser: Browser,
  name: string,
  viewport: ViewportName,
  out: string,
  prepare: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({
    ...VIEWPORTS[viewport],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  [${name} ${viewport}] page error: ${error.message}`));
  try {
    await prepare(page);
    await page.waitForTimeout(400);
    const path = join(out, `${name}-${viewport}.png`);
    await page.screenshot({ path });
    console.log(`  ${path}`);
  } finally {
    await context.close();
  }
}

async function logIn(page: Page, username: string): Promise<void> {
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', 'jiangxin-demo');
  await page.click('form.login-form button[type="submit"]');
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const out = resolve(flags.get('out') ?? 'docs/screenshots');
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'jiangxin-screenshots-'));
  const { app } = await createApp({ SQLITE_FILE: join(dir, 'jiangxin.sqlite'), LOG_LEVEL: 'warn' });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const api = new ContestApi(url, { deviceId: 'screenshots' });
    const { finished, running, eventId } = await seed(api);
    const judge = running.judges[0]!;

    for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
      console.log(`${viewport}:`);
      await shoot(browser, 'register', viewport, out, async (page) => {
        await page.goto(`${url}/register`);
        await page.fill('input[name="username"]', `zhang-${viewport}`);
        await page.fill('input[name="displayName"]', '张晓明');
        await page.fill('input[name="password"]', 'a-long-password');
        await page.click('button[type="submit"]');
        await page.locator('#entry-title').waitFor();
        await page.selectOption('select[name="eventId"]', eventId);
        await page.fill('input[name="name"]', '张晓明');
        // The check digit of 21010219900307123 is 3: a typo in it is caught before anything is sent.
        await page.fill('input[name="idNumber"]', '210102199003071235');
        await page.locator('input[name="phone"]').focus();
        await page.fill('input[name="phone"]', '1380013800');
        await page.locator('input[name="employer.name"]').focus();
      });
      await shoot(browser, 'judge', viewport, out, async (page) => {
        await page.goto(`${url}/judge`);
        await logIn(page, judge);
        // A competitor this judge still has judgement aspects to mark, one of them given without network.
        for (const { competitorNumber } of [...running.competitors].reverse()) {
          await page.click(`button[data-competitor="${competitorNumber}"]`);
          await page.locator('article[data-aspect]').first().waitFor();
          await page.waitForTimeout(300);
          const open = page.locator('article[data-state="unmarked"]:has(label.level)');
          if ((await open.count()) === 0) continue;
          await page.context().setOffline(true);
          await open.first().locator('label.level').nth(2).click();
          await open.first().locator('.aspect__submit').click();
          await page.locator('[data-mark-state="saved"]').first().waitFor();
          await open.first().locator('label.level').nth(1).click();
          break;
        }
        await page.locator('[data-mark-state="saved"]').first().scrollIntoViewIfNeeded();
      });
      await shoot(browser, 'live', viewport, out, async (page) => {
        await page.goto(`${url}/live?event=${encodeURIComponent(eventId)}&trade=${encodeURIComponent(finished.trade.id)}`);
        await page.locator('[data-connection="live"]').waitFor();
        await page.locator('tr[data-no]').first().waitFor();
      });
      await shoot(browser, 'admin', viewport, out, async (page) => {
        await page.goto(`${url}/admin?section=entries`);
        await logIn(page, 'organiser');
        await page.locator('tr[data-entry]').first().waitFor();
      });
    }
    await shoot(browser, 'live-screen', '1080p', out, async (page) => {
      await page.goto(`${url}/live?screen=1&event=${encodeURIComponent(eventId)}&trade=${encodeURIComponent(finished.trade.id)}`);
      await page.locator('tr[data-no]').first().waitFor();
    });
    await shoot(browser, 'admin-results', '1080p', out, async (page) => {
      await page.goto(`${url}/admin?section=results&trade=${encodeURIComponent(finished.trade.id)}`);
      await logIn(page, 'organiser');
      await page.locator('dl.facts').waitFor();
    });
  } finally {
    await browser.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
