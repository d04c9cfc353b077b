import { randomUUID } from 'node:crypto';
import { aspectsOf, ContestApi, planTradeMarks, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { pdfText } from '../support/pdf-text.js';
import { Client, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

/**
 * The printable fallbacks as PDFs from a real server, their text read back with PDF.js: marking
 * forms per session (competitor numbers, aspects with their descriptors, a box per judge) and the
 * signed results sheet (ranks, names, employers, scores, prizes, signature lines), in Chinese.
 */
describe('printable marking forms and results sheet', () => {
  const SEED = 5151;
  let server: TestServer;
  let api: ContestApi;
  let organiser: Client;
  let prepared: PreparedTrade;
  let tradeId: string;

  beforeAll(async () => {
    server = await startServer();
    api = new ContestApi(server.url, { deviceId: 'print-e2e' });
    organiser = await new Client(server.url).login('organiser');
    [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 4, seed: SEED });
    tradeId = prepared.trade.id;
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    if (server) removeFilesOf(server);
  });

  it('prints the marking forms of a session: numbers, aspects, descriptors, a box per judge', async () => {
    const draw = (await organiser.get(`/api/trades/${tradeId}/draw`)).body as {
      assignments: Array<{ competitorNumber: number; session: number }>;
    };
    const inSession1 = draw.assignments.filter((a) => a.session === 1).map((a) => a.competitorNumber);
    const forms = await organiser.download(`/api/trades/${tradeId}/print/marking-forms.pdf?session=1`);
    expect(forms.status).toBe(200);
    expect(forms.type).toBe('application/pdf');
    expect(forms.body.subarray(0, 5).toString()).toBe('%PDF-');
    // The Chinese font is embedded as a subset: a few hundred KB at most, not the 10 MB font.
    expect(forms.body.length).toBeLessThan(1_000_000);

    const text = (await pdfText(forms.body)).join('\n');
    const trade = (await organiser.get(`/api/catalogue/trades/${tradeId}`)).body;
    expect(text).toContain(`${trade.name} 评分表 第1场`);
    expect(text).toContain(`选手号：${inSession1.join('、')}`);
    for (const aspect of aspectsOf(prepared.trade)) expect(text).toContain(aspect.id);
    const judgement = trade.scheme.subCriteria.flatMap((s: any) => s.aspects).find((a: any) => a.type === 'judgement');
    expect(text).toContain(`3 级：${judgement.descriptors[3]}`);
    expect(text).toContain(`裁判 ${trade.panelSize}`);
    expect(text).toContain('裁判长签名');

    expect((await organiser.download(`/api/trades/${tradeId}/print/marking-forms.pdf?session=99`)).status).toBe(404);
    expect((await organiser.download(`/api/trades/${tradeId}/print/marking-forms.pdf?session=x`)).status).toBe(400);
    expect((await new Client(server.url).download(`/api/trades/${tradeId}/print/marking-forms.pdf`)).status).toBe(401);
  });

  it('prints the signed results sheet with names, employers, scores and prizes', async () => {
    for (const mark of planTradeMarks(prepared, SEED)) await api.postMark(mark);
    const chief = (await api.panel(tradeId)).find((m) => m.role === 'chief_judge')!.username;
    for (const { competitorNumber } of prepared.competitors) {
      for (const module of prepared.trade.scheme.subCriteria) {
        await api.postAs(chief, `/api/trades/${tradeId}/competitors/${competitorNumber}/sign-off`, {
          commandId: randomUUID(),
          moduleId: module.id,
        });
      }
    }
    await server.quietHead();
    const reason = '理论考试另行组织';
    await api.postAs('organiser', `/api/trades/${tradeId}/publish`, { commandId: randomUUID(), missingTheoryReason: reason });
    await server.quietHead();

    const sheet = await organiser.download(`/api/trades/${tradeId}/print/results-sheet.pdf`);
    expect(sheet.status).toBe(200);
    const text = (await pdfText(sheet.body)).join('\n');
    const results = (await organiser.get(`/api/trades/${tradeId}/results`)).body;
    expect(text).toContain('成绩公示');
    expect(text).toContain('正式成绩');
    expect(text).toContain(`原因：${reason}`);
    for (const { contestant } of prepared.competitors) {
      expect(text).toContain(contestant!.name);
      expect(text).toContain(contestant!.employer.name);
    }
    const winner = results.rows.find((r: { rank: number }) => r.rank === 1);
    expect(text).toContain(winner.total.toFixed(2));
    expect(text).toContain('一等奖');
    expect(text).toMatch(/裁判长签名.*监督签名.*组委会（盖章）/s);
    // Personal data never: no ID number or phone on a public sheet.
    for (const { contestant } of prepared.competitors) {
      expect(text).not.toContain(contestant!.idNumber);
      expect(text).not.toContain(contestant!.phone);
    }
  });
});
