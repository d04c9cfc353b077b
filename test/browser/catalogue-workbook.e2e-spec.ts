/**
 * /admin in a real browser: the organiser uploads the catalogue workbook from the edition setup
 * section and reads the report row by row, refusals in Chinese, good rows created beside bad ones;
 * then changes one trade with a reason and sees its versions.
 */
import type { BrowserContext } from 'playwright-core';
import { catalogueToRows } from '#domain';
import { writeCatalogueWorkbook } from '../../apps/api/src/catalogue/workbook/catalogue-xlsx.js';
import { classicEvent, cncTrade } from '../../libs/domain/src/testing/fixtures.js';
import { browserTestbed, DESKTOP, logIn, newContext, watchErrors } from './support/browser.js';

const testbed = browserTestbed();

const event = classicEvent;

describe('the organiser uploads the catalogue workbook', () => {
  let context: BrowserContext;
  afterEach(async () => context?.close());

  it('shows what was created and what was refused, row by row, in Chinese', async () => {
    const short = {
      ...cncTrade,
      id: 'trade-cnc-short',
      scheme: {
        subCriteria: cncTrade.scheme.subCriteria.map((s, i) => ({
          ...s,
          aspects: s.aspects.map((a, j) => (i === 0 && j === 0 ? { ...a, maxMark: a.maxMark - 0.5 } : a)),
        })),
      },
    };
    const workbook = await writeCatalogueWorkbook(catalogueToRows([event], [cncTrade, short]));

    context = await newContext(testbed.browser, DESKTOP);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${testbed.server.url}/admin?section=catalogue`);
    await logIn(page, 'organiser');
    await page.locator('input[name="catalogue-file"]').setInputFiles({
      name: 'catalogue.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    });
    await page.locator('button[data-action="import-catalogue"]').click();
    const report = page.locator('[data-testid="catalogue-report"]');
    await report.waitFor({ timeout: 60_000 });
    await report.locator('tr[data-sheet="trades"][data-row="2"][data-status="created"]').waitFor();
    await report.locator('tr[data-sheet="events"][data-row="2"][data-status="created"]').waitFor();
    const refused = report.locator('tr[data-sheet="trades"][data-row="3"][data-status="refused"]');
    expect(await refused.locator('td').last().textContent()).toBe('工种 trade-cnc-short 各评分项满分之和为 99.5，应正好为 100');
    expect(await report.locator('tr[data-sheet="scheme"][data-row="8"][data-status="refused"] td').nth(2).textContent()).toBe('maxMark');
    expect(await report.locator('p[role="status"]').textContent()).toBe('新建 2 项，修改 0 项，未变 0 项，拒绝 2 行');

    // The imported trade has its first version; a change with a reason (before the draw) is version 2, shown with its reason.
    await page.locator('select[name="versions-trade"]').selectOption('trade-cnc');
    await page.locator('[data-testid="trade-versions"] tr[data-version="1"]').waitFor();
    const renamed = {
      ...cncTrade,
      scheme: { subCriteria: cncTrade.scheme.subCriteria.map((sc) => ({ ...sc, name: `${sc.name}（修订）` })) },
    };
    await page.locator('input[name="revision-file"]').setInputFiles({
      name: 'trade-cnc.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await writeCatalogueWorkbook(catalogueToRows([event], [renamed])),
    });
    await page.locator('input[name="revision-reason"]').fill('分项名称按专家组意见修订');
    await page.locator('button[data-action="revise-trade"]').click();
    await page.locator('p[role="status"]', { hasText: '已生效：第 2 版' }).waitFor();
    await page.locator('[data-testid="trade-versions"] tr[data-version="2"]', { hasText: '分项名称按专家组意见修订' }).waitFor();
    expect(errors).toEqual([]);
  }, 180_000);
});
