import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { deterministicId } from '#application';
import { demoEmployers } from '#demo';
import { aspectsOf, ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/**
 * Judges at scale through the API of a real server: a workbook of judges imported (reported row by
 * row; the same file again changes nothing), their panels assigned from it, their ID numbers and
 * phones encrypted and masked, first passwords set with one-time activation codes, and the
 * conflict-of-interest engine working on the imported data: a judge from a contestant's employer
 * is refused for that contestant and a substitute is offered.
 */
describe('importing judges from a workbook', () => {
  const SEED = 6161;
  const TRADE = 'e2e-imported-panel';
  let server: TestServer;
  let api: ContestApi;
  let organiser: Client;
  let prepared: PreparedTrade;
  let workbook: Buffer;
  const idNumber = residentId('1975-03-08', 321);
  const phone = '13912345678';

  beforeAll(async () => {
    server = await startServer();
    api = new ContestApi(server.url, { deviceId: 'judge-import-e2e' });
    organiser = await new Client(server.url).login('organiser');

    // A trade with an empty panel (every demo panel is full), copied from a demo trade, with its contestants drawn.
    const trades = (await organiser.get('/api/catalogue/trades')).body as Array<{
      id: string;
      teamSize: number;
      conflictOfInterest?: { sameCity: boolean };
    }>;
    const template = trades.find((t) => t.teamSize === 1 && !t.conflictOfInterest?.sameCity)!;
    const { lotsDrawn: _drawn, theory: _theory, ...definition } = (await organiser.get(`/api/catalogue/trades/${template.id}`)).body;
    const { contestId } = (await organiser.get('/api/catalogue/contest')).body;
    const id = `e2e/${TRADE}`;
    await server.store.append(
      `trade-${TRADE}`,
      [
        {
          id: deterministicId(id),
          type: 'TradeDefined',
          data: { contestId, trade: { ...definition, id: TRADE, name: 'E2E 导入裁判组' } },
          metadata: {
            actor: { userId: 'system:e2e', role: 'system' },
            commandId: id,
            correlationId: id,
            causationId: id,
            occurredAt: new Date().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      'no_stream',
    );
    [prepared] = await prepareTrades(api, { trades: [TRADE], contestantsPerTrade: 3, seed: SEED });

    // The workbook: a chief, a judge of the first contestant's employer, a judge of another, and bad rows.
    const contestantEmployer = prepared.competitors[0]!.contestant!.employer;
    const employers = new Set(prepared.competitors.map((c) => c.contestant!.employer.name));
    const [other, third] = demoEmployers.filter((e) => !employers.has(e.name));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('裁判 Judges');
    sheet.addRow(['裁判名单']);
    sheet.addRow(['姓名', '工作单位', '统一社会信用代码', '城市', '工种', '裁判长', '编入裁判组', '身份证号', '手机']);
    sheet.addRow(['王主裁', third!.name, third!.creditCode, third!.city, TRADE, '是', '是', '', '']);
    sheet.addRow(['张同厂', contestantEmployer.name, contestantEmployer.creditCode, '沈阳', 'E2E 导入裁判组', '否', '是', idNumber, phone]);
    sheet.addRow(['李外厂', other!.name, other!.creditCode, other!.city, TRADE, '否', '是', '', '']);
    sheet.addRow([
      '赵错码',
      other!.name,
      `${other!.creditCode.slice(0, 17)}${other!.creditCode[17] === '0' ? '1' : '0'}`,
      'dalian',
      TRADE,
      '',
      '',
      '',
      '',
    ]);
    sheet.addRow(['钱无工种', other!.name, other!.creditCode, 'dalian', 'no-such-trade', '', '', '', '']);
    sheet.addRow(['孙城市', other!.name, other!.creditCode, '火星', TRADE, '', '', '', '']);
    sheet.getColumn(8).numFmt = '@';
    workbook = Buffer.from(await book.xlsx.writeBuffer());
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    if (server) removeFilesOf(server);
  });

  const upload = () =>
    organiser.upload('/api/users/judges/import', {
      name: 'judges.xlsx',
      content: workbook,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  const judges = async () => (await organiser.get(`/api/users/judges?tradeId=${TRADE}`)).body as any[];
  const userOf = async (name: string) => (await judges()).find((j) => j.displayName === name)!;

  it('imports the good rows, reports every row, and assigns the panels', async () => {
    const report = await upload();
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ file: 'judges.xlsx', created: 3, unchanged: 0, refused: 3 });
    expect(report.body.rows).toEqual([
      expect.objectContaining({ row: 3, status: 'created', panels: [{ tradeId: TRADE, status: 'assigned' }] }),
      expect.objectContaining({ row: 4, status: 'created', panels: [{ tradeId: TRADE, status: 'assigned' }] }),
      expect.objectContaining({ row: 5, status: 'created', panels: [{ tradeId: TRADE, status: 'assigned' }] }),
      expect.objectContaining({ row: 6, status: 'refused', field: 'employer.creditCode', message: expect.stringContaining('GB 32100') }),
      expect.objectContaining({ row: 7, status: 'refused', field: 'trades', message: expect.stringContaining('no-such-trade') }),
      expect.objectContaining({ row: 8, status: 'refused', field: 'city' }),
    ]);
    const panel = (await organiser.get(`/api/trades/${TRADE}/panel`)).body as Array<{ displayName: string; role: string }>;
    expect(panel.map((m) => [m.displayName, m.role])).toEqual([
      ['王主裁', 'chief_judge'],
      ['张同厂', 'judge'],
      ['李外厂', 'judge'],
    ]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const head = await server.quietHead();
    const again = await upload();
    expect(again.body).toMatchObject({ created: 0, unchanged: 3, refused: 3 });
    expect(again.body.rows.slice(0, 3).map((r: any) => [r.status, r.panels])).toEqual(
      Array.from({ length: 3 }, () => ['unchanged', [{ tradeId: TRADE, status: 'unchanged' }]]),
    );
    expect(await server.quietHead()).toBe(head);
  });

  it('keeps ID numbers and phones encrypted in the store and masked on screens', async () => {
    const zhang = await userOf('张同厂');
    expect(zhang).toMatchObject({
      idNumber: `${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`,
      phone: '139****5678',
      active: false,
    });
    expect(JSON.stringify(await judges())).not.toContain(idNumber);
    const raw = [server.sqliteFile, `${server.sqliteFile}-wal`].map((file) => {
      try {
        return readFileSync(file).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(raw.join('')).not.toContain(idNumber);
    expect(raw.join('')).not.toContain(phone);
  });

  it('sets first passwords with one-time activation codes, never a shared default', async () => {
    const imported = await judges();
    const zhang = imported.find((j) => j.displayName === '张同厂');
    expect((await new Client(server.url).post('/api/auth/login', { username: zhang.username, password: 'jiangxin-demo' })).status).toBe(
      401,
    );

    const issued = await organiser.post('/api/users/judges/activation-codes', {
      commandId: commandId(),
      userIds: imported.map((j) => j.userId),
    });
    expect(issued.status).toBe(200);
    expect(issued.body.slips).toHaveLength(3);
    const slip = issued.body.slips.find((s: any) => s.userId === zhang.userId);
    expect(slip.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(new Set(issued.body.slips.map((s: any) => s.code)).size).toBe(3);

    const anonymous = new Client(server.url);
    const wrong = await anonymous.post('/api/auth/activate', {
      username: zhang.username,
      code: 'AAAAA-AAAAA',
      password: 'a-long-password',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.code).toBe('judges.activation_invalid');
    const typed = slip.code.toLowerCase().replace('-', ' ');
    const activated = await anonymous.post('/api/auth/activate', { username: zhang.username, code: typed, password: 'a-long-password' });
    expect(activated.status).toBe(200);
    const again = await anonymous.post('/api/auth/activate', { username: zhang.username, code: slip.code, password: 'another-password' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('judges.already_active');
    expect((await new Client(server.url).login(zhang.username, 'a-long-password')).token).toBeTruthy();
    expect((await userOf('张同厂')).active).toBe(true);
  });

  it('refuses an imported judge for a contestant of the same employer, and offers a substitute', async () => {
    const [zhang, li, chief] = await Promise.all(['张同厂', '李外厂', '王主裁'].map(userOf));
    for (const judge of [li, chief]) {
      const issued = await organiser.post('/api/users/judges/activation-codes', { commandId: commandId(), userIds: [judge.userId] });
      await new Client(server.url).post('/api/auth/activate', {
        username: judge.username,
        code: issued.body.slips[0].code,
        password: 'a-long-password',
      });
    }
    // Each judge marks one module: the one from the other employer can stand in.
    const [first, second] = prepared.trade.scheme.subCriteria;
    const chiefClient = await new Client(server.url).login(chief.username, 'a-long-password');
    for (const [judge, module] of [
      [zhang, first],
      [li, second ?? first],
    ] as const) {
      const assigned = await chiefClient.post(`/api/trades/${TRADE}/panel/assignments`, {
        commandId: commandId(),
        judgeId: judge.userId,
        aspectIds: module!.aspects.map((a) => a.id),
      });
      expect(assigned.status).toBe(201);
    }

    const competitor = prepared.competitors[0]!.competitorNumber;
    const zhangClient = await new Client(server.url).login(zhang.username, 'a-long-password');
    const refused = await zhangClient.post(`/api/trades/${TRADE}/marks`, {
      commandId: commandId(),
      competitorNumber: competitor,
      aspectId: first!.aspects[0]!.id,
      mark: first!.aspects[0]!.type === 'judgement' ? 2 : 0,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('same employer');

    const conflicts = await chiefClient.get(`/api/trades/${TRADE}/competitors/${competitor}/conflicts`);
    expect(conflicts.body.conflicted).toEqual([
      expect.objectContaining({
        judgeId: zhang.userId,
        reason: expect.stringContaining(prepared.competitors[0]!.contestant!.employer.name),
      }),
    ]);
    if (second) expect(conflicts.body.conflicted[0].substitutes).toEqual([li.userId]);
    expect(aspectsOf(prepared.trade).length).toBeGreaterThan(0);
  });
});
