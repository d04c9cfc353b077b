import http from 'node:http';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { demoEmployers } from '#demo';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/**
 * Issue 11: from an empty platform (SEED_DEMO=false) to an edition with its catalogue, entirely
 * through the API and the catalogue workbook: the first organiser from the one-time setup code in the
 * log, the edition, a workbook with good and bad rows reported row by row, the same file again, the
 * export compared, bad files refused with nothing written.
 */

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const descriptors = ['未完成', '部分达到', '达到', '超出'];

type Cells = Record<string, string | number>;
const scheme = (tradeId: string, rows: Array<[string, string, 'M' | 'J' | '测量' | '评价', number, string[]?]>): Cells[] =>
  rows.map(([subCriterionId, aspectId, type, maxMark, levels]) => ({
    tradeId,
    subCriterionId,
    subCriterionName: subCriterionId === 'A' ? '安全与规范' : '作品质量',
    aspectId,
    type,
    description: `${aspectId} 的评分要求`,
    ...(type === 'J' || type === '评价'
      ? {
          level0: (levels ?? descriptors)[0],
          level1: (levels ?? descriptors)[1],
          level2: (levels ?? descriptors)[2],
          level3: (levels ?? descriptors)[3],
        }
      : {}),
    maxMark,
  }));

const trade = (id: string, eventId: string, name: string, extra: Cells = {}): Cells => ({
  id,
  eventId,
  name,
  nameEn: `${id} (en)`,
  teamSize: 1,
  theoryWeight: 30,
  practicalWeight: 70,
  panelSize: 3,
  trimmedMean: '否',
  ...extra,
});

const GOOD = {
  events: [
    {
      id: 'ev-electric',
      name: '电工技能赛',
      nameEn: 'Electricians',
      category: 'classic-trades',
      organisingUnit: '辽宁省总工会',
      venue: '沈阳市工人文化宫',
      date: '2027-06-10',
    },
    {
      id: 'ev-drones',
      name: '无人机赛',
      nameEn: 'Drones',
      category: 'drones',
      organisingUnit: '大连市总工会',
      venue: '大连国际会展中心',
      date: '2027-07-02',
    },
  ],
  trades: [
    trade('t-electrician', 'ev-electric', '电工', {
      keyAspects: 'j-wiring',
      quotaPerCity: 3,
      prizeMode: 'count',
      prizeFirst: 1,
      prizeSecond: 1,
      prizeThird: 1,
    }),
    trade('t-drone-pilot', 'ev-drones', '无人机驾驶员', { theoryWeight: 20, practicalWeight: 80 }),
    trade('t-drone-repair', 'ev-drones', '无人机装调检修工', { teamSize: 2, panelSize: 5, trimmedMean: '是' }),
  ],
  scheme: [
    ...scheme('t-electrician', [
      ['A', 'm-insulation', 'M', 40],
      ['A', 'm-earthing', '测量', 20],
      ['B', 'j-wiring', 'J', 40],
    ]),
    ...scheme('t-drone-pilot', [
      ['A', 'm-hover', 'M', 50],
      ['B', 'j-route', '评价', 50],
    ]),
    ...scheme('t-drone-repair', [
      ['A', 'm-motor', 'M', 30.5],
      ['B', 'j-assembly', 'J', 69.5],
    ]),
  ],
};

const BAD = {
  trades: [
    trade('t-bad-sum', 'ev-electric', '满分不足'),
    trade('t-bad-j', 'ev-electric', '缺描述'),
    trade('t-dup', 'ev-electric', '重复编号'),
    trade('t-no-event', 'ev-nowhere', '未知赛事'),
  ],
  scheme: [
    ...scheme('t-bad-sum', [
      ['A', 'm-a', 'M', 49.5],
      ['B', 'j-b', 'J', 50],
    ]),
    ...scheme('t-bad-j', [
      ['A', 'm-a', 'M', 50],
      ['B', 'j-b', 'J', 50, ['差', '中', '', '优']],
    ]),
    ...scheme('t-dup', [
      ['A', 'm-a', 'M', 50],
      ['B', 'm-a', 'J', 50],
    ]),
    ...scheme('t-no-event', [['A', 'm-a', 'M', 100]]),
  ],
};

