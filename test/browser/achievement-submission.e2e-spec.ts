/**
 * An achievement review (docs/achievements.md) in the browser: the applicant drafts an achievement
 * on a phone, is refused an executable renamed .pdf (in Chinese), attaches a PDF, sees it listed
 * with its size and submits; the city union's reviewer recommends it in /admin, and the organiser finds it ineligible with a reason.
 */
import type { BrowserContext } from 'playwright-core';
import { CITIES } from '#domain';
import { generateDemoAchievements, generateDemoContest } from '#demo';
import { Client, residentId } from '../support/test-server.js';
import { browserTestbed, DESKTOP, logIn, newContext, PHONE, watchErrors } from './support/browser.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);

let trade: { id: string; eventId: string };
let city: string;

const testbed = browserTestbed(async () => {
  type Event = { id: string; kind?: string };
  type Trade = { id: string; eventId: string };
  const client = new Client(testbed.server.url);
  const reviews = new Set(
    (await client.get<Event[]>('/api/catalogue/events')).body.filter((e) => e.kind === 'achievement').map((e) => e.id),
  );
  trade = (await client.get<Trade[]>('/api/catalogue/trades')).body.find((t) => reviews.has(t.eventId))!;
  // A city the demo's generated achievements leave free in this trade (its quota untouched).
  const taken = new Set(
    generateDemoAchievements(generateDemoContest())
      .filter((a) => a.tradeId === trade.id)
      .map((a) => a.city),
  );
  city = CITIES.map((c) => c.id).find((c) => !taken.has(c))!;
});

describe('an achievement submitted on a phone, recommended by its city', () => {
  let contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
  });

  it('drafts, attaches a PDF (an executable refused), submits; the city reviewer recommends it; the organiser finds it ineligible with a reason', async () => {
    const phone = await newContext(testbed.browser, PHONE);
    contexts.push(phone);
    const page = await phone.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/register`);

    await page.fill('input[name="username"]', `inventor-${Date.now()}`);
    await page.fill('input[name="displayName"]', '赵创新');
    await page.fill('input[name="password"]', 'a-long-password');
    await page.click('button[type="submit"]');
    await page.locator('#achievements-title').waitFor();

    await page.getByRole('button', { name: '申报成果' }).click();
    await page.selectOption('form.achievement-form select[name="tradeId"]', trade.id);
    await page.selectOption('form.achievement-form select[name="city"]', city);
    await page.fill('input[name="title"]', '输送带跑偏自动纠偏装置');
    await page.selectOption('select[name="category"]', 'technical_innovation');
    await page.fill('textarea[name="summary"]', '针对输送带跑偏频繁停机的问题，设计自动纠偏装置，年减少停机四十小时。');
    await page.fill('input[name="members.0.name"]', '赵创新');
    await page.fill('input[name="members.0.idNumber"]', residentId('1985-04-12', 611));
    await page.fill('input[name="members.0.phone"]', '13800138611');
    await page.fill('input[name="members.0.unit"]', '演示重型机械有限公司');
    await page.fill('input[name="benefits.0.description"]', '年减少停机');
    await page.fill('input[name="benefits.0.figure"]', '40');
    await page.fill('input[name="benefits.0.unit"]', '小时/年');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.locator('.achievement-detail[data-status="draft"]').waitFor();

    // Submitting without a file, then an executable named .pdf: refused, in Chinese.
    await page.getByRole('button', { name: '提交成果' }).click();
    await page.locator('[role="alert"]', { hasText: '提交前请至少上传一个附件' }).waitFor();
    await page.setInputFiles('input[type="file"]', { name: 'report.pdf', mimeType: 'application/pdf', buffer: EXE });
    await page.locator('[role="alert"]', { hasText: '按文件内容判断' }).waitFor();
    expect(await page.locator('.attachment-list li').count()).toBe(0);

    await page.setInputFiles('input[type="file"]', { name: '成果报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.locator('.attachment-list li', { hasText: '成果报告.pdf' }).waitFor();
    expect(await page.locator('.attachment-list li').textContent()).toContain(`${PDF.length} B`);
    await page.getByRole('button', { name: '提交成果' }).click();
    await page.locator('.achievement-detail[data-status="submitted"]').waitFor();
    expect(errors).toEqual([]);

    // The city union's reviewer recommends it in /admin.
    const desk = await newContext(testbed.browser, DESKTOP);
    contexts.push(desk);
    const admin = await desk.newPage();
    const adminErrors = watchErrors(admin);
    await admin.goto(`${testbed.server.url}/admin?section=achievements`);
    await logIn(admin, `reviewer-${city}`);
    const row = admin.locator('tr[data-achievement]', { hasText: '输送带跑偏自动纠偏装置' });
    await row.waitFor();
    expect(await row.textContent()).toContain('赵创新');
    await row.getByRole('button', { name: '推荐', exact: true }).click();
    await admin.locator('[role="status"]', { hasText: '输送带跑偏自动纠偏装置' }).waitFor();
    await admin.selectOption('select[name="achievementStatus"]', 'recommended');
    await admin.locator('tr[data-achievement] [data-status="recommended"]').first().waitFor();
    expect(await admin.locator('tr[data-achievement]', { hasText: '输送带跑偏自动纠偏装置' }).count()).toBe(1);
    expect(adminErrors).toEqual([]);

    // The applicant sees the recommendation.
    await page.getByRole('button', { name: '返回列表' }).click();
    await page.locator('.achievement-list [data-status="recommended"]').waitFor();

    // The organiser's eligibility check: not eligible, with a reason shown beside the status.
    const office = await newContext(testbed.browser, DESKTOP);
    contexts.push(office);
    const organiser = await office.newPage();
    const organiserErrors = watchErrors(organiser);
    await organiser.goto(`${testbed.server.url}/admin?section=achievements`);
    await logIn(organiser, 'organiser');
    const recommended = organiser.locator('tr[data-achievement]', { hasText: '输送带跑偏自动纠偏装置' });
    await recommended.getByRole('button', { name: '资格不通过' }).click();
    await organiser.fill('.reason-form input', '成果完成时间早于申报范围');
    await organiser.locator('.reason-form button[type="submit"]').click();
    await organiser.locator('[role="status"]', { hasText: '输送带跑偏自动纠偏装置' }).waitFor();
    await organiser.selectOption('select[name="achievementStatus"]', 'ineligible');
    await organiser.locator('tr[data-achievement]', { hasText: '成果完成时间早于申报范围' }).waitFor();
    expect(organiserErrors).toEqual([]);
  }, 180_000);
});
