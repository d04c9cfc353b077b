/**
 * /register on a phone: the form checks what the API checks as one types (GB 11643 check digit,
 * before anything is sent), and the API's own refusals appear at the field they are about.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { demoEmployers } from '#demo';
import { Client, commandId, residentId } from '../support/test-server.js';
import { browserTestbed, newContext, PHONE, watchErrors } from './support/browser.js';

let trade: { id: string; eventId: string };
const employer = demoEmployers.find((e) => e.city === 'dalian')!;

const testbed = browserTestbed(async () => {
  type Trade = {
    id: string;
    eventId: string;
    teamSize: number;
    lotsDrawn: boolean;
    registration?: { ageWindow?: { min: number; max: number } };
  };
  const trades = (await new Client(testbed.server.url).get<Trade[]>('/api/catalogue/trades')).body;
  // An individual trade open to people in their thirties (born 1990 and 1992).
  const takesThirties = (t: Trade) =>
    !t.registration?.ageWindow || (t.registration.ageWindow.min <= 33 && t.registration.ageWindow.max >= 37);
  trade = trades.find((t) => t.teamSize === 1 && !t.lotsDrawn && takesThirties(t))!;
});

const errorAt = (page: Page, field: string) => page.locator(`[data-error-for="${field}"]`);

describe('registration on a phone', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it('checks fields as one types and shows the API refusals at their fields', async () => {
    // Someone the Dalian union already entered.
    const taken = residentId('1990-03-07', 501);
    const reviewer = await new Client(testbed.server.url).login('reviewer-dalian');
    const entered = await reviewer.post('/api/entries', {
      commandId: commandId(),
      tradeId: trade.id,
      name: '王已报',
      idNumber: taken,
      phone: '13900139001',
      employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
      city: 'dalian',
      skillLevel: 'level-3',
    });
    expect(entered.status).toBe(201);

    context = await newContext(testbed.browser, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const entryPosts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/entries') entryPosts.push(request.url());
    });
    await page.goto(`${testbed.server.url}/register`);

    // Sign-up: the API refuses a username that is taken, under the username field.
    await page.fill('input[name="username"]', 'organiser');
    await page.fill('input[name="displayName"]', '李新');
    await page.fill('input[name="password"]', 'a-long-password');
    await page.click('button[type="submit"]');
    await errorAt(page, 'username').waitFor();
    expect(await errorAt(page, 'username').textContent()).toContain('用户名 organiser 已被使用');
    expect(await errorAt(page, 'password').count()).toBe(0);

    const username = `li-xin-${Date.now()}`;
    await page.fill('input[name="username"]', username);
    await page.click('button[type="submit"]');
    await page.locator('#entry-title').waitFor();

    // The entry form: the check digit is checked in the testbed.browser, before anything is sent.
    await page.selectOption('select[name="eventId"]', trade.eventId);
    await page.selectOption('select[name="tradeId"]', trade.id);
    await page.selectOption('select[name="city"]', 'dalian');
    await page.selectOption('select[name="skillLevel"]', 'level-4');
    await page.fill('input[name="name"]', '李新');
    const wrongDigit = taken.slice(0, 17) + (taken[17] === '0' ? '1' : '0');
    await page.fill('input[name="idNumber"]', wrongDigit);
    await page.locator('input[name="phone"]').focus();
    await errorAt(page, 'idNumber').waitFor();
    expect(await errorAt(page, 'idNumber').textContent()).toContain('校验码');
    await page.fill('input[name="phone"]', '13800138000');
    await page.fill('input[name="employer.name"]', employer.name);
    await page.fill('input[name="employer.creditCode"]', employer.creditCode);
    await page.click('button[type="submit"]');
    expect(entryPosts).toEqual([]);

    // A valid number of someone already entered: only the API knows; its refusal shows at the ID field.
    await page.fill('input[name="idNumber"]', taken);
    await page.click('button[type="submit"]');
    await page.locator('[data-error-for="idNumber"]', { hasText: '已在本届竞赛报名' }).waitFor();
    expect(entryPosts).toHaveLength(1);
    for (const field of ['name', 'phone', 'employer.name', 'employer.creditCode', 'tradeId', 'city'])
      expect(await errorAt(page, field).count()).toBe(0);
    expect(await page.locator('input[name="idNumber"]').getAttribute('aria-invalid')).toBe('true');

    // A new value clears the refusal; the entry goes through and its status shows.
    await page.fill('input[name="idNumber"]', residentId('1992-11-20', 502));
    expect(await errorAt(page, 'idNumber').count()).toBe(0);
    await page.click('button[type="submit"]');
    await page.locator('.entry-status[data-status="submitted"]').waitFor();
    expect(await page.locator('.entry-status').textContent()).toContain('2101**********');
    expect(errors).toEqual([]);
  }, 120_000);
});