/** Fills the downloaded template: each row under the header, cell by column key (the header's English word). */
async function fill(template: Buffer, content: Partial<Record<'events' | 'trades' | 'scheme', Cells[]>>): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
  for (const worksheet of workbook.worksheets) {
    const sheet = (['events', 'trades', 'scheme'] as const).find((s) => worksheet.name.endsWith(s))!;
    const keys = (worksheet.getRow(1).values as string[]).slice(1).map((header) => header.split(' ').at(-1)!);
    for (const cells of content[sheet] ?? []) worksheet.addRow(keys.map((k) => cells[KEY_OF[k] ?? k] ?? ''));
  }
  return workbook;
}
/** Header words that differ from the row keys above. */
const KEY_OF: Record<string, string> = {};

/** The status of a multipart upload that the server may answer (and close) before the body is sent. */
function uploadStatus(url: string, token: string, content: Buffer): Promise<number> {
  const boundary = `----jiangxin${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.xlsx"\r\nContent-Type: ${XLSX}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/api/catalogue/workbook`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    let answered = false;
    request.on('response', (response) => {
      answered = true;
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.write(head);
    request.write(content);
    request.end(tail);
  });
}

const bytes = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

describe('setting up an edition from an empty platform', () => {
  let server: TestServer;
  let organiser: Client;
  let template: Buffer;
  let uploaded: Buffer;
  const logged: string[] = [];

  beforeAll(async () => {
    const write = (stream: NodeJS.WriteStream) => {
      const original = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        logged.push(String(chunk));
        return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      return () => {
        stream.write = original;
      };
    };
    const restore = [write(process.stdout), write(process.stderr)];
    try {
      server = await startServer({ SEED_DEMO: false });
    } finally {
      for (const r of restore) r();
    }
  });

  afterAll(async () => {
    await server?.close();
    if (server) removeFilesOf(server);
  });

  it('starts empty, with no default password: the first organiser activates with the setup code from the log', async () => {
    const anonymous = new Client(server.url);
    expect((await anonymous.get('/api/catalogue/contest')).status).toBe(404);
    expect((await anonymous.get('/api/catalogue/trades')).body).toEqual([]);
    expect((await anonymous.post('/api/auth/login', { username: 'organiser', password: 'jiangxin-demo' })).status).toBe(401);

    const line = logged.find((l) => l.includes('one-time setup code'));
    const code = line?.match(/setup code ([0-9A-Z]{5}-[0-9A-Z]{5})/)?.[1];
    expect(code).toBeDefined();
    expect(
      (await anonymous.post('/api/auth/activate', { username: 'organiser', code: 'AAAAA-AAAAA', password: 'a-long-password' })).status,
    ).toBe(403);
    expect((await anonymous.post('/api/auth/activate', { username: 'organiser', code, password: 'organiser-password-1' })).status).toBe(
      200,
    );
    // One time only.
    expect((await anonymous.post('/api/auth/activate', { username: 'organiser', code, password: 'another-password' })).status).toBe(409);
    organiser = await new Client(server.url).login('organiser', 'organiser-password-1');
    expect((await organiser.get('/api/auth/me')).body).toMatchObject({ role: 'organiser' });
  });

  it('creates the edition; a workbook before it is refused', async () => {
    const early = await organiser.upload('/api/catalogue/workbook', {
      name: 'x.xlsx',
      content: await bytes(new ExcelJS.Workbook()),
      type: XLSX,
    });
    expect(early).toMatchObject({ status: 404, body: { code: 'edition.none' } });
    const created = await organiser.post('/api/editions', {
      commandId: commandId(),
      id: 'lnsc-2027',
      name: '2027年辽宁省职工职业技能大赛',
      year: 2027,
      firstDay: '2027-06-01',
      lastDay: '2027-10-31',
      registrationClosesAt: '2027-05-20T16:00:00Z',
    });
    expect(created.status).toBe(201);
    expect((await organiser.get('/api/catalogue/editions')).body).toEqual([
      expect.objectContaining({ contestId: 'lnsc-2027', current: true }),
    ]);
    expect((await organiser.get('/api/catalogue/contest')).body).toMatchObject({
      contestId: 'lnsc-2027',
      year: 2027,
      demo: false,
      days: { first: '2027-06-01', last: '2027-10-31' },
    });
  });

  it('uploads a workbook with good and bad rows: the good ones go in, each bad one is reported where it is', async () => {
    const download = await organiser.download('/api/catalogue/workbook/template');
    expect(download.status).toBe(200);
    expect(download.type).toContain(XLSX);
    template = download.body;
    uploaded = await bytes(
      await fill(template, { events: GOOD.events, trades: [...GOOD.trades, ...BAD.trades], scheme: [...GOOD.scheme, ...BAD.scheme] }),
    );

    const report = await organiser.upload('/api/catalogue/workbook', { name: 'catalogue.xlsx', content: uploaded, type: XLSX });
    expect(report.status).toBe(200);
    const byId = (sheet: string, id: string) =>
      report.body.rows.filter((r: { sheet: string; id: string }) => r.sheet === sheet && r.id === id);
    expect(report.body).toMatchObject({ created: 5 });
    for (const id of ['t-electrician', 't-drone-pilot', 't-drone-repair'])
      expect(byId('trades', id)).toEqual([expect.objectContaining({ status: 'created' })]);
    // Trades sheet rows: 2–4 good, 5 bad sum, 6 bad J, 7 duplicate aspect, 8 unknown event. Scheme rows: 2–8 good, then the bad trades'.
    expect(byId('trades', 't-no-event')).toEqual([
      expect.objectContaining({
        row: 8,
        status: 'refused',
        column: 'eventId',
        code: 'catalogue.unknown_event',
        params: { eventId: 'ev-nowhere' },
      }),
    ]);
    const refusedScheme = report.body.rows.filter((r: { sheet: string }) => r.sheet === 'scheme');
    expect(refusedScheme).toEqual([
      expect.objectContaining({
        row: 9,
        status: 'refused',
        column: 'maxMark',
        code: 'catalogue.scheme_total',
        params: { tradeId: 't-bad-sum', total: 99.5 },
      }),
      expect.objectContaining({
        row: 12,
        status: 'refused',
        column: 'level2',
        code: 'catalogue.descriptors_missing',
        params: { aspectId: 'j-b', level: 2 },
      }),
      expect.objectContaining({
        row: 14,
        status: 'refused',
        column: 'aspectId',
        code: 'catalogue.duplicate_id',
        params: { id: 'm-a', firstRow: 13 },
      }),
    ]);
    for (const id of ['t-bad-sum', 't-bad-j', 't-dup']) expect(byId('trades', id)[0]).toMatchObject({ status: 'refused' });

    const trades = (await organiser.get('/api/catalogue/trades')).body.map((t: { id: string }) => t.id).sort();
    expect(trades).toEqual(['t-drone-pilot', 't-drone-repair', 't-electrician']);
    const events = (await organiser.get('/api/catalogue/events')).body;
    expect(events.map((e: { id: string; tradeIds: string[] }) => [e.id, e.tradeIds.sort()])).toEqual([
      ['ev-electric', ['t-electrician']],
      ['ev-drones', ['t-drone-pilot', 't-drone-repair']],
    ]);
    const electrician = (await organiser.get('/api/catalogue/trades/t-electrician')).body;
    expect(
      electrician.scheme.subCriteria.flatMap((s: { aspects: { id: string; type: string }[] }) => s.aspects.map((a) => [a.id, a.type])),
    ).toEqual([
      ['m-insulation', 'measurement'],
      ['m-earthing', 'measurement'],
      ['j-wiring', 'judgement'],
    ]);
    expect(electrician.versions).toEqual([expect.objectContaining({ version: 1, by: 'u-organiser' })]);
  });

  it('the same file again changes nothing', async () => {
    const before = await server.quietHead();
    const again = await organiser.upload('/api/catalogue/workbook', { name: 'catalogue.xlsx', content: uploaded, type: XLSX });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 0, changed: 0, unchanged: 5 });
    expect(await server.quietHead()).toBe(before);
  });

  it('exports the catalogue to the same workbook: the good rows as uploaded, and its upload changes nothing', async () => {
    const exported = await organiser.download('/api/catalogue/workbook');
    expect(exported.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.body as unknown as ExcelJS.Buffer);
    const sheetRows = (name: string) => {
      const worksheet = workbook.worksheets.find((w) => w.name.endsWith(name))!;
      const keys = (worksheet.getRow(1).values as string[]).slice(1).map((h) => h.split(' ').at(-1)!);
      const rows: Record<string, string>[] = [];
      worksheet.eachRow((row, n) => {
        if (n === 1) return;
        rows.push(Object.fromEntries(keys.map((k, i) => [k, String(row.getCell(i + 1).value ?? '')]).filter(([, v]) => v !== '')));
      });
      return rows;
    };
    const asText = (cells: Cells) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, String(v)]));
    expect(sheetRows('events')).toEqual(GOOD.events.map(asText));
    expect(sheetRows('scheme')).toEqual(
      GOOD.scheme.map((c) => asText({ ...c, type: c.type === '测量' ? 'M' : c.type === '评价' ? 'J' : c.type })),
    );
    expect(sheetRows('trades').map((t) => t.id)).toEqual(['t-electrician', 't-drone-pilot', 't-drone-repair']);

    const before = await server.quietHead();
    const reimport = await organiser.upload('/api/catalogue/workbook', { name: 'export.xlsx', content: exported.body, type: XLSX });
    expect(reimport.body).toMatchObject({ created: 0, changed: 0, unchanged: 5, refused: 0 });
    expect(await server.quietHead()).toBe(before);
  });

  it('takes one sheet as CSV, after the CSV template: a scheme sheet alone changes the schemes of trades it names', async () => {
    const template = await organiser.download('/api/catalogue/workbook/template/scheme.csv');
    expect(template.status).toBe(200);
    const header = template.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim();
    expect(header.split(',')[0]).toBe('工种编号 tradeId');
    const keys = header.split(',').map((h) => h.split(' ').at(-1)!);
    const pilot = GOOD.scheme
      .filter((c) => c.tradeId === 't-drone-pilot')
      .map((c) => ({ ...c, maxMark: c.aspectId === 'm-hover' ? 40 : 60 }));
    const csv = [header, ...pilot.map((c) => keys.map((k) => String((c as Cells)[k] ?? '')).join(','))].join('\n');
    const answer = await organiser.upload('/api/catalogue/workbook', { name: 'scheme.csv', content: Buffer.from(csv), type: 'text/csv' });
    expect(answer.status).toBe(200);
    expect(answer.body.rows).toEqual([expect.objectContaining({ sheet: 'scheme', row: 2, id: 't-drone-pilot', status: 'changed' })]);
    const trade = (await organiser.get('/api/catalogue/trades/t-drone-pilot')).body;
    expect(trade.scheme.subCriteria.flatMap((s: { aspects: { maxMark: number }[] }) => s.aspects.map((a) => a.maxMark))).toEqual([40, 60]);
    expect(trade.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('refuses a bad file whole, nothing written: a formula, an image, a renamed file, 50 MB', async () => {
    const before = await server.quietHead();
    const withFormula = await fill(template, { events: [{ ...GOOD.events[0]!, id: 'ev-new' }] });
    withFormula.worksheets[0]!.getCell('B2').value = { formula: '1+1', result: 2 };
    const withImage = await fill(template, { events: [{ ...GOOD.events[0]!, id: 'ev-new' }] });
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const image = withImage.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    withImage.worksheets[0]!.addImage(image, 'C3:D4');
    const cases: Array<[string, Buffer, number, RegExp]> = [
      ['formula.xlsx', await bytes(withFormula), 422, /formula/],
      ['image.xlsx', await bytes(withImage), 422, /image/],
      ['renamed.xlsx', Buffer.from('id,name\nev-x,电工\n'), 422, /not an XLSX/],
    ];
    for (const [name, content, status, message] of cases) {
      const answer = await organiser.upload('/api/catalogue/workbook', { name, content, type: XLSX });
      expect([name, answer.status, answer.body.code]).toEqual([name, status, 'catalogue.bad_file']);
      expect(answer.body.message).toMatch(message);
    }
    expect(await uploadStatus(server.url, organiser.token!, Buffer.alloc(50 * 1024 * 1024, 1))).toBe(413);
    expect(await server.quietHead()).toBe(before);
    expect((await organiser.get('/api/catalogue/events')).body.map((e: { id: string }) => e.id)).not.toContain('ev-new');
  });

  /** The exported workbook with one cell of the scheme changed: row by aspect id, column by key. */
  async function editedExport(aspectId: string, column: string, value: string): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await organiser.download('/api/catalogue/workbook')).body as unknown as ExcelJS.Buffer);
    const worksheet = workbook.worksheets.find((w) => w.name.endsWith('scheme'))!;
    const keys = (worksheet.getRow(1).values as string[]).slice(1).map((h) => h.split(' ').at(-1)!);
    worksheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(keys.indexOf('aspectId') + 1).value === aspectId) row.getCell(keys.indexOf(column) + 1).value = value;
    });
    return bytes(workbook);
  }
  const revise = async (content: Buffer, reason = '') =>
    organiser.upload(
      '/api/catalogue/trades/t-electrician/revisions',
      { name: 'electrician.xlsx', content, type: XLSX },
      { commandId: commandId(), reason },
    );

  const TRADE = 't-electrician';
  let reviewer: Client;
  let chief: Client;
  let judges: Client[];
  let numbers: number[];
  /** Competitor number → the ID number of the contestant drawn to it. */
  const idNumberOf = new Map<number, string>();

  it('changes a scheme freely before the draw, as a new version with who and why', async () => {
    const changed = await revise(await editedExport('j-wiring', 'description', '接线规范、牢固、美观'), '专家组修订描述');
    expect(changed.body).toMatchObject({ status: 'revised', version: 2 });
    const trade = (await organiser.get(`/api/catalogue/trades/${TRADE}`)).body;
    expect(trade.versions.map((v: { version: number; reason: string }) => [v.version, v.reason])).toEqual([
      [1, ''],
      [2, '专家组修订描述'],
    ]);
    expect(trade.scheme.subCriteria[1].aspects[0].description).toBe('接线规范、牢固、美观');
    // A revision that breaks the scheme is refused, saying where.
    const broken = await revise(await editedExport('m-earthing', 'maxMark', '19.5'), 'typo');
    expect(broken).toMatchObject({ status: 422, body: { code: 'catalogue.scheme_total', params: { tradeId: TRADE, total: 99.5 } } });
  });

  it('takes staff, judges and entries on the imported trade, and draws it', async () => {
    const staff = await organiser.post('/api/users/staff', {
      commandId: commandId(),
      username: 'reviewer-shenyang',
      displayName: '沈阳市总工会审核员',
      role: 'city_reviewer',
      city: 'shenyang',
    });
    expect(staff.status).toBe(201);
    expect(
      (
        await new Client(server.url).post('/api/auth/activate', {
          username: 'reviewer-shenyang',
          code: staff.body.code,
          password: 'reviewer-password',
        })
      ).status,
    ).toBe(200);
    reviewer = await new Client(server.url).login('reviewer-shenyang', 'reviewer-password');

    const employer = (i: number) => {
      const e = demoEmployers[i % demoEmployers.length]!;
      return { name: e.name, creditCode: e.creditCode };
    };
    const judge = async (username: string, role: 'judge' | 'chief_judge', i: number) => {
      const created = await organiser.post('/api/users/judges', {
        commandId: commandId(),
        username,
        displayName: username,
        role,
        password: 'judge-password',
        employer: employer(20 + i),
        city: 'dalian',
        tradeIds: [TRADE],
      });
      expect(created.status).toBe(201);
      const assigned = await organiser.post(`/api/trades/${TRADE}/judges`, { commandId: commandId(), judgeId: created.body.userId, role });
      expect(assigned.status).toBe(201);
      return new Client(server.url).login(username, 'judge-password');
    };
    chief = await judge('chief-electric', 'chief_judge', 0);
    judges = [
      await judge('judge-electric-1', 'judge', 1),
      await judge('judge-electric-2', 'judge', 2),
      await judge('judge-electric-3', 'judge', 3),
    ];

    const entries: string[] = [];
    for (const i of [1, 2, 3]) {
      const entered = await reviewer.post('/api/entries', {
        commandId: commandId(),
        tradeId: TRADE,
        name: `选手${i}`,
        idNumber: residentId('1990-03-07', i),
        phone: `1380013800${i}`,
        employer: { ...employer(i), techBased: i === 1 },
        city: 'shenyang',
        skillLevel: 'level-3',
      });
      expect(entered.status).toBe(201);
      entries.push(entered.body.entryId);
    }
    for (const id of entries)
      expect((await reviewer.post(`/api/entries/${id}/city-approval`, { commandId: commandId() })).status).toBe(200);
    for (const id of entries)
      expect((await organiser.post(`/api/entries/${id}/confirmation`, { commandId: commandId() })).status).toBe(200);
    const seed = 'edition-setup-seed';
    const commitment = createHash('sha256').update(seed).digest('hex');
    expect((await organiser.post(`/api/trades/${TRADE}/draw/commitment`, { commandId: commandId(), commitment })).status).toBe(201);
    const draw = await organiser.post(`/api/trades/${TRADE}/draw`, { commandId: commandId(), seed });
    expect(draw.status).toBe(201);
    numbers = draw.body.assignments.map((a: { competitorNumber: number }) => a.competitorNumber).sort();
    for (const { competitorNumber, entryId } of draw.body.assignments as { competitorNumber: number; entryId: string }[])
      idNumberOf.set(competitorNumber, residentId('1990-03-07', entries.indexOf(entryId) + 1));
    expect(numbers).toEqual([1, 2, 3]);
  });

  it('after the draw a change needs a reason and the chief judge, and the upload cannot change the trade', async () => {
    const content = await editedExport('m-earthing', 'description', '接地电阻 ≤ 4 Ω');
    expect((await revise(content)).body).toMatchObject({ code: 'catalogue.change_needs_reason' });
    const byUpload = await organiser.upload('/api/catalogue/workbook', { name: 'after-draw.xlsx', content, type: XLSX });
    expect(byUpload.body.rows.find((r: { id: string; sheet: string }) => r.sheet === 'trades' && r.id === TRADE)).toMatchObject({
      status: 'refused',
      code: 'catalogue.trade_drawn',
    });
    const proposed = await revise(content, '依据新国标修订接地要求');
    expect(proposed.body).toMatchObject({ status: 'awaiting_approval', version: 3 });
    expect((await organiser.get(`/api/catalogue/trades/${TRADE}`)).body.pendingRevision).toMatchObject({ version: 3, by: 'u-organiser' });
    expect((await organiser.post(`/api/catalogue/trades/${TRADE}/revisions/approve`, { commandId: commandId(), version: 3 })).status).toBe(
      403,
    );
    const approved = await chief.post(`/api/catalogue/trades/${TRADE}/revisions/approve`, { commandId: commandId(), version: 3 });
    expect(approved.status).toBe(200);
    const trade = (await organiser.get(`/api/catalogue/trades/${TRADE}`)).body;
    expect(trade.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3]);
    expect(trade.pendingRevision).toBeNull();
  });

  it('marks, theory and publication on the imported trade; a marked aspect never changes', async () => {
    const trade = (await organiser.get(`/api/catalogue/trades/${TRADE}`)).body;
    const aspects = trade.scheme.subCriteria.flatMap((s: { aspects: { id: string; type: string; maxMark: number }[] }) => s.aspects);
    for (const competitorNumber of numbers) {
      for (const aspect of aspects) {
        const markers = aspect.type === 'judgement' ? judges : [judges[0]!];
        for (const judge of markers) {
          const mark = aspect.type === 'judgement' ? 3 - (competitorNumber - 1) : competitorNumber === 1 ? aspect.maxMark : 0;
          const posted = await judge.post(`/api/trades/${TRADE}/marks`, {
            commandId: commandId(),
            competitorNumber,
            aspectId: aspect.id,
            mark,
          });
          expect(posted.status).toBe(201);
        }
      }
      for (const module of trade.scheme.subCriteria) {
        const signed = await chief.post(`/api/trades/${TRADE}/competitors/${competitorNumber}/sign-off`, {
          commandId: commandId(),
          moduleId: module.id,
        });
        expect(signed.status).toBe(201);
      }
    }
    await server.quietHead();
    const marked = await revise(await editedExport('j-wiring', 'description', '改动已评分的项'), '尝试修改');
    expect(marked).toMatchObject({
      status: 409,
      body: { code: 'catalogue.aspect_marked', params: { tradeId: TRADE, aspectIds: ['j-wiring'] } },
    });

    const theory = await organiser.post(`/api/trades/${TRADE}/theory-scores`, {
      rows: numbers.map((competitorNumber) => ({ competitorNumber, score: 90 - competitorNumber * 10 })),
    });
    expect(theory.status).toBe(200);
    await server.quietHead();
    const published = await organiser.post(`/api/trades/${TRADE}/publish`, { commandId: commandId() });
    expect(published.status).toBe(200);
    await server.quietHead();
    const results = (await new Client(server.url).get(`/api/trades/${TRADE}/results`)).body;
    expect(results.status).toBe('official');
    expect(results.rows.map((r: { competitorNumber: number; rank: number }) => [r.competitorNumber, r.rank])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
  });

  it('a new edition copies the last one: trades of its own that name their previous trade; the earlier edition stays readable', async () => {
    const unknown = await organiser.post('/api/editions', {
      commandId: commandId(),
      id: 'lnsc-2028',
      name: '2028',
      year: 2028,
      copyFrom: 'lnsc-1999',
    });
    expect(unknown).toMatchObject({ status: 404, body: { code: 'edition.unknown', params: { edition: 'lnsc-1999' } } });
    expect((await organiser.get('/api/catalogue/editions')).body).toHaveLength(1);
    const deskBefore = (await organiser.get('/api/desk')).body.position;

    const created = await organiser.post('/api/editions', {
      commandId: commandId(),
      id: 'lnsc-2028',
      name: '2028年辽宁省职工职业技能大赛',
      year: 2028,
      copyFrom: 'lnsc-2027',
    });
    expect(created.status).toBe(201);
    expect(created.body.copied).toMatchObject({ created: 5, changed: 0, refused: 0 });
    expect((await organiser.get('/api/catalogue/editions')).body).toEqual([
      expect.objectContaining({ contestId: 'lnsc-2027', current: false }),
      expect.objectContaining({ contestId: 'lnsc-2028', current: true }),
    ]);

    const anonymous = new Client(server.url);
    const current = (await anonymous.get('/api/catalogue/trades')).body as { id: string; contestId: string; previousTradeId?: string }[];
    expect(current.map((t) => [t.id, t.contestId, t.previousTradeId]).sort()).toEqual([
      ['t-drone-pilot-2028', 'lnsc-2028', 't-drone-pilot'],
      ['t-drone-repair-2028', 'lnsc-2028', 't-drone-repair'],
      ['t-electrician-2028', 'lnsc-2028', 't-electrician'],
    ]);
    const copied = (await anonymous.get('/api/catalogue/trades/t-electrician-2028')).body;
    const earlier = (await anonymous.get(`/api/catalogue/trades/${TRADE}`)).body;
    expect(copied.scheme).toEqual(earlier.scheme);
    expect(copied.theory).toBeNull();
    expect((await anonymous.get('/api/catalogue/events')).body.map((e: { id: string; date: string }) => [e.id, e.date])).toEqual([
      ['ev-electric', '2028-06-10'],
      ['ev-drones', '2028-07-02'],
    ]);

    // The earlier edition: its catalogue, results and history as they were.
    expect((await anonymous.get('/api/catalogue/trades?edition=lnsc-2027')).body.map((t: { id: string }) => t.id).sort()).toEqual([
      't-drone-pilot',
      't-drone-repair',
      't-electrician',
    ]);
    expect((await anonymous.get('/api/catalogue/events?edition=lnsc-2027')).body[0]).toMatchObject({
      id: 'ev-electric',
      date: '2027-06-10',
    });
    expect(await anonymous.get('/api/catalogue/trades?edition=lnsc-1999')).toMatchObject({
      status: 404,
      body: { code: 'edition.unknown' },
    });
    expect((await anonymous.get(`/api/trades/${TRADE}/results`)).body.status).toBe('official');
    expect((await organiser.get(`/api/history/results/${TRADE}/${numbers[0]}`)).status).toBe(200);
    expect((await organiser.get('/api/desk')).body.rows.map((r: { tradeId: string }) => r.tradeId).sort()).toEqual(
      current.map((t) => t.id).sort(),
    );
    // A desk that last read the earlier edition gets the whole new one, not changes to merge into the old rows.
    const desk = (await organiser.get(`/api/desk?since=${deskBefore}`)).body;
    expect(desk.partial).toBe(false);
    expect(desk.rows).toHaveLength(3);
  });

  it("the earlier edition's first prizes bar their winners where the copied trade's rule says so, by themselves", async () => {
    const NEW = 't-electrician-2028';
    const rules = await organiser.put(`/api/trades/${NEW}/registration-rules`, { commandId: commandId(), noFirstPrizeInLastEditions: 1 });
    expect(rules.status).toBe(200);
    const results = (await new Client(server.url).get(`/api/trades/${TRADE}/results`)).body;
    const winners = results.rows
      .filter((r: { prize: string | null }) => r.prize === 'first')
      .map((r: { competitorNumber: number }) => r.competitorNumber);
    const others = numbers.filter((n) => !winners.includes(n));
    expect(winners.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    const enter = (competitorNumber: number, tradeId = NEW) =>
      reviewer.post('/api/entries', {
        commandId: commandId(),
        tradeId,
        name: `选手${competitorNumber}`,
        idNumber: idNumberOf.get(competitorNumber)!,
        phone: '13800138000',
        employer: { name: demoEmployers[0]!.name, creditCode: demoEmployers[0]!.creditCode, techBased: false },
        city: 'shenyang',
        skillLevel: 'level-3',
      });
    expect(await enter(winners[0]!)).toMatchObject({ status: 422, body: { code: 'entries.recent_champion', params: { years: [2027] } } });
    expect((await enter(others[0]!)).status).toBe(201);
    // The earlier edition's trades take no more entries; nor does an upload reuse their ids.
    expect(await enter(others[0]!, TRADE)).toMatchObject({ status: 409, body: { code: 'entries.not_current_edition' } });
  });

  it("refuses an upload that reuses an earlier edition's trade id, or names an unknown previous trade", async () => {
    const content = await fill(template, {
      trades: [trade(TRADE, 'ev-electric', '电工'), trade('t-welder-2028', 'ev-electric', '焊工', { previousTradeId: 't-welder' })],
      scheme: [...scheme(TRADE, [['A', 'm-a', 'M', 100]]), ...scheme('t-welder-2028', [['A', 'm-a', 'M', 100]])],
    });
    const report = (await organiser.upload('/api/catalogue/workbook', { name: 'reuse.xlsx', content: await bytes(content), type: XLSX }))
      .body;
    expect(report.rows.filter((r: { sheet: string }) => r.sheet === 'trades')).toEqual([
      expect.objectContaining({
        id: TRADE,
        status: 'refused',
        code: 'catalogue.trade_of_earlier_edition',
        params: { tradeId: TRADE, edition: 'lnsc-2027' },
      }),
      expect.objectContaining({
        id: 't-welder-2028',
        status: 'refused',
        code: 'catalogue.unknown_previous_trade',
        column: 'previousTradeId',
      }),
    ]);
    expect((await organiser.get(`/api/catalogue/trades/${TRADE}`)).body.contestId).toBe('lnsc-2027');
  });
});
