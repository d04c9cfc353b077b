import { createHash } from 'node:crypto';
import { CommandExecutor } from '#application';
import { demoEmployers } from '#demo';
import { streams, tradeDecider, type TradeDefinition } from '#domain';
import { cncTrade } from '../../libs/domain/src/testing/fixtures.js';
import { Client, commandId, removeFilesOf, residentId, startServer, type TestServer } from '../support/test-server.js';

/**
 * One trade through HTTP, judged as the rules demand: a panel marks blind, one judgement panel
 * differs by more than a level and re-marks, a judge with a conflict of interest is refused and a
 * substitute marks instead, a mark is corrected with the chief judge's approval, the chief judge
 * signs every module off, the organiser publishes, a contestant appeals, the arbitration committee
 * previews and upholds it, and the results are published again. The final table is computed by hand.
 */

/** The fixtures' CNC trade (3 measurements, 3 judgement aspects, panel of 3, 30/70) with a theory exam and three prizes. */
const TRADE: TradeDefinition = {
  ...cncTrade,
  id: 'e2e-cnc',
  theory: { answerKey: ['A', 'B', 'C', 'D', 'A', 'B', 'C', 'D', 'A', 'B'] },
  prizes: { mode: 'count', first: 1, second: 1, third: 1 },
  appealWindowMinutes: 120,
};
const MEASUREMENTS = ['m-diameter', 'm-length', 'm-thread'];
const JUDGEMENTS = ['j-safety', 'j-finish', 'j-tidy'];

/**
 * The final table, by hand (aspect mark = mean level ÷ 3 × max, exactly; total = 30 % theory + 70 % practical,
 * each figure rounded half up to 0.01 only at the end — docs/results-rules.md):
 *   A  20 + 15.5 + 10 + 6 + 70/3 (2,2,3 of 30) + 37/3 (2,2,2 of 18.5 after the appeal; 185/18 before) = 87.166… → 87.17;
 *      theory 8/10 = 80 → 24 + 61.016… = 85.016… → 85.02 (83.58 before the appeal). Rounding each aspect
 *      first (23.33 + 12.33) gave 87.16 and 85.01.
 *   B  18 + 15.5 + 10 + 4 (2,2,2 of 6) + 30 + 14.39 (2,3,2 of 18.5) = 91.89; theory 60 → 18 + 64.323 = 82.32
 *   C  20 + 10 + 10 + 4 + 20 (re-marked 2,2,2 after 3,2,1) + 18.5 = 82.5; theory 100 → 30 + 57.75 = 87.75
 *   D  15 + 15.5 (corrected from 5) + 0 + 6 + 26.67 (3,3,2 of 30) + 18.5 = 81.67; theory 90 → 27 + 57.169 = 84.17
 * Prizes by count 1/1/1.
 */
const FINAL = [
  { who: 'C', theory: 100, practical: 82.5, total: 87.75, rank: 1, prize: 'first' },
  { who: 'A', theory: 80, practical: 87.17, total: 85.02, rank: 2, prize: 'second' },
  { who: 'D', theory: 90, practical: 81.67, total: 84.17, rank: 3, prize: 'third' },
  { who: 'B', theory: 60, practical: 91.89, total: 82.32, rank: 4, prize: null },
];

