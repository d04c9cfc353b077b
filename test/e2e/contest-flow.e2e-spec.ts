import { createHash } from 'node:crypto';
import { demoEmployers } from '#demo';
import { Client, commandId, removeFilesOf, residentId, Spectator, startServer, type TestServer, until } from '../support/test-server.js';

/**
 * The core loop through the public API, in both job profiles: login → entries → approvals →
 * draw → marks → scoring jobs → live deltas in order with the right totals; a restart rebuilds
 * the same board from the store.
 */
const profiles: Array<[string, Record<string, unknown>]> = [
  ['inline jobs', {}],
  ['BullMQ on the local Redis', { REDIS_URL: 'redis://127.0.0.1:6379', QUEUE_PREFIX: `e2e-${process.pid}-${Date.now()}` }],
];

interface Aspect {
  id: string;
  type: 'measurement' | 'judgement';
  maxMark: number;
}

describe.each(profiles)('a trade from entry to live board (%s)', (_profile, overrides) => {
  let server: TestServer;
  let organiser: Client;
  let tradeId: string;
  let aspects: Aspect[];
  let weights: { theory: number; practical: number };
  let judges: Client[];
  let competitorNumbers: number[];
  /** Deltas seen so far by the marking test's spectator. */
  let applied = 0;

  const employer = (i: number) => {
    const e = demoEmployers[i % demoEmployers.length];
    return { name: e.name, creditCode: e.creditCode, techBased: e.techBased };
  };

  beforeAll(async () => {
    server = await startServer(overrides);
    organiser = await new Client(server.url).login('organiser');
  });

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('takes entries, city approvals, province confirmation and a draw', async () => {
    const trades = (await organiser.get('/api/catalogue/trades')).body as Array<{ id: string; panelSize: number }>;
    tradeId = trades.find((t) => t.panelSize === 3)!.id;
    const trade = (await organiser.get(`/api/catalogue/trades/${tradeId}`)).body;
    aspects = trade.scheme.subCriteria.flatMap((s: { aspects: Aspect[] }) => s.aspects);
    weights = trade.weights;

    // A contestant signs up and enters themself; two cities' reviewers enter two more.
    const anonymous = new Client(server.url);
    expect(
      (
        await anonymous.post('/api/auth/sign-up', {
          commandId: commandId(),
          username: 'wang-fang',
          password: 'correct horse',
          displayName: '王芳',
        })
      ).status,
    ).toBe(201);
    const contestant = await new Client(server.url).login('wang-fang', 'correct horse');
    const shenyang = await new Client(server.url).login('reviewer-shenyang');
    const dalian = await new Client(server.url).login('reviewer-dalian');
    const entry = (name: string, city: string, i: number) => ({
      commandId: commandId(),
      tradeId,
      name,
      idNumber: residentId('1990-03-07', i),
      phone: `1380013800${i}`,
      employer: employer(i),
      city,
      skillLevel: 'level-3',
    });
    const submitted = [
      await contestant.post('/api/entries', entry('王芳', 'shenyang', 1)),
      await shenyang.post('/api/entries', entry('李强', 'shenyang', 2)),
      await dalian.post('/api/entries', entry('赵敏', 'dalian', 3)),
    ];
    expect(submitted.map((r) => r.status)).toEqual([201, 201, 201]);
    const [own, second, third] = submitted.map((r) => r.body.entryId as string);

    const mine = await contestant.get('/api/entries/mine');
    expect(mine.body).toMatchObject({ entryId: own, status: 'submitted', name: '王芳' });
    expect(mine.body.idNumber).toBe(`2101${'*'.repeat(10)}${residentId('1990-03-07', 1).slice(14)}`);
    expect(mine.body.phone).toBe('138****8001');

    // A reviewer decides only for its own city.
    expect((await dalian.post(`/api/entries/${own}/city-approval`, { commandId: commandId() })).status).toBe(403);
    for (const [reviewer, id] of [
      [shenyang, own],
      [shenyang, second],
      [dalian, third],
    ] as const) {
      expect((await reviewer.post(`/api/entries/${id}/city-approval`, { commandId: commandId() })).status).toBe(200);
    }
    for (const id of [own, second, third]) {
      expect((await organiser.post(`/api/entries/${id}/confirmation`, { commandId: commandId() })).status).toBe(200);
    }
    // Commit–reveal: the SHA-256 of the seed is published before the draw, which then reveals the seed.
    const seed = 'e2e-seed';
    const commitment = createHash('sha256').update(seed).digest('hex');
    expect((await organiser.post(`/api/trades/${tradeId}/draw/commitment`, { commandId: commandId(), commitment })).status).toBe(201);
    const draw = await organiser.post(`/api/trades/${tradeId}/draw`, { commandId: commandId(), seed });
    expect(draw.status).toBe(201);
    competitorNumbers = draw.body.assignments.map((a: { competitorNumber: number }) => a.competitorNumber).sort();
    expect(competitorNumbers).toEqual([1, 2, 3]);

    const panel = (await organiser.get(`/api/trades/${tradeId}/panel`)).body as Array<{ role: string; username: string }>;
    judges = await Promise.all(panel.filter((m) => m.role === 'judge').map((m) => new Client(server.url).login(m.username)));
    expect(judges).toHaveLength(3);
  });

  it('streams deltas with consecutive versions and the right totals while judges mark', async () => {
    const spectator = new Spectator(server.url);
    const snapshot = await spectator.join(`trade:${tradeId}`);
    expect(snapshot.rows.map((r: { competitorNumber: number; progress: string }) => [r.competitorNumber, r.progress])).toEqual([
      [1, 'not_started'],
      [2, 'not_started'],
      [3, 'not_started'],
    ]);
    expect(snapshot.rows.every((r: Record<string, unknown>) => !('idNumber' in r) && !('phone' in r))).toBe(true);

    // Competitor 1 gets full marks, competitor 2 zero everywhere, competitor 3 full judgement and zero measurement marks.
    const plan: Record<number, (a: Aspect) => number> = {
      1: (a) => (a.type === 'judgement' ? 3 : a.maxMark),
      2: () => 0,
      3: (a) => (a.type === 'judgement' ? 3 : 0),
    };
    // The first mark arrives 20 times at once (a tablet retrying): one event, the same answer each time.
    const first = { commandId: commandId(), competitorNumber: 1, aspectId: aspects[0].id, mark: plan[1](aspects[0]) };
    const retries = await Promise.all(Array.from({ length: 20 }, () => judges[0].post(`/api/trades/${tradeId}/marks`, first)));
    expect(new Set(retries.map((r) => `${r.status}/${r.body.position}`))).toEqual(new Set([`201/${retries[0].body.position}`]));
    expect(await server.store.readStream(`scoresheet-${tradeId}-1`)).toHaveLength(1);

    for (const competitorNumber of competitorNumbers) {
      for (const aspect of aspects) {
        const alreadyMarked = competitorNumber === 1 && aspect.id === first.aspectId;
        const markers = (aspect.type === 'judgement' ? judges : [judges[0]]).filter((j) => !(alreadyMarked && j === judges[0]));
        const answers = await Promise.all(
          markers.map((judge) =>
            judge.post(`/api/trades/${tradeId}/marks`, {
              commandId: commandId(),
              competitorNumber,
              aspectId: aspect.id,
              mark: plan[competitorNumber](aspect),
            }),
          ),
        );
        expect(answers.map((a) => a.status)).toEqual(markers.map(() => 201));
      }
    }

    const judgementMax = aspects.filter((a) => a.type === 'judgement').reduce((sum, a) => sum + a.maxMark, 0);
    const expected = new Map([
      [1, { practical: 100, total: weights.practical, rank: 1 }],
      [3, { practical: round2(judgementMax), total: round2((judgementMax * weights.practical) / 100), rank: 2 }],
      [2, { practical: 0, total: 0, rank: 3 }],
    ]);
    const board = new Map<number, any>(snapshot.rows.map((r: { competitorNumber: number }) => [r.competitorNumber, r]));
    const applyDeltas = () => {
      for (const delta of spectator.deltas.splice(0)) {
        expect(delta.version).toBe(snapshot.version + ++applied);
        for (const row of delta.rows) board.set(row.competitorNumber, row);
      }
    };
    await until(
      () => {
        applyDeltas();
        // Scores arrive with each result; ranks and prizes with the trade's next (coalesced) ranking.
        return [...board.values()].every((r) => r.progress === 'practical_complete' && r.rank === expected.get(r.competitorNumber)!.rank);
      },
      20_000,
      'every contestant fully marked and ranked on the live board',
    );
    // A last ranking may still change a prize: the board has settled once no delta came for a while.
    for (let quiet = 0; quiet < 3; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      quiet = spectator.deltas.length === 0 ? quiet + 1 : 0;
      applyDeltas();
    }
    for (const [competitorNumber, want] of expected) expect(board.get(competitorNumber)).toMatchObject(want);
    spectator.close();

    const viaHttp = (await new Client(server.url).get(`/api/trades/${tradeId}/board`)).body;
    expect(viaHttp.version).toBe(snapshot.version + applied);
    expect(viaHttp.rows).toEqual([...board.values()].sort((a, b) => a.competitorNumber - b.competitorNumber));
  });

  it('records one set of events for the same commandId sent 20 times at once', async () => {
    const reviewer = await new Client(server.url).login('reviewer-anshan');
    // After the login: a login records its session (SessionStarted).
    const before = await server.quietHead();
    // Entries close with the draw: this one goes to another trade.
    const trades = (await reviewer.get('/api/catalogue/trades')).body as Array<{ id: string; teamSize: number }>;
    const command = {
      commandId: commandId(),
      tradeId: trades.find((t) => t.teamSize === 1 && t.id !== tradeId)!.id,
      name: '孙磊',
      idNumber: residentId('1988-11-02', 7),
      phone: '13900139007',
      employer: employer(7),
      city: 'anshan',
      skillLevel: 'level-4',
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => reviewer.post('/api/entries', command)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.position)).size).toBe(1);
    // One set: the person's enrolment (one person, one trade) and the entry. (Other events, such as a
    // ranking from the marks before, may land meanwhile: only this command's count.)
    const written = (await server.store.readAll({ after: before })).filter((e) => e.metadata.commandId === command.commandId);
    expect(written.map((e) => e.type).sort()).toEqual(['EntrySubmitted', 'PersonEnrolled']);
  });

  it('refuses bad input with a 4xx that says what is wrong, and writes nothing', async () => {
    const judge = judges[0];
    const judgement = aspects.find((a) => a.type === 'judgement')!;
    const otherTrades = (await organiser.get('/api/catalogue/trades')).body as Array<{ id: string }>;
    const otherTradeId = otherTrades.find((t) => t.id !== tradeId)!.id;
    const outsider = await new Client(server.url).login(`judge-${otherTradeId}-1`);
    const reviewer = await new Client(server.url).login('reviewer-shenyang');
    // After the logins: a login records its session (SessionStarted).
    const before = await server.quietHead();
    const mark = (extra: Record<string, unknown> = {}) => ({
      commandId: commandId(),
      competitorNumber: 1,
      aspectId: judgement.id,
      mark: 2,
      ...extra,
    });

    const cases: Array<[string, Promise<{ status: number; body: any }>, number, RegExp]> = [
      [
        'malformed DTO',
        judge.post(`/api/trades/${tradeId}/marks`, { competitorNumber: 'one', aspectId: judgement.id }),
        400,
        /commandId must be a UUID/,
      ],
      ['unknown field', judge.post(`/api/trades/${tradeId}/marks`, mark({ bonus: 5 })), 400, /property bonus should not exist/],
      ['unknown trade', judge.post('/api/trades/no-such-trade/marks', mark()), 404, /Unknown trade/],
      ['judge not assigned', outsider.post(`/api/trades/${tradeId}/marks`, mark()), 403, /not a judge on the panel/],
      [
        'mark out of range',
        judge.post(`/api/trades/${tradeId}/marks`, mark({ competitorNumber: 2, mark: 4 })),
        422,
        /whole level from 0 to 3/,
      ],
      ['unknown competitor', judge.post(`/api/trades/${tradeId}/marks`, mark({ competitorNumber: 99 })), 404, /Competitor 99 is not drawn/],
      ['already marked', judge.post(`/api/trades/${tradeId}/marks`, mark()), 409, /already marked/],
      ['wrong role', reviewer.post(`/api/trades/${tradeId}/marks`, mark()), 403, /needs the role judge/],
      ['no login', new Client(server.url).post(`/api/trades/${tradeId}/marks`, mark()), 401, /Log in first/],
      [
        'invalid ID number',
        reviewer.post('/api/entries', {
          commandId: commandId(),
          tradeId: otherTradeId,
          name: '钱七',
          idNumber: '210102199003070010',
          phone: '13800138009',
          employer: employer(1),
          city: 'shenyang',
          skillLevel: 'none',
        }),
        422,
        /GB 11643/,
      ],
    ];
    for (const [what, answer, status, message] of cases) {
      const { status: got, body } = await answer;
      expect({ what, status: got }).toEqual({ what, status });
      expect(body.message).toMatch(message);
    }
    expect(await server.quietHead()).toBe(before);
  });

  it('rebuilds the identical board from the store after a restart', async () => {
    const spectator = new Spectator(server.url);
    const before = await spectator.join(`trade:${tradeId}`);
    spectator.close();
    await server.close();

    server = await startServer(overrides, server);
    const again = new Spectator(server.url);
    const after = await again.join(`trade:${tradeId}`);
    again.close();
    expect(after).toEqual(before);
  });
});

const round2 = (value: number) => Math.round(value * 100) / 100;
