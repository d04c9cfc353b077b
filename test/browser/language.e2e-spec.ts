/**
 * Every screen speaks its user's language (docs/i18n.md): no page is wider than the screen in either
 * language at a phone's 390 px, a tablet's 1024×768 or a desktop's 1920×1080; and the refusals a judge,
 * a reviewer and an uploader meet read in Chinese, with names rather than ids: a refused mark, a bulk
 * upload's report and a city's full quota.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { createRng } from '#demo';
import {
  type AspectView,
  aspectsOf,
  ContestApi,
  generateContestant,
  ORGANISER,
  prepareTrades,
  type PreparedTrade,
  reviewerOf,
  type TradeSummary,
} from '../../scripts/lib/contest-driver.js';
import { browserTestbed, DESKTOP, newContext, PHONE, watchErrors } from './support/browser.js';

/** The internal ids a page must not show: accounts, trades, entries. */
const RAW_ID = /u-judge-|u-chief-|t\d{3}-[a-z]|\be[\w-]{22}\b/;
const TABLET_LANDSCAPE = { viewport: { width: 1024, height: 768 }, hasTouch: true } satisfies BrowserContextOptions;
const VIEWPORTS = [
  ['390 px phone', PHONE],
  ['1024×768 tablet', TABLET_LANDSCAPE],
  ['1920×1080 desktop', DESKTOP],
] as const;
const LANGUAGES = ['zh-CN', 'en'] as const;

let api: ContestApi;
let prepared: PreparedTrade;
let quotaTrade: TradeSummary;
let quotaEntry: string;
let year: number;

const testbed = browserTestbed(async () => {
  api = new ContestApi(testbed.server.url);
  [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 4, seed: 1313 });
  year = (await api.contest()).year;
  // A second, individual trade still open for entries: Shenyang's quota in it is 1, and two are entered.
  // The list's rows carry teamSize too (the driver's type names only what it uses).
  const trades = (await api.trades()) as Array<TradeSummary & { teamSize: number }>;
  quotaTrade = trades.find((t) => !t.lotsDrawn && t.teamSize === 1 && t.id !== prepared.trade.id)!;
  const { token } = await api.login(ORGANISER);
  const rules = await fetch(`${testbed.server.url}/api/trades/${quotaTrade.id}/registration-rules`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ commandId: randomUUID(), quotaPerCity: 1 }),
  });
  expect(rules.status).toBeLessThan(300);
  const rng = createRng(1313);
  const entryIds: string[] = [];
  for (let i = 0; i < 2; i++) {
    const { ability: _ability, ...entry } = generateContestant(rng, {
      tradeId: quotaTrade.id,
      teamSize: 1,
      city: 'shenyang',
      year,
      excludedEmployers: new Set(),
    });
    entryIds.push((await api.submitEntry(reviewerOf('shenyang'), entry)).entryId);
  }
  await api.approveByCity(reviewerOf('shenyang'), entryIds[0]!);
  quotaEntry = entryIds[1]!;
});

interface PageGlobals {
  document: { documentElement: { scrollWidth: number }; body: { innerText: string } };
  innerWidth: number;
}