type Who = 'A' | 'B' | 'C' | 'D';
const MARKS: Record<Who, { measurements: number[]; judgements: number[][]; answers: string }> = {
  // judgements: per aspect, the levels of J1, J2, J3 (for B: J4 in place of J1)
  A: {
    measurements: [20, 15.5, 10],
    judgements: [
      [3, 3, 3],
      [2, 2, 3],
      [2, 2, 1],
    ],
    answers: 'ABCDABCDCC',
  },
  B: {
    measurements: [18, 15.5, 10],
    judgements: [
      [2, 2, 2],
      [3, 3, 3],
      [2, 3, 2],
    ],
    answers: 'ABCDADDDDD',
  },
  C: {
    measurements: [20, 10, 10],
    judgements: [
      [2, 2, 2],
      [3, 2, 1],
      [3, 3, 3],
    ],
    answers: 'ABCDABCDAB',
  },
  D: {
    measurements: [15, 5, 0],
    judgements: [
      [3, 3, 3],
      [3, 3, 2],
      [3, 3, 3],
    ],
    answers: 'ABCDABCDAA',
  },
};

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 800)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('judging and results of one trade, through HTTP', () => {
  let server: TestServer;
  let organiser: Client;
  let chief: Client;
  let arbitration: Client;
  let contestantA: Client;
  const judges: Record<'J1' | 'J2' | 'J3' | 'J4', { client: Client; userId: string }> = {} as never;
  const number: Partial<Record<Who, number>> = {};
  let eventId: string;
  const tradeId = TRADE.id;
  const employer = (i: number) => ({
    name: demoEmployers[i].name,
    creditCode: demoEmployers[i].creditCode,
    techBased: demoEmployers[i].techBased,
  });
  const mark = (judge: Client, who: Who, aspectId: string, value: number) =>
    judge.post(`/api/trades/${tradeId}/marks`, { commandId: commandId(), competitorNumber: number[who], aspectId, mark: value });
  const results = (client: Client = new Client(server.url)) => client.get(`/api/trades/${tradeId}/results`).then((r) => r.body);

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    arbitration = await new Client(server.url).login('arbitration');
  });

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('sets up the trade, its panel, four confirmed entries and the draw', async () => {
    // The catalogue is seeded, not entered through the API: define the test trade as the seeder does.
    const contest = (await organiser.get('/api/catalogue/contest')).body;
    eventId = (await organiser.get('/api/catalogue/events')).body[0].id;
    await server.app.get(CommandExecutor).execute({
      streamId: streams.trade(tradeId),
      decider: tradeDecider,
      command: { type: 'DefineTrade', contestId: contest.contestId, trade: { ...TRADE, eventId } },
      meta: { commandId: commandId(), actor: { userId: 'system:test', role: 'system' } },
    });
    const listed = await eventually(
      () => new Client(server.url).get(`/api/catalogue/trades/${tradeId}`),
      (r) => r.status === 200,
      'the trade in the catalogue',
    );
    // The theory exam's key is never public.
    expect(listed.body.theory).toEqual({ questions: 10 });
    expect(JSON.stringify((await new Client(server.url).get('/api/catalogue/trades')).body)).not.toMatch(/answerKey/);

    // Judges: J1 works for B's employer; J4 marks the measurements and stands in where needed.
    const people: Array<['chief' | keyof typeof judges, number, 'chief_judge' | 'judge']> = [
      ['chief', 40, 'chief_judge'],
      ['J1', 2, 'judge'],
      ['J2', 41, 'judge'],
      ['J3', 42, 'judge'],
      ['J4', 43, 'judge'],
    ];
    for (const [name, employerIndex, role] of people) {
      const username = `e2e-${name.toLowerCase()}`;
      const created = await organiser.post('/api/users/judges', {
        commandId: commandId(),
        username,
        displayName: name,
        password: 'judge-password-1',
        role,
        employer: { name: demoEmployers[employerIndex].name, creditCode: demoEmployers[employerIndex].creditCode },
        city: 'anshan',
        tradeIds: [tradeId],
      });
      expect(created.status).toBe(201);
      expect(
        (await organiser.post(`/api/trades/${tradeId}/judges`, { commandId: commandId(), judgeId: created.body.userId, role })).status,
      ).toBe(201);
      const client = await new Client(server.url).login(username, 'judge-password-1');
      if (name === 'chief') chief = client;
      else judges[name] = { client, userId: created.body.userId };
    }
    for (const judge of ['J1', 'J2', 'J3'] as const) {
      expect(
        (
          await chief.post(`/api/trades/${tradeId}/panel/assignments`, {
            commandId: commandId(),
            judgeId: judges[judge].userId,
            aspectIds: JUDGEMENTS,
          })
        ).status,
      ).toBe(201);
    }
    expect(
      (
        await chief.post(`/api/trades/${tradeId}/panel/assignments`, {
          commandId: commandId(),
          judgeId: judges.J4.userId,
          aspectIds: MEASUREMENTS,
        })
      ).status,
    ).toBe(201);

    // A enters themself (to appeal later); city reviewers enter B, C and D.
    await new Client(server.url).post('/api/auth/sign-up', {
      commandId: commandId(),
      username: 'e2e-a',
      password: 'contestant-a-pw',
      displayName: '甲',
    });
    contestantA = await new Client(server.url).login('e2e-a', 'contestant-a-pw');
    const shenyang = await new Client(server.url).login('reviewer-shenyang');
    const dalian = await new Client(server.url).login('reviewer-dalian');
    const entry = (name: string, city: string, i: number) => ({
      commandId: commandId(),
      tradeId,
      name,
      idNumber: residentId('1990-03-07', 20 + i),
      phone: `1390013900${i}`,
      employer: employer(i),
      city,
      skillLevel: 'level-3',
    });
    const entries: Record<Who, [Client, string]> = {
      A: [contestantA, 'shenyang'],
      B: [shenyang, 'shenyang'],
      C: [dalian, 'dalian'],
      D: [dalian, 'dalian'],
    };
    const entryIds = new Map<string, Who>();
    for (const [i, [who, [client, city]]] of Object.entries(entries).entries()) {
      const submitted = await client.post('/api/entries', entry(`选手${who}`, city, i + 1));
      expect(submitted.status).toBe(201);
      entryIds.set(submitted.body.entryId, who as Who);
      const reviewer = city === 'shenyang' ? shenyang : dalian;
      expect((await reviewer.post(`/api/entries/${submitted.body.entryId}/city-approval`, { commandId: commandId() })).status).toBe(200);
      expect((await organiser.post(`/api/entries/${submitted.body.entryId}/confirmation`, { commandId: commandId() })).status).toBe(200);
    }
    const seed = 'judging-e2e-seed';
    await organiser.post(`/api/trades/${tradeId}/draw/commitment`, {
      commandId: commandId(),
      commitment: createHash('sha256').update(seed).digest('hex'),
    });
    const draw = await organiser.post(`/api/trades/${tradeId}/draw`, { commandId: commandId(), seed });
    expect(draw.status).toBe(201);
    for (const { entryId, competitorNumber } of draw.body.assignments) number[entryIds.get(entryId)!] = competitorNumber;
    expect(Object.keys(number).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('refuses the judge with a conflict of interest, offers a substitute, and takes the marks blind', async () => {
    const refused = await mark(judges.J1.client, 'B', 'j-safety', 2);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/same employer/);
    const conflicts = (await chief.get(`/api/trades/${tradeId}/competitors/${number.B}/conflicts`)).body;
    expect(conflicts.conflicted).toEqual([expect.objectContaining({ judgeId: judges.J1.userId, substitutes: [judges.J4.userId] })]);
    expect(
      (
        await chief.post(`/api/trades/${tradeId}/competitors/${number.B}/substitutes`, {
          commandId: commandId(),
          judgeId: judges.J1.userId,
          substituteId: judges.J4.userId,
        })
      ).status,
    ).toBe(201);

    for (const who of ['A', 'B', 'C', 'D'] as const) {
      for (const [i, aspectId] of MEASUREMENTS.entries())
        expect((await mark(judges.J4.client, who, aspectId, MARKS[who].measurements[i])).status).toBe(201);
      for (const [i, aspectId] of JUDGEMENTS.entries()) {
        const panel = [who === 'B' ? judges.J4 : judges.J1, judges.J2, judges.J3];
        for (const [j, judge] of panel.entries()) {
          const answer = await mark(judge.client, who, aspectId, MARKS[who].judgements[i][j]);
          expect({ who, aspectId, status: answer.status, body: answer.status === 201 ? undefined : answer.body }).toEqual({
            who,
            aspectId,
            status: 201,
            body: undefined,
          });
          if (who === 'A' && aspectId === 'j-tidy' && j === 0) {
            // Blind: the next judge sees only their own (none yet) and how many marks are in, not the marks.
            const sheet = (await judges.J2.client.get(`/api/trades/${tradeId}/competitors/${number.A}/sheet`)).body;
            const tidy = sheet.modules[1].aspects.find((a: { aspectId: string }) => a.aspectId === 'j-tidy');
            expect(tidy).toMatchObject({ status: 'awaiting_panel', mark: null, myMark: null, marksIn: 1 });
            expect(tidy.marks).toBeUndefined();
          }
        }
      }
    }
  });

  it('flags a spread over one level for a re-mark and keeps both rounds', async () => {
    const sheet = (await chief.get(`/api/trades/${tradeId}/competitors/${number.C}/sheet`)).body;
    const finish = sheet.modules[1].aspects.find((a: { aspectId: string }) => a.aspectId === 'j-finish');
    expect(finish).toMatchObject({ status: 'remark_requested', mark: null, round: 2, marks: [] });
    expect(finish.earlierRounds[0].map((m: { mark: number }) => m.mark)).toEqual([3, 2, 1]);
    // The module cannot be signed off while an aspect waits for its re-mark: "not marked" is never 0.
    const early = await chief.post(`/api/trades/${tradeId}/competitors/${number.C}/sign-off`, {
      commandId: commandId(),
      moduleId: 'sc-workmanship',
    });
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/not marked yet: j-finish/);
    for (const judge of [judges.J1, judges.J2, judges.J3]) expect((await mark(judge.client, 'C', 'j-finish', 2)).status).toBe(201);
    const agreement = (await chief.get(`/api/trades/${tradeId}/agreement`)).body;
    expect(agreement).toMatchObject({ flagged: 1, remarks: 1 });
  });

  it('corrects a mark with a reason, previews the effect, and the chief judge approves it', async () => {
    const noReason = await judges.J4.client.post(`/api/trades/${tradeId}/corrections`, {
      commandId: commandId(),
      competitorNumber: number.D,
      aspectId: 'm-length',
      judgeId: judges.J4.userId,
      mark: 15.5,
      reason: ' ',
    });
    expect(noReason.status).toBe(422);
    const requested = await judges.J4.client.post(`/api/trades/${tradeId}/corrections`, {
      commandId: commandId(),
      competitorNumber: number.D,
      aspectId: 'm-length',
      judgeId: judges.J4.userId,
      mark: 15.5,
      reason: 'Read the gauge of the wrong workpiece',
    });
    expect(requested.status).toBe(201);
    const { correctionId } = requested.body;
    const preview = (await chief.get(`/api/trades/${tradeId}/corrections/${correctionId}/preview`)).body;
    expect(preview.changes).toEqual([
      expect.objectContaining({
        competitorNumber: number.D,
        before: expect.objectContaining({ total: expect.any(Number) }),
        after: expect.objectContaining({ total: expect.any(Number) }),
      }),
    ]);
    expect(preview.changes[0].after.total - preview.changes[0].before.total).toBeCloseTo(10.5 * 0.7, 2);
    // Only the chief judge approves.
    expect(
      (await judges.J2.client.post(`/api/trades/${tradeId}/corrections/${correctionId}/approve`, { commandId: commandId() })).status,
    ).toBe(403);
    expect((await chief.post(`/api/trades/${tradeId}/corrections/${correctionId}/approve`, { commandId: commandId() })).status).toBe(201);
    const sheetEvents = await server.store.readStream(streams.scoreSheet(tradeId, number.D!));
    // The original stays in the history.
    expect(
      sheetEvents
        .filter((e) => e.type === 'MarkSubmitted' && (e.data as { aspectId: string }).aspectId === 'm-length')
        .map((e) => (e.data as { mark: number }).mark),
    ).toEqual([5]);
    expect(sheetEvents.find((e) => e.type === 'CorrectionRequested')!.metadata).toMatchObject({
      reason: 'Read the gauge of the wrong workpiece',
    });
  });

  it('grades the theory answer sheets, signs every module off and publishes; a signed-off mark is locked', async () => {
    const upload = await organiser.post(`/api/trades/${tradeId}/theory-answers`, {
      rows: [
        ...(['A', 'B', 'C', 'D'] as const).map((who) => ({ competitorNumber: number[who], answers: MARKS[who].answers })),
        { competitorNumber: number.A, answers: 'ABC' },
      ],
    });
    expect(upload.status).toBe(200);
    expect(upload.body.rows.map((r: { status: string }) => r.status)).toEqual(['recorded', 'recorded', 'recorded', 'recorded', 'refused']);
    expect(upload.body.rows[4]).toMatchObject({ message: expect.stringMatching(/10 answers/), field: 'answers' });

    expect((await organiser.post(`/api/trades/${tradeId}/publish`, { commandId: commandId() })).status).toBe(409);
    for (const who of ['A', 'B', 'C', 'D'] as const) {
      for (const moduleId of ['sc-dimensions', 'sc-workmanship']) {
        const signed = await chief.post(`/api/trades/${tradeId}/competitors/${number[who]}/sign-off`, { commandId: commandId(), moduleId });
        expect({ who, moduleId, status: signed.status }).toEqual({ who, moduleId, status: 201 });
      }
    }
    const locked = await judges.J4.client.post(`/api/trades/${tradeId}/corrections`, {
      commandId: commandId(),
      competitorNumber: number.B,
      aspectId: 'm-diameter',
      judgeId: judges.J4.userId,
      mark: 20,
      reason: 'second thoughts',
    });
    expect(locked.status).toBe(409);
    expect(locked.body.message).toMatch(/signed off: a change goes through an appeal/);

    // The board settles: every result complete with theory, ranked.
    await eventually(
      () => results(organiser),
      (r) =>
        r.rows.every((row: { progress: string; rank: number | null }) => row.progress === 'complete' && row.rank !== null) &&
        r.rows[0].total === 87.75,
      'graded and ranked results',
    );
    const published = await organiser.post(`/api/trades/${tradeId}/publish`, { commandId: commandId() });
    expect(published.status).toBe(200);
    const table = await eventually(
      () => results(),
      (r) => r.status === 'official',
      'official results',
    );
    expect(table.checkpoint).toEqual({ position: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(
      table.rows.map((r: { competitorNumber: number; total: number; prize: string | null }) => [r.competitorNumber, r.total, r.prize]),
    ).toEqual([
      [number.C, 87.75, 'first'],
      [number.D, 84.17, 'second'],
      [number.A, 83.58, 'third'],
      [number.B, 82.32, null],
    ]);
    expect(table.rows.every((r: object) => !('aspects' in r))).toBe(true);
  });

  it('takes an appeal, previews the remedy, upholds it and publishes the corrected results', async () => {
    const filed = await contestantA.post('/api/appeals', {
      commandId: commandId(),
      tradeId,
      aspectIds: ['j-tidy'],
      reason: 'My workstation was tidy: one judge saw the wrong bench',
    });
    expect(filed.status).toBe(201);
    const { appealId } = filed.body;
    const remedy = { kind: 'correction', aspectId: 'j-tidy', judgeId: judges.J3.userId, mark: 2 };
    const preview = (await arbitration.post(`/api/appeals/${appealId}/preview`, { remedy })).body;
    expect(preview.changes).toEqual(
      [
        {
          competitorNumber: number.A,
          before: { total: 83.58, rank: 3, prize: 'third' },
          after: { total: 85.02, rank: 2, prize: 'second' },
        },
        {
          competitorNumber: number.D,
          before: { total: 84.17, rank: 2, prize: 'second' },
          after: { total: 84.17, rank: 3, prize: 'third' },
        },
      ].sort((a, b) => a.competitorNumber! - b.competitorNumber!),
    );
    expect(
      (
        await arbitration.post(`/api/appeals/${appealId}/decide`, {
          commandId: commandId(),
          decision: 'upheld',
          reasons: 'The photo of the bench shows it tidy',
          remedy,
        })
      ).status,
    ).toBe(200);
    await eventually(
      () => results(),
      (r) => r.status === 'provisional',
      'results reopened by the upheld appeal',
    );

    await eventually(
      () => results(organiser),
      (r) => r.rows[1]?.total === 85.02,
      'the corrected result ranked',
    );
    expect((await organiser.post(`/api/trades/${tradeId}/publish`, { commandId: commandId() })).status).toBe(200);
    const table = await eventually(
      () => results(),
      (r) => r.status === 'official',
      'official results again',
    );
    expect(
      table.rows.map((r: Record<string, unknown>) => ({
        competitorNumber: r.competitorNumber,
        theory: r.theory,
        practical: r.practical,
        total: r.total,
        rank: r.rank,
        prize: r.prize,
      })),
    ).toEqual(
      FINAL.map(({ who, theory, practical, total, rank, prize }) => ({
        competitorNumber: number[who as Who],
        theory,
        practical,
        total,
        rank,
        prize,
      })),
    );
    const detailed = await results(organiser);
    expect(detailed.rows[0].aspects).toHaveLength(6);

    // The city medal table and the tech-based share of the event: C (Dalian) first, A (Shenyang) second, D (Dalian) third.
    const medals = (await new Client(server.url).get(`/api/medals?eventId=${eventId}`)).body;
    expect(medals.cities).toEqual([
      { city: 'dalian', cityName: '大连', first: 1, second: 0, third: 1, total: 2 },
      { city: 'shenyang', cityName: '沈阳', first: 0, second: 1, third: 0, total: 1 },
    ]);
    const techBased = [3, 1, 4].filter((i) => demoEmployers[i].techBased).length; // the employers of C, A and D
    expect(medals.techShare.all).toEqual({ prizes: 3, techBased, share: techBased / 3 });
  });
});
