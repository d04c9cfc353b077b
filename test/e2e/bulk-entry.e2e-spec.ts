import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { demoEmployers } from '#demo';
import { maskPhone, maskResidentId } from '#domain';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/**
 * Bulk entry through HTTP: a city's XLSX with good and bad rows is reported row by row and enters
 * only the good ones; the same file again enters nothing (the store does not move); a CSV works;
 * the XLSX exports download with ID numbers and phones masked.
 */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface TradeView {
  id: string;
  name: string;
  teamSize: number;
}

interface Person {
  name: string;
  idNumber: string;
  phone: string;
}

interface RowReport {
  row: number;
  status: 'entered' | 'already_entered' | 'refused';
  entryId?: string;
  message?: string;
  field?: string;
}

const employer = (i: number) => demoEmployers.filter((e) => e.city === 'shenyang')[i % 3]!;
const person = (name: string, sequence: number): Person => ({
  name,
  idNumber: residentId('1990-04-12', sequence),
  phone: `139${String(10_000_000 + sequence).slice(-8)}`,
});

async function upload(client: Client, filename: string, content: Buffer | string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), filename);
  const response = await fetch(`${client.baseUrl}/api/entries/bulk`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function download(client: Client, path: string) {
  const response = await fetch(`${client.baseUrl}${path}`, { headers: { authorization: `Bearer ${client.token}` } });
  const buffer = Buffer.from(await response.arrayBuffer());
  const workbook = new ExcelJS.Workbook();
  if (response.status === 200) await workbook.xlsx.load(buffer as any);
  return { status: response.status, headers: response.headers, workbook };
}

/** Every data row of a sheet as header → cell text. */
function recordsOf(worksheet: ExcelJS.Worksheet): Array<Record<string, string>> {
  const headers = (worksheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const records: Array<Record<string, string>> = [];
  worksheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    records.push(
      Object.fromEntries(
        headers.map((h, i) => [h, values[i] === undefined || values[i] === null ? '' : String(values[i])]).filter(([h]) => h),
      ),
    );
  });
  return records;
}

const allText = (workbook: ExcelJS.Workbook) => {
  const texts: string[] = [];
  workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text)))));
  return texts.join('\n');
};