/** A context in `language`, logged in as `username` (the session the login form would keep), or anonymous. */
async function contextFor(language: string, options: BrowserContextOptions, username?: string): Promise<BrowserContext> {
  const context = await newContext(testbed.browser, options);
  const session = username ? await sessionOf(username) : null;
  await context.addInitScript(
    ({ language, session }) => {
      const storage = (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage;
      storage.setItem('jiangxin.lang', language);
      if (session) storage.setItem('jiangxin.session', session);
    },
    { language, session: session ? JSON.stringify(session) : null },
  );
  return context;
}

async function sessionOf(username: string) {
  const response = await fetch(`${testbed.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'jiangxin-demo' }),
  });
  const answer = (await response.json()) as { accessToken: string; refreshToken?: string; user: unknown };
  return { token: answer.accessToken, ...(answer.refreshToken ? { refreshToken: answer.refreshToken } : {}), user: answer.user };
}

/** Waits until the page has drawn its content (no "loading" notice left). */
async function settled(page: Page): Promise<void> {
  await page.locator('main').first().waitFor();
  await page.waitForFunction(() => !/加载中|Loading/.test((globalThis as unknown as PageGlobals).document.body.innerText), undefined, {
    timeout: 20_000,
  });
}

const widthOf = (page: Page) =>
  page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    return { page: g.document.documentElement.scrollWidth, screen: g.innerWidth };
  });

const PAGES: ReadonlyArray<{ path: string | (() => string); as?: () => string }> = [
  { path: '/' },
  { path: '/register' },
  { path: '/live' },
  { path: () => `/live?trade=${prepared.trade.id}` },
  { path: '/judge', as: () => prepared.judges[0]! },
  { path: '/admin', as: () => ORGANISER },
  { path: '/admin?section=entries', as: () => reviewerOf('shenyang') },
];

describe.each(LANGUAGES)('in %s', (language) => {
  it.each(VIEWPORTS)(
    'no page is wider than a %s',
    async (_name, options) => {
      const overflowing: string[] = [];
      for (const { path: pathOf, as } of PAGES) {
        const path = typeof pathOf === 'string' ? pathOf : pathOf();
        const context = await contextFor(language, options, as?.());
        try {
          const page = await context.newPage();
          await page.goto(`${testbed.server.url}${path}`);
          await settled(page);
          const { page: width, screen } = await widthOf(page);
          if (width > screen) overflowing.push(`${path}: ${width} px on a ${screen} px screen`);
        } finally {
          await context.close();
        }
      }
      expect(overflowing).toEqual([]);
    },
    240_000,
  );
});

describe('refusals read in Chinese, with names', () => {
  it('a refused mark names the aspect as the marking form does, and no id', async () => {
    const judge = prepared.judges[0]!;
    const [competitor] = prepared.competitors;
    const context = await contextFor('zh-CN', TABLET_LANDSCAPE, judge);
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${testbed.server.url}/judge`);
      await page.locator(`button[data-competitor="${competitor!.competitorNumber}"]`).click();
      const aspects = aspectsOf(prepared.trade) as Array<AspectView & { description: string }>;
      const aspect = aspects.find((a) => a.type === 'measurement') ?? aspects[0]!;
      const card = page.locator(`article[data-aspect="${aspect.id}"]`);
      await card.waitFor();
      // The same judge marks the aspect from elsewhere first: the tablet's mark is then refused.
      await api.postMark({
        judge,
        tradeId: prepared.trade.id,
        competitorNumber: competitor!.competitorNumber,
        aspectId: aspect.id,
        mark: aspect.type === 'measurement' ? 0 : 1,
      });
      if (aspect.type === 'judgement') await card.locator('label.level').nth(2).click();
      else await card.locator('input[type="number"]').fill(String(aspect.maxMark));
      await card.locator('.aspect__submit').click();
      const refusal = page.locator('.mark__refusal').first();
      await refusal.waitFor({ timeout: 20_000 });
      const text = await refusal.innerText();
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      // "A5 系统集成方案的完整性": the aspect's short id and its description.
      expect(text).toContain(aspect.description);
      expect(text).not.toMatch(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/); // no English sentence
      expect(await page.locator('body').innerText()).not.toMatch(RAW_ID);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("a bulk upload's report names each row's person and says what is wrong in Chinese", async () => {
    const context = await contextFor('zh-CN', DESKTOP, reviewerOf('shenyang'));
    try {
      const page = await context.newPage();
      await page.goto(`${testbed.server.url}/admin?section=entries`);
      await settled(page);
      const rng = createRng(77);
      const good = generateContestant(rng, { tradeId: quotaTrade.id, teamSize: 1, city: 'shenyang', year, excludedEmployers: new Set() });
      const badPhone = generateContestant(rng, {
        tradeId: quotaTrade.id,
        teamSize: 1,
        city: 'shenyang',
        year,
        excludedEmployers: new Set(),
      });
      const badId = generateContestant(rng, { tradeId: quotaTrade.id, teamSize: 1, city: 'shenyang', year, excludedEmployers: new Set() });
      const wrongDigit = `${badId.idNumber.slice(0, 17)}${badId.idNumber.endsWith('1') ? '2' : '1'}`;
      const row = (p: typeof good, over: { phone?: string; idNumber?: string } = {}) =>
        [
          p.name,
          over.idNumber ?? p.idNumber,
          over.phone ?? p.phone,
          p.employer.name,
          p.employer.creditCode,
          '是',
          '沈阳',
          quotaTrade.id,
          '技师',
        ].join(',');
      const csv = [
        '姓名,身份证号,手机,工作单位,统一社会信用代码,科技型企业,城市,工种,技能等级',
        row(badPhone, { phone: '12345' }),
        row(badId, { idNumber: wrongDigit }),
      ].join('\r\n');
      await page.locator('details.bulk > summary').click();
      await page.locator('details.bulk input[type="file"]').setInputFiles({
        name: 'entries.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
      });
      await page.locator('details.bulk button[type="submit"]').click();
      const report = page.locator('.bulk__report');
      await report.waitFor({ timeout: 30_000 });
      const text = await report.innerText();
      expect(text).toContain(badPhone.name);
      expect(text).toContain(badId.name);
      expect(text).toContain('手机号码');
      expect(text).toContain('身份证号码');
      expect(text).not.toMatch(/is not|must be|valid/);
      expect(await page.locator('body').innerText()).not.toMatch(RAW_ID);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("a city's full quota names the city and the trade", async () => {
    const context = await contextFor('zh-CN', DESKTOP, reviewerOf('shenyang'));
    try {
      const page = await context.newPage();
      await page.goto(`${testbed.server.url}/admin?section=entries`);
      await settled(page);
      const row = page.locator('tr', { has: page.locator('button[data-action="approve"]') }).first();
      await row.waitFor();
      await row.locator('button[data-action="approve"]').click();
      const alert = page.locator('.field__error[role="alert"]').first();
      await alert.waitFor({ timeout: 20_000 });
      const text = await alert.innerText();
      expect(text).toContain('沈阳');
      expect(text).toContain(quotaTrade.name);
      expect(text).toContain('名额已满');
      expect(await page.locator('body').innerText()).not.toMatch(RAW_ID);
      expect(quotaEntry).toBeDefined();
    } finally {
      await context.close();
    }
  }, 120_000);
});
