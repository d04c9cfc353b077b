import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { demoEmployers } from '#demo';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);
const PDF_WITH_SCRIPT = Buffer.from('%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n');

/** Every file under a folder (the blob store), by relative path. */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];

/**
 * A multipart upload of `size` zero bytes, sent in chunks with node:http: the server answers 413 and
 * closes the connection mid-body, which fetch reports as a reset instead of the answer.
 */
function uploadHuge(url: string, token: string, size: number): Promise<{ status: number; body: string }> {
  const boundary = `----jiangxin${Date.now()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.mp4"\r\nContent-Type: video/mp4\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': head.length + size + tail.length,
      },
    });
    req.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk.toString();
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', (error) => (req.writableEnded ? undefined : reject(error)));
    req.write(head);
    const chunk = Buffer.alloc(1024 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const n = Math.min(chunk.length, size - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once('drain', pump);
      }
      req.end(tail);
    };
    req.on('socket', (socket) => socket.on('error', () => undefined));
    pump();
  });
}

/** The bytes of the SQLite store as on disk, after a checkpoint. */
function storeBytes(file: string): Buffer {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return readFileSync(file);
}

/**
 * Achievement reviews (docs/achievements.md, issue 18): the catalogue says which events are reviews;
 * a practical contest's actions are refused on their trades.
 */
describe('achievement reviews', () => {
  let server: TestServer;
  let organiser: Client;
  let reviewTradeId: string;
  let practicalTradeId: string;

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    const events = (await organiser.get('/api/catalogue/events')).body as Array<{
      id: string;
      kind?: string;
      category: string;
      tradeIds: string[];
    }>;
    const review = events.find((e) => e.kind === 'achievement' && e.category === 'workers-innovation')!;
    reviewTradeId = review.tradeIds[0]!;
    practicalTradeId = events.find((e) => e.kind === undefined)!.tradeIds[0]!;
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    if (server) removeFilesOf(server);
  });

  it("lists the demo's innovation events as achievement reviews", async () => {
    const events = (await organiser.get('/api/catalogue/events')).body as Array<{ kind?: string; category: string }>;
    const reviews = events.filter((e) => e.kind === 'achievement');
    expect(reviews.length).toBeGreaterThanOrEqual(5);
    expect(new Set(reviews.map((e) => e.category))).toEqual(new Set(['workers-innovation', 'university-transfer']));
  });

  it('refuses the draw, check-in and marking (a judge opening an aspect, a mark) on a trade of an achievement event with 409 achievements.practical_only, writing nothing', async () => {
    const chief = await new Client(server.url).login(`chief-${reviewTradeId}`);
    const judge = await new Client(server.url).login(`judge-${reviewTradeId}-1`);
    const reviewer = await new Client(server.url).login('reviewer-shenyang');
    const head = await server.quietHead();
    const commitment = createHash('sha256').update('seed', 'utf8').digest('hex');
    const attempts = [
      ['draw', await organiser.post(`/api/trades/${reviewTradeId}/draw/commitment`, { commandId: commandId(), commitment })],
      ['draw', await organiser.post(`/api/trades/${reviewTradeId}/draw`, { commandId: commandId(), seed: 'seed' })],
      ['check-in', await organiser.post(`/api/trades/${reviewTradeId}/check-ins`, { commandId: commandId(), competitorNumber: 1 })],
      ['check-in', await chief.post(`/api/trades/${reviewTradeId}/check-in/close`, { commandId: commandId() })],
      [
        'marking',
        await judge.post(`/api/trades/${reviewTradeId}/aspects/open`, { commandId: commandId(), competitorNumber: 1, aspectId: 'a1' }),
      ],
      [
        'marking',
        await judge.post(`/api/trades/${reviewTradeId}/marks`, { commandId: commandId(), competitorNumber: 1, aspectId: 'a1', mark: 1 }),
      ],
    ] as const;
    for (const [action, answer] of attempts) {
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ code: 'achievements.practical_only', params: { tradeId: reviewTradeId, action } });
    }
    // Nor does a review take entries: its applicants submit achievements.
    const entry = await reviewer.post('/api/entries', {
      commandId: commandId(),
      tradeId: reviewTradeId,
      name: '申报人',
      idNumber: residentId('1990-03-07', 9),
      phone: '13800138009',
      employer: { name: demoEmployers[0]!.name, creditCode: demoEmployers[0]!.creditCode, techBased: false },
      city: 'shenyang',
      skillLevel: 'level-3',
    });
    expect(entry).toMatchObject({ status: 409, body: { code: 'entries.achievement_review', params: { tradeId: reviewTradeId } } });
    expect(await server.quietHead()).toBe(head);
    // A practical trade still takes its commitment.
    expect((await organiser.post(`/api/trades/${practicalTradeId}/draw/commitment`, { commandId: commandId(), commitment })).status).toBe(
      201,
    );
  });

  describe('submission, recommendation and eligibility', () => {
    const blobDir = () => `${server.sqliteFile}.blobs`;
    const idA = residentId('1980-03-12', 11);
    let applicant: Client;
    let other: Client;
    let shenyang: Client;
    let dalian: Client;
    let achievementA: string;
    let achievementB: string;
    let pdfSha: string;

    const signUp = async (username: string) => {
      const anonymous = new Client(server.url);
      const answer = await anonymous.post('/api/auth/sign-up', {
        commandId: commandId(),
        username,
        password: 'achievement-pw-1',
        displayName: username,
      });
      expect(answer.status).toBe(201);
      return anonymous.login(username, 'achievement-pw-1');
    };
    const draft = (overrides: Record<string, unknown> = {}) => ({
      commandId: commandId(),
      tradeId: reviewTradeId,
      city: 'shenyang',
      title: '数控机床主轴热变形补偿装置',
      category: 'technical_innovation',
      summary: '以温度场模型补偿主轴热伸长。',
      members: [
        { name: '王建国', idNumber: idA, phone: '13812340001', employer: '沈阳机床集团' },
        { name: '李明', idNumber: residentId('1992-01-01', 12), phone: '13812340002', university: '东北大学' },
      ],
      benefits: [{ description: '年节约废品损失', figure: 126.5, unit: '万元/年' }],
      ...overrides,
    });
    const upload = (client: Client, id: string, name: string, content: Buffer, type = 'application/pdf') =>
      client.upload(`/api/achievements/${id}/attachments`, { name, content, type }, { commandId: commandId() });

    beforeAll(async () => {
      applicant = await signUp(`applicant-${Date.now()}`);
      other = await signUp(`other-${Date.now()}`);
      shenyang = await new Client(server.url).login('reviewer-shenyang');
      dalian = await new Client(server.url).login('reviewer-dalian');
      const rules = await organiser.put(`/api/trades/${reviewTradeId}/registration-rules`, { commandId: commandId(), quotaPerCity: 1 });
      expect(rules.status).toBe(200);
      const deadline = await organiser.put(`/api/trades/${reviewTradeId}/submission-deadline`, {
        commandId: commandId(),
        closesAt: '2099-01-01T00:00:00+08:00',
      });
      expect(deadline.status).toBe(200);
    }, 60_000);

    it('drafts an achievement in a review trade, and refuses one in a practical trade', async () => {
      const drafted = await applicant.post('/api/achievements', draft());
      expect(drafted.status).toBe(201);
      achievementA = drafted.body.achievementId;
      const practical = await applicant.post('/api/achievements', draft({ tradeId: practicalTradeId }));
      expect(practical).toMatchObject({ status: 409, body: { code: 'achievements.not_review' } });
      const second = await other.post('/api/achievements', draft({ title: '焊接烟尘净化小革新', category: 'small_invention' }));
      expect(second.status).toBe(201);
      achievementB = second.body.achievementId;
    });

    it('attaches a PDF by its bytes with its SHA-256 recorded, and a video link', async () => {
      const added = await upload(applicant, achievementA, '成果报告.pdf', PDF);
      expect(added.status).toBe(201);
      pdfSha = sha(PDF);
      expect(added.body.attachment).toMatchObject({ kind: 'file', mediaType: 'application/pdf', bytes: PDF.length, sha256: pdfSha });
      expect(readFileSync(join(blobDir(), pdfSha.slice(0, 2), pdfSha))).toEqual(PDF);
      // A PNG named .pdf is what its bytes say.
      expect((await upload(applicant, achievementA, 'photo.pdf', PNG)).body.attachment).toMatchObject({ mediaType: 'image/png' });
      const link = await applicant.post(`/api/achievements/${achievementA}/links`, {
        commandId: commandId(),
        url: 'https://video.example.cn/v/1',
        title: '演示视频',
      });
      expect(link.status).toBe(201);
      expect((await upload(other, achievementB, 'b.pdf', PDF)).status).toBe(201);
      // The same upload sent again (a lost answer) is answered as a duplicate and adds nothing.
      const retry = { commandId: commandId() };
      const first = await other.upload(
        `/api/achievements/${achievementB}/attachments`,
        { name: 'b2.png', content: PNG, type: 'image/png' },
        retry,
      );
      const again = await other.upload(
        `/api/achievements/${achievementB}/attachments`,
        { name: 'b2.png', content: PNG, type: 'image/png' },
        retry,
      );
      expect([first.body.duplicate, again.body.duplicate]).toEqual([false, true]);
      expect(again.body.attachment.attachmentId).toBe(first.body.attachment.attachmentId);
      expect((await other.get(`/api/achievements/${achievementB}`)).body.attachments).toHaveLength(2);
    });

    it('refuses an executable renamed .pdf, a PDF with JavaScript, a PDF over 20 MB and a 200 MB file: nothing written, no file kept', async () => {
      const head = await server.quietHead();
      const blobs = filesUnder(blobDir());
      const exe = await upload(applicant, achievementA, 'report.pdf', EXE);
      expect(exe).toMatchObject({ status: 422, body: { code: 'achievements.attachment_type', params: { filename: 'report.pdf' } } });
      const script = await upload(applicant, achievementA, 'script.pdf', PDF_WITH_SCRIPT);
      expect(script).toMatchObject({ status: 422, body: { code: 'achievements.attachment_script' } });
      const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]);
      const oversize = await upload(applicant, achievementA, 'big.pdf', big);
      expect(oversize).toMatchObject({
        status: 422,
        body: { code: 'achievements.attachment_too_large', params: { max: 20 * 1024 * 1024 } },
      });
      const huge = await uploadHuge(`${server.url}/api/achievements/${achievementA}/attachments`, applicant.token!, 200 * 1024 * 1024);
      expect(huge.status).toBe(413);
      // Someone else's draft is not theirs to attach to.
      expect((await upload(other, achievementA, 'x.pdf', PDF)).body).toMatchObject({ code: 'achievements.own_only' });
      expect(await server.quietHead()).toBe(head);
      expect(filesUnder(blobDir())).toEqual(blobs);
    }, 120_000);

    it('edits the draft until it is submitted, then refuses a change', async () => {
      const edited = await applicant.put(`/api/achievements/${achievementA}/draft`, {
        ...draft({ title: '主轴热变形补偿装置（改进型）' }),
        tradeId: undefined,
        city: undefined,
      });
      expect(edited.status).toBe(200);
      expect((await applicant.post(`/api/achievements/${achievementA}/submission`, { commandId: commandId() })).status).toBe(200);
      const late = await applicant.put(`/api/achievements/${achievementA}/draft`, { ...draft(), tradeId: undefined, city: undefined });
      expect(late).toMatchObject({ status: 409, body: { code: 'achievements.not_draft' } });
      expect((await other.post(`/api/achievements/${achievementB}/submission`, { commandId: commandId() })).status).toBe(200);
    });

    it("shows the achievement to its applicant and its city's reviewer with ID numbers and phones masked, not to others; they are sealed in the store", async () => {
      const own = await applicant.get(`/api/achievements/${achievementA}`);
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ status: 'submitted', title: '主轴热变形补偿装置（改进型）', city: 'shenyang' });
      expect(own.body.members[0].idNumber).not.toBe(idA);
      expect(own.body.members[0].phone).toBe('138****0001');
      expect((await shenyang.get(`/api/achievements/${achievementA}`)).status).toBe(200);
      expect((await dalian.get(`/api/achievements/${achievementA}`)).body).toMatchObject({ code: 'achievements.other_city' });
      expect((await other.get(`/api/achievements/${achievementA}`)).body).toMatchObject({ code: 'achievements.own_only' });
      expect((await new Client(server.url).get(`/api/achievements/${achievementA}`)).status).toBe(401);
      const bytes = storeBytes(server.sqliteFile);
      expect(bytes.includes(Buffer.from('数控机床主轴热变形补偿装置'))).toBe(true);
      expect(bytes.includes(Buffer.from(idA))).toBe(false);
      expect(bytes.includes(Buffer.from('13812340001'))).toBe(false);
    });

    it('detects a file changed on disk: the integrity check says so and the download is refused', async () => {
      const download = await shenyang.download(
        `/api/achievements/${achievementA}/attachments/${(await applicant.get(`/api/achievements/${achievementA}`)).body.attachments[0].attachmentId}`,
      );
      expect(download).toMatchObject({ status: 200, type: 'application/pdf' });
      expect(download.body).toEqual(PDF);
      const { body: checks } = await shenyang.get(`/api/achievements/${achievementA}/integrity`);
      expect(checks.map((c: { intact: boolean }) => c.intact)).toEqual([true, true]);

      writeFileSync(join(blobDir(), pdfSha.slice(0, 2), pdfSha), Buffer.concat([PDF, Buffer.from('% altered')]));
      const after = (await shenyang.get(`/api/achievements/${achievementA}/integrity`)).body as Array<{ sha256: string; intact: boolean }>;
      expect(after.find((c) => c.sha256 === pdfSha)?.intact).toBe(false);
      const attachmentId = (await shenyang.get(`/api/achievements/${achievementA}`)).body.attachments[0].attachmentId;
      const refused = await shenyang.get(`/api/achievements/${achievementA}/attachments/${attachmentId}`);
      expect(refused).toMatchObject({ status: 409, body: { code: 'achievements.attachment_changed' } });
    });

    it("recommends within the city's quota, refuses another city and a second over quota; the organiser checks eligibility with reasons", async () => {
      expect((await dalian.post(`/api/achievements/${achievementA}/city-recommendation`, { commandId: commandId() })).body).toMatchObject({
        code: 'achievements.other_city',
      });
      const early = await organiser.post(`/api/achievements/${achievementA}/eligibility`, { commandId: commandId() });
      expect(early).toMatchObject({ status: 409, body: { code: 'achievements.wrong_status', params: { expected: 'recommended' } } });
      const recommendation = { commandId: commandId() };
      expect((await shenyang.post(`/api/achievements/${achievementA}/city-recommendation`, recommendation)).status).toBe(200);
      // The same command again writes nothing.
      const head = await server.quietHead();
      expect((await shenyang.post(`/api/achievements/${achievementA}/city-recommendation`, recommendation)).status).toBe(200);
      const full = await shenyang.post(`/api/achievements/${achievementB}/city-recommendation`, { commandId: commandId() });
      expect(full).toMatchObject({ status: 409, body: { code: 'quota.full', params: { quota: 1 } } });
      expect(await server.quietHead()).toBe(head);
      const noReason = await shenyang.post(`/api/achievements/${achievementB}/city-decline`, { commandId: commandId(), reason: '' });
      expect(noReason.status).toBe(400);
      expect(
        (await shenyang.post(`/api/achievements/${achievementB}/city-decline`, { commandId: commandId(), reason: '效益数据缺少证明' }))
          .status,
      ).toBe(200);

      // The demo's own generated achievements (seeded at the start) are in the lists too: only this test's are compared.
      const ours = (list: Array<{ achievementId: string }>) => list.filter((a) => [achievementA, achievementB].includes(a.achievementId));
      const listed = ours((await shenyang.get(`/api/achievements?tradeId=${reviewTradeId}`)).body) as Array<{
        achievementId: string;
        status: string;
        reason?: string;
      }>;
      expect(listed.map((a) => [a.achievementId, a.status]).sort()).toEqual(
        [
          [achievementA, 'recommended'],
          [achievementB, 'not_recommended'],
        ].sort(),
      );
      expect(listed.find((a) => a.achievementId === achievementB)?.reason).toBe('效益数据缺少证明');
      expect(JSON.stringify(listed)).not.toContain(idA);
      expect(ours((await dalian.get(`/api/achievements?tradeId=${reviewTradeId}`)).body)).toEqual([]);
      expect((await applicant.get('/api/achievements/mine')).body.map((a: { achievementId: string }) => a.achievementId)).toEqual([
        achievementA,
      ]);

      const ineligible = await organiser.post(`/api/achievements/${achievementA}/ineligibility`, {
        commandId: commandId(),
        reason: '成果完成时间早于申报范围',
      });
      expect(ineligible.status).toBe(200);
      expect((await organiser.get(`/api/achievements/${achievementA}`)).body.status).toBe('ineligible');
      // Found ineligible, the achievement gave its city's slot back.
      const third = await signUp(`third-${Date.now()}`);
      const c = (
        await third.post(
          '/api/achievements',
          draft({ members: [{ name: '赵六', idNumber: residentId('1985-05-05', 13), phone: '13900000013', employer: '鞍钢' }] }),
        )
      ).body.achievementId;
      expect((await upload(third, c, 'c.pdf', PNG, 'image/png')).status).toBe(201);
      expect((await third.post(`/api/achievements/${c}/submission`, { commandId: commandId() })).status).toBe(200);
      expect((await shenyang.post(`/api/achievements/${c}/city-recommendation`, { commandId: commandId() })).status).toBe(200);
      expect((await organiser.post(`/api/achievements/${c}/eligibility`, { commandId: commandId() })).status).toBe(200);
      expect((await organiser.get(`/api/achievements/${c}`)).body.status).toBe('eligible');
    });

    it('refuses drafts and submissions after the deadline, writing nothing', async () => {
      expect(
        (
          await organiser.put(`/api/trades/${reviewTradeId}/submission-deadline`, {
            commandId: commandId(),
            closesAt: '2020-01-01T00:00:00+08:00',
          })
        ).status,
      ).toBe(200);
      const late = await signUp(`late-${Date.now()}`);
      const head = await server.quietHead();
      const refused = await late.post(
        '/api/achievements',
        draft({ members: [{ name: '钱七', idNumber: residentId('1987-07-07', 14), phone: '13900000014', employer: '华晨' }] }),
      );
      expect(refused).toMatchObject({ status: 409, body: { code: 'achievements.submission_closed' } });
      expect(await server.quietHead()).toBe(head);
    });
  });
});