describe('bulk entry and XLSX exports', () => {
  let server: TestServer;
  let organiser: Client;
  let shenyang: Client;
  let individual: TradeView;
  let other: TradeView;
  let team: TradeView;
  let xlsx: Buffer;
  let firstReport: { rows: RowReport[]; entered: number; alreadyEntered: number; refused: number };

  // People of the XLSX (sequence numbers keep their ID numbers apart).
  const a = person('张伟', 1);
  const b = person('李娜', 2);
  const teamMembers = [person('王强', 10), person('赵敏', 11), person('孙杰', 12)];
  const halfTeam = [person('周涛', 20), person('吴霞', 21), person('郑刚', 22)];
  const badCheckDigit = { ...person('钱明', 3), idNumber: flipCheckDigit(residentId('1990-04-12', 3)) };
  const badPhone = { ...person('冯洋', 4), phone: '1234567' };
  const unknownTrade = person('陈静', 5);
  const dalianPerson = person('杨丽', 6);
  const numericId = person('黄勇', 7);

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    shenyang = await new Client(server.url).login('reviewer-shenyang');
    const trades = (await organiser.get('/api/catalogue/trades')).body as TradeView[];
    [individual, other] = trades.filter((t) => t.teamSize === 1);
    team = trades.find((t) => t.teamSize > 1)!;
  });

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('reports an XLSX row by row and enters only its good rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('报名表');
    sheet.addRow(['2026年职工职业技能大赛 沈阳市报名表']); // a title above the header row
    sheet.addRow(['序号', '姓名', '身份证号', '手机', '工作单位', '统一社会信用代码', '科技型企业', '城市', '工种', '技能等级', '团队']);
    const e0 = employer(0);
    const e1 = employer(1);
    const row = (
      n: number,
      p: Person,
      fields: { trade?: string; city?: string; tech?: string; level?: string; team?: string; employer?: typeof e0 } = {},
    ) => {
      const emp = fields.employer ?? e0;
      return [
        n,
        p.name,
        p.idNumber,
        p.phone,
        emp.name,
        emp.creditCode,
        fields.tech ?? '是',
        fields.city ?? 'shenyang',
        fields.trade ?? individual.id,
        fields.level ?? '高级工',
        fields.team ?? '',
      ];
    };
    sheet.addRow(row(1, a)); // row 3
    sheet.addRow(row(2, b, { trade: other.name, city: '沈阳', tech: 'no', level: 'level-2', employer: e1 })); // row 4: trade by its Chinese name
    sheet.addRow(row(3, badCheckDigit)); // row 5
    sheet.addRow(row(4, badPhone)); // row 6
    sheet.addRow(row(5, unknownTrade, { trade: 'no-such-trade' })); // row 7
    sheet.addRow(row(6, dalianPerson, { city: 'dalian' })); // row 8: another city
    sheet.addRow(row(7, { ...a, name: '张伟(重复)' }, { trade: other.id })); // row 9: the same person as row 3
    const numeric = sheet.addRow(row(8, numericId)); // row 10: the ID number as Excel's float
    numeric.getCell(3).value = Number(numericId.idNumber);
    const firstTeamRow = 11;
    teamMembers.slice(0, team.teamSize).forEach((p, i) => sheet.addRow(row(9 + i, p, { trade: team.id, team: 'A队' }))); // rows 11…
    const halfTeamRow = firstTeamRow + team.teamSize;
    halfTeam.slice(0, team.teamSize - 1).forEach((p, i) => sheet.addRow(row(20 + i, p, { trade: team.id, team: 'B队' }))); // a member missing
    xlsx = Buffer.from(await workbook.xlsx.writeBuffer());

    const { status, body } = await upload(shenyang, '沈阳报名.xlsx', xlsx, XLSX_TYPE);
    expect(status).toBe(200);
    firstReport = body;
    expect(body.file).toBe('沈阳报名.xlsx');
    const byRow = new Map<number, RowReport>(body.rows.map((r: RowReport) => [r.row, r]));
    const dataRows = 8 + team.teamSize + team.teamSize - 1;
    expect(body.rows).toHaveLength(dataRows);
    expect([...byRow.keys()]).toEqual(Array.from({ length: dataRows }, (_, i) => 3 + i));

    expect(byRow.get(3)).toMatchObject({ status: 'entered', entryId: expect.stringMatching(/^e[\w-]{22}$/) });
    expect(byRow.get(4)).toMatchObject({ status: 'entered' });
    expect(byRow.get(5)).toMatchObject({ status: 'refused', field: 'idNumber', message: expect.stringMatching(/GB 11643/) });
    expect(byRow.get(6)).toMatchObject({ status: 'refused', field: 'phone' });
    expect(byRow.get(7)).toMatchObject({
      status: 'refused',
      field: 'tradeId',
      message: expect.stringMatching(/Unknown trade no-such-trade/),
    });
    expect(byRow.get(8)).toMatchObject({ status: 'refused', field: 'city', message: expect.stringMatching(/shenyang/) });
    expect(byRow.get(9)).toMatchObject({ status: 'refused', field: 'idNumber', message: expect.stringMatching(/already in row 3/) });
    expect(byRow.get(10)).toMatchObject({
      status: 'refused',
      field: 'idNumber',
      message: expect.stringMatching(/came as a number.*format the column as text/),
    });
    const teamRows = Array.from({ length: team.teamSize }, (_, i) => byRow.get(firstTeamRow + i)!);
    expect(teamRows.map((r) => r.status)).toEqual(teamRows.map(() => 'entered'));
    expect(new Set(teamRows.map((r) => r.entryId)).size).toBe(1);
    expect(teamRows[1]!.message).toMatch(`captain is in row ${firstTeamRow}`);
    expect(byRow.get(halfTeamRow)).toMatchObject({ status: 'refused', field: 'team', message: expect.stringMatching(/Team size rule/) });
    for (let i = 1; i < team.teamSize - 1; i++)
      expect(byRow.get(halfTeamRow + i)).toMatchObject({ status: 'refused', message: expect.stringMatching(/Not entered with team B队/) });
    expect(body).toMatchObject({ entered: 2 + team.teamSize, alreadyEntered: 0, refused: 6 + team.teamSize - 1 });
    expect(body.ignoredColumns).toEqual(['序号']);

    // Only the good rows are entries: A, B and team A队, with ID numbers and phones masked.
    const entries = (await organiser.get('/api/entries')).body as Array<{
      entryId: string;
      name: string;
      idNumber: string;
      phone: string;
      members: Person[];
      city: string;
      tradeId: string;
    }>;
    expect(entries.map((e) => e.name).sort()).toEqual([a.name, b.name, teamMembers[0]!.name].sort());
    const teamEntry = entries.find((e) => e.tradeId === team.id)!;
    expect(teamEntry.entryId).toBe(teamRows[0]!.entryId);
    expect(teamEntry.members.map((m) => m.name)).toEqual(teamMembers.slice(1, team.teamSize).map((m) => m.name));
    expect(teamEntry.members[0]!.idNumber).toBe(maskResidentId(teamMembers[1]!.idNumber));
    expect(entries.find((e) => e.name === b.name)).toMatchObject({
      tradeId: other.id,
      city: 'shenyang',
      employer: { techBased: false },
      skillLevel: 'level-2',
    });
  });

  it('enters nothing twice when the same file is uploaded again', async () => {
    const head = await server.quietHead();
    const { status, body } = await upload(shenyang, '沈阳报名.xlsx', xlsx, XLSX_TYPE);
    expect(status).toBe(200);
    expect(await server.quietHead()).toBe(head);
    expect(body).toMatchObject({ entered: 0, alreadyEntered: firstReport.entered, refused: firstReport.refused });
    for (const [i, row] of (body.rows as RowReport[]).entries()) {
      const first = firstReport.rows[i]!;
      expect(row.row).toBe(first.row);
      expect(row.status).toBe(first.status === 'entered' ? 'already_entered' : 'refused');
      if (first.entryId) expect(row.entryId).toBe(first.entryId);
    }
    expect((await organiser.get('/api/entries')).body).toHaveLength(3);
  });

  it('takes a CSV (UTF-8 with a BOM, English headers), from the organiser for any city', async () => {
    const c = person('刘洋', 30);
    const withX = personWithX('马超');
    const byForm = person('林芳', 31);
    const e = demoEmployers.find((x) => x.city === 'dalian')!;
    const form = {
      commandId: commandId(),
      tradeId: individual.id,
      ...byForm,
      employer: { name: e.name, creditCode: e.creditCode, techBased: true },
      city: 'dalian',
      skillLevel: 'level-3',
    };
    expect((await organiser.post('/api/entries', form)).status).toBe(201);
    const csv = [
      'name,idNumber,phone,employer,creditCode,techBased,city,tradeId,skillLevel',
      `${c.name},${c.idNumber},${c.phone},${e.name},${e.creditCode},yes,Dalian,${individual.id},level-3`,
      `黄蓉,2.10102E+17,13900000001,${e.name},${e.creditCode},1,dalian,${individual.id},技师`,
      `${withX.name},${withX.idNumber.toLowerCase()},138 0013 8000,${e.name},${e.creditCode},false,大连,${individual.id},初级工`,
      `${byForm.name},${byForm.idNumber},${byForm.phone},${e.name},${e.creditCode},是,dalian,${individual.id},level-3`,
    ].join('\r\n');
    const { status, body } = await upload(organiser, 'dalian.csv', `\uFEFF${csv}`, 'text/csv');
    expect(status).toBe(200);
    expect(body.rows).toEqual([
      expect.objectContaining({ row: 2, status: 'entered' }),
      expect.objectContaining({ row: 3, status: 'refused', field: 'idNumber', message: expect.stringMatching(/came as a number/) }),
      expect.objectContaining({ row: 4, status: 'entered' }),
      // Entered through the form before: nothing to do.
      expect.objectContaining({ row: 5, status: 'already_entered', message: expect.stringMatching(/not from this file/) }),
    ]);
    const dalian = (await organiser.get('/api/entries?city=dalian')).body as Array<{ name: string; phone: string }>;
    expect(dalian.map((x) => x.name).sort()).toEqual([c.name, withX.name, byForm.name].sort());
    expect(dalian.find((x) => x.name === withX.name)!.phone).toBe(maskPhone('13800138000'));
  });

  it('refuses an upload without a file, and a file without the columns', async () => {
    const none = await fetch(`${server.url}/api/entries/bulk`, {
      method: 'POST',
      headers: { authorization: `Bearer ${shenyang.token}` },
      body: new FormData(),
    });
    expect(none.status).toBe(400);
    const { status, body } = await upload(
      shenyang,
      'x.csv',
      '姓名,身份证号,手机,城市\n张三,210102199004120011,13800138000,沈阳\n',
      'text/csv',
    );
    expect(status).toBe(422);
    expect(body.message).toBe(
      'The header row (row 1) lacks the columns 工作单位/employer, 统一社会信用代码/creditCode, 科技型企业/techBased, 工种/tradeId, 技能等级/skillLevel',
    );
    const old = await upload(
      shenyang,
      'old.xls',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'application/vnd.ms-excel',
    );
    expect(old.status).toBe(415);
    expect(old.body.message).toMatch(/save it as \.xlsx/);
    expect((await upload(shenyang, 'big.csv', 'x'.repeat(5 * 1024 * 1024 + 1), 'text/csv')).status).toBe(413);
  });

  it('exports the entries per city and trade, masked; a city reviewer gets its own city only', async () => {
    const all = await download(organiser, '/api/exports/entries.xlsx');
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(all.headers.get('content-disposition')).toBe('attachment; filename="entries.xlsx"');
    const records = recordsOf(all.workbook.worksheets[0]!);
    expect(records).toHaveLength(6);
    const rowOfA = records.find((r) => r['姓名/name'] === a.name)!;
    expect(rowOfA).toMatchObject({
      '城市/city': '沈阳',
      '工种/tradeId': individual.id,
      '身份证号/idNumber': maskResidentId(a.idNumber),
      '手机/phone': maskPhone(a.phone),
      status: 'submitted',
    });
    const text = allText(all.workbook);
    for (const p of [a, b, ...teamMembers.slice(0, team.teamSize)]) {
      expect(text).not.toContain(p.idNumber);
      expect(text).not.toContain(p.phone);
    }
    const summary = recordsOf(all.workbook.worksheets[1]!);
    expect(summary.find((r) => r['工种/tradeId'] === individual.id && r['城市/city'] === '沈阳')).toMatchObject({ '合计/total': '1' });

    const own = await download(shenyang, '/api/exports/entries.xlsx?city=dalian');
    expect(own.headers.get('content-disposition')).toBe('attachment; filename="entries-shenyang.xlsx"');
    expect(new Set(recordsOf(own.workbook.worksheets[0]!).map((r) => r['城市/city']))).toEqual(new Set(['沈阳']));
    expect(recordsOf(own.workbook.worksheets[0]!)).toHaveLength(3);

    const perTrade = await download(organiser, `/api/exports/entries.xlsx?tradeId=${individual.id}&city=dalian`);
    expect(recordsOf(perTrade.workbook.worksheets[0]!).map((r) => r['城市/city'])).toEqual(['大连', '大连', '大连']);
    expect((await download(organiser, '/api/exports/entries.xlsx?tradeId=no-such-trade')).status).toBe(404);
  });

  it('exports the confirmed list and, after the draw, the competitor numbers', async () => {
    const entryOfA = firstReport.rows.find((r) => r.row === 3)!.entryId!;
    expect((await shenyang.post(`/api/entries/${entryOfA}/city-approval`, { commandId: commandId() })).status).toBe(200);
    expect((await organiser.post(`/api/entries/${entryOfA}/confirmation`, { commandId: commandId() })).status).toBe(200);

    const confirmed = await download(organiser, `/api/exports/confirmed.xlsx?tradeId=${individual.id}`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.headers.get('content-disposition')).toBe(`attachment; filename="confirmed-${individual.id}.xlsx"`);
    expect(recordsOf(confirmed.workbook.worksheets[0]!)).toEqual([
      expect.objectContaining({
        '姓名/name': a.name,
        '城市/city': '沈阳',
        '身份证号/idNumber': maskResidentId(a.idNumber),
        '手机/phone': maskPhone(a.phone),
      }),
    ]);
    expect(recordsOf((await download(shenyang, '/api/exports/confirmed.xlsx')).workbook.worksheets[0]!)).toHaveLength(1);
    expect(
      recordsOf(
        (await download(await new Client(server.url).login('reviewer-dalian'), '/api/exports/confirmed.xlsx')).workbook.worksheets[0]!,
      ),
    ).toHaveLength(0);

    const seed = 'bulk-entry e2e seed';
    const commitment = createHash('sha256').update(seed, 'utf8').digest('hex');
    expect((await organiser.post(`/api/trades/${individual.id}/draw/commitment`, { commandId: commandId(), commitment })).status).toBe(201);
    expect((await organiser.post(`/api/trades/${individual.id}/draw`, { commandId: commandId(), seed })).status).toBe(201);

    const numbers = await download(organiser, `/api/exports/competitor-numbers.xlsx?tradeId=${individual.id}`);
    expect(numbers.status).toBe(200);
    expect(numbers.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(recordsOf(numbers.workbook.worksheets[0]!)).toEqual([
      expect.objectContaining({
        '参赛编号/competitorNumber': '1',
        '姓名/name': a.name,
        '城市/city': '沈阳',
        '工作单位/employer': employer(0).name,
        '场次/session': '1',
        '工位/workstation': '1',
      }),
    ]);
    expect(allText(numbers.workbook)).not.toContain(a.idNumber);

    // A re-upload leaves the entries as they are now, and says so.
    const head = await server.quietHead();
    const again = await upload(shenyang, '沈阳报名.xlsx', xlsx, XLSX_TYPE);
    expect(again.body.rows.find((r: RowReport) => r.row === 3)).toMatchObject({
      status: 'already_entered',
      message: 'Entered by an earlier upload; the entry is now confirmed',
    });
    expect(await server.quietHead()).toBe(head);
  });

  it('hands out a template whose header row the upload reads', async () => {
    const template = await download(shenyang, '/api/entries/bulk/template.xlsx');
    expect(template.status).toBe(200);
    expect(template.headers.get('content-disposition')).toBe('attachment; filename="bulk-entry-template-shenyang.xlsx"');
    const header = (template.workbook.worksheets[0]!.getRow(1).values as unknown[]).filter(Boolean);
    expect(header).toEqual([
      '姓名/name',
      '身份证号/idNumber',
      '手机/phone',
      '工作单位/employer',
      '统一社会信用代码/creditCode',
      '科技型企业/techBased',
      '城市/city',
      '工种/tradeId',
      '技能等级/skillLevel',
      '团队/team',
    ]);
    const { status, body } = await upload(shenyang, 'template.xlsx', Buffer.from(await template.workbook.xlsx.writeBuffer()), XLSX_TYPE);
    expect(status).toBe(422);
    expect(body.message).toMatch(/no entries/);
  });
});

function flipCheckDigit(id: string): string {
  const last = id[17] === '0' ? '1' : '0';
  return id.slice(0, 17) + last;
}

/** Someone whose ID number ends in X (written in lower case in the CSV). */
function personWithX(name: string): Person {
  for (let sequence = 40; ; sequence++) {
    const idNumber = residentId('1988-09-01', sequence);
    if (idNumber.endsWith('X')) return { name, idNumber, phone: '13800138000' };
  }
}
