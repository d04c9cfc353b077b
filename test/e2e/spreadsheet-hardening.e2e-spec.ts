import { createHash } from 'node:crypto';
import { createDeflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { demoEmployers } from '#demo';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/**
 * Issue 16 items 3 and 4: every spreadsheet export neutralises texts that would read as formulas
 * (the store keeps them as entered), and uploads are bounded by what is actually read.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

async function download(client: Client, path: string): Promise<ExcelJS.Workbook> {
  const response = await fetch(`${client.baseUrl}${path}`, { headers: { authorization: `Bearer ${client.token}` } });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any);
  return workbook;
}

const texts = (workbook: ExcelJS.Workbook) => {
  const all: string[] = [];
  workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => all.push(String(cell.value ?? '')))));
  return all;
};

describe('spreadsheet hardening', () => {
  let server: TestServer;
  let organiser: Client;
  let shenyang: Client;
  let tradeId: string;

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    shenyang = await new Client(server.url).login('reviewer-shenyang');
    const trades = (await organiser.get('/api/catalogue/trades')).body as Array<{ id: string; teamSize: number }>;
    tradeId = trades.filter((t) => t.teamSize === 1)[2]!.id;
  }, 180_000);

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('neutralises formulas in every export and keeps the entered values in the store', async () => {
    const employer = demoEmployers.find((e) => e.city === 'shenyang')!;
    const name = "=cmd|' /C calc'!A0";
    const employerName = '+SUM(1,1)';
    const entered = await shenyang.post('/api/entries', {
      commandId: commandId(),
      tradeId,
      name,
      idNumber: residentId('1988-08-08', 61),
      phone: '13700137061',
      employer: { name: employerName, creditCode: employer.creditCode, techBased: false },
      city: 'shenyang',
      skillLevel: 'level-3',
    });
    expect(entered.status).toBe(201);
    const entryId = entered.body.entryId as string;
    expect((await shenyang.post(`/api/entries/${entryId}/city-approval`, { commandId: commandId() })).status).toBe(200);
    expect((await organiser.post(`/api/entries/${entryId}/confirmation`, { commandId: commandId() })).status).toBe(200);
    const seed = 'spreadsheet-hardening seed';
    const commitment = createHash('sha256').update(seed, 'utf8').digest('hex');
    expect((await organiser.post(`/api/trades/${tradeId}/draw/commitment`, { commandId: commandId(), commitment })).status).toBe(201);
    expect((await organiser.post(`/api/trades/${tradeId}/draw`, { commandId: commandId(), seed })).status).toBe(201);

    for (const path of [
      '/api/exports/entries.xlsx',
      `/api/exports/confirmed.xlsx?tradeId=${tradeId}`,
      `/api/exports/competitor-numbers.xlsx?tradeId=${tradeId}`,
    ]) {
      const cells = texts(await download(organiser, path));
      expect({ path, formulas: cells.filter((t) => FORMULA_START.test(t)) }).toEqual({ path, formulas: [] });
      expect({ path, name: cells.includes(`'${name}`) }).toEqual({ path, name: true });
    }
    expect(texts(await download(organiser, '/api/exports/entries.xlsx'))).toContain(`'${employerName}`);
    expect(texts(await download(shenyang, '/api/entries/bulk/template.xlsx')).filter((t) => FORMULA_START.test(t))).toEqual([]);

    const stored = await organiser.get(`/api/entries/${entryId}`);
    expect(stored.body).toMatchObject({ name, employer: { name: employerName } });
  });

  const CPU_BOUND_SECONDS = 10;

  async function upload(filename: string, content: Buffer, type: string) {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), filename);
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 5);
    // CPU time of this process (the server runs in it), not the wall clock of a shared machine. Unpacking the
    // whole bomb (or parsing the whole CSV) took about 30 s; the refusal alone takes well under 2 s (0.1 s for
    // the bomb's inflate check), but inside the whole suite this process's CPU also counts the collector of a
    // heap of some 2 GB (4.7 s seen there), so the bound sits between the two: an unbounded read still fails it.
    const cpuBefore = process.cpuUsage();
    const response = await fetch(`${server.url}/api/entries/bulk`, {
      method: 'POST',
      headers: { authorization: `Bearer ${shenyang.token}` },
      body: form,
    });
    const body = (await response.json()) as { message?: string };
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    return { status: response.status, body, cpuSeconds, rssGrowthMb: (rssPeak - rssBefore) / 1024 / 1024 };
  }

  // The server runs in this process: its RSS is this process's.
  it('refuses a 1 MB ZIP bomb that declares 4 KB and inflates to 1 GB with bounded CPU, RSS growing under 100 MB', async () => {
    const bomb = await lyingZipBomb(1024 * 1024 * 1024, 4096);
    expect(bomb.length).toBeLessThan(1.2 * 1024 * 1024);
    const before = await server.store.headPosition();
    const refused = await upload('bomb.xlsx', bomb, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(refused.status).toBe(413);
    expect(refused.body.message).toMatch(/unpacks to more than 16 MB in xl\/worksheets\/sheet1.xml/);
    expect(refused.cpuSeconds).toBeLessThan(CPU_BOUND_SECONDS);
    expect(refused.rssGrowthMb).toBeLessThan(100);
    expect(await server.store.headPosition()).toBe(before);
  }, 120_000);

  it('refuses a 5 MB CSV of 700,000 rows at the row cap with bounded CPU, RSS growing under 100 MB', async () => {
    const rows = Buffer.from(`name,idNumber\n${'a,1\n'.repeat(700_000)}`);
    const csv = Buffer.concat([rows, Buffer.alloc(5 * 1024 * 1024 - 64 - rows.length, 0x0a)]);
    expect(csv.length).toBeLessThanOrEqual(5 * 1024 * 1024);
    const before = await server.store.headPosition();
    const refused = await upload('many.csv', csv, 'text/csv');
    expect(refused.status).toBe(413);
    expect(refused.body.message).toMatch(/more than 5020 rows/);
    expect(refused.cpuSeconds).toBeLessThan(CPU_BOUND_SECONDS);
    expect(refused.rssGrowthMb).toBeLessThan(100);
    expect(await server.store.headPosition()).toBe(before);
  });

  it('still reads a workbook whose directory is truthful', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['姓名']);
    const answer = await upload('small.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), 'application/octet-stream');
    expect(answer.status).toBe(422);
    expect(answer.body.message).not.toMatch(/unpacks|not a readable/);
  });
});

/** A ZIP of one deflated entry of `inflated` zero bytes whose directory declares `declared` bytes. */
async function lyingZipBomb(inflated: number, declared: number): Promise<Buffer> {
  const deflater = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflater.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => deflater.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < inflated; written += zeros.length) {
    if (!deflater.write(zeros)) await new Promise((resolve) => deflater.once('drain', resolve));
  }
  deflater.end();
  await done;
  const data = Buffer.concat(parts);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = local.length + name.length + data.length;
  const directorySize = central.length + name.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}
