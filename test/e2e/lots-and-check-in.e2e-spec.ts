import { createHash } from 'node:crypto';
import { CITY_IDS } from '#domain';
import { demoEmployers } from '#demo';
import { checkPublishedDraw, verifyPublishedDraw } from '../../scripts/verify-draw.js';
import { Client, commandId, removeFilesOf, residentId, Spectator, startServer, type TestServer, until } from '../support/test-server.js';

/**
 * Verifiable lots and the contest day's check-in through HTTP and socket.io: the organiser commits to
 * a seed, a wrong seed is refused, the draw reveals the seed and is public and re-runnable, competitors
 * check in by number, and closing check-in turns the others into absent rows on the live board.
 */
describe('lots and check-in', () => {
  let server: TestServer;
  let organiser: Client;
  let chief: Client;
  let judge: Client;
  let tradeId: string;
  let workstations: number;
  let entryIds: string[];
  const seed = 'e2e 9f2c1d7a0b3e4f56 lots';
  const commitment = createHash('sha256').update(seed, 'utf8').digest('hex');
  const contestants = 11;

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    const trades = (await organiser.get('/api/catalogue/trades')).body as Array<{ id: string; teamSize: number; workstations?: number }>;
    const trade = trades.find((t) => t.teamSize === 1 && t.workstations !== undefined && t.workstations < contestants)!;
    tradeId = trade.id;
    workstations = trade.workstations!;
    chief = await new Client(server.url).login(`chief-${tradeId}`);
    judge = await new Client(server.url).login(`judge-${tradeId}-1`);
  });

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('confirms entries from several cities', async () => {
    entryIds = [];
    for (let i = 0; i < contestants; i++) {
      const city = CITY_IDS[i];
      const reviewer = await new Client(server.url).login(`reviewer-${city}`);
      const employer = demoEmployers[i % demoEmployers.length];
      const submitted = await reviewer.post('/api/entries', {
        commandId: commandId(),
        tradeId,
        name: `选手${i + 1}`,
        idNumber: residentId('1991-05-20', i + 1),
        phone: `1391234${String(i).padStart(4, '0')}`,
        employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
        city,
        skillLevel: 'level-3',
      });
      expect(submitted.status).toBe(201);
      const entryId = submitted.body.entryId as string;
      expect((await reviewer.post(`/api/entries/${entryId}/city-approval`, { commandId: commandId() })).status).toBe(200);
      expect((await organiser.post(`/api/entries/${entryId}/confirmation`, { commandId: commandId() })).status).toBe(200);
      entryIds.push(entryId);
    }
  });

  it('publishes nothing but an empty record before the commitment, and refuses a draw without one', async () => {
    const before = await new Client(server.url).get(`/api/trades/${tradeId}/draw`);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({
      tradeId,
      workstations,
      algorithm: 'jiangxin-draw-v1',
      commitment: null,
      committedAt: null,
      seed: null,
      confirmedEntryIds: [],
      assignments: [],
      drawnAt: null,
      verified: null,
    });
    expect((await new Client(server.url).get('/api/trades/no-such-trade/draw')).status).toBe(404);

    const head = await server.quietHead();
    const uncommitted = await organiser.post(`/api/trades/${tradeId}/draw`, { commandId: commandId(), seed });
    expect(uncommitted.status).toBe(409);
    expect(uncommitted.body.message).toMatch(/Publish a commitment to the seed/);
    expect(await server.quietHead()).toBe(head);
  });

  it('takes the commitment from the organiser only, once', async () => {
    const head = await server.quietHead();
    const refusals: Array<[string, Promise<{ status: number; body: any }>, number, RegExp]> = [
      [
        'not a hash',
        organiser.post(`/api/trades/${tradeId}/draw/commitment`, { commandId: commandId(), commitment: seed }),
        400,
        /64 hex digits/,
      ],
      [
        'chief judge',
        chief.post(`/api/trades/${tradeId}/draw/commitment`, { commandId: commandId(), commitment }),
        403,
        /needs the role organiser/,
      ],
      [
        'no login',
        new Client(server.url).post(`/api/trades/${tradeId}/draw/commitment`, { commandId: commandId(), commitment }),
        401,
        /Log in/,
      ],
      [
        'unknown trade',
        organiser.post('/api/trades/no-such-trade/draw/commitment', { commandId: commandId(), commitment }),
        404,
        /Unknown trade/,
      ],
    ];
    for (const [what, answer, status, message] of refusals) {
      const { status: got, body } = await answer;
      expect({ what, status: got }).toEqual({ what, status });
      expect(body.message).toMatch(message);
    }
    expect(await server.quietHead()).toBe(head);

    // Upper-case hex is the same commitment; a retry with the same commandId writes nothing more.
    const command = { commandId: commandId(), commitment: commitment.toUpperCase() };
    const committed = await organiser.post(`/api/trades/${tradeId}/draw/commitment`, command);
    expect(committed.status).toBe(201);
    expect(committed.body.commitment).toBe(commitment);
    const retried = await organiser.post(`/api/trades/${tradeId}/draw/commitment`, command);
    expect([retried.status, retried.body.position]).toEqual([201, committed.body.position]);
    expect(await server.quietHead()).toBe(head + 1);

    const second = await organiser.post(`/api/trades/${tradeId}/draw/commitment`, { commandId: commandId(), commitment: 'a'.repeat(64) });
    expect(second.status).toBe(409);
    expect(second.body.message).toMatch(/already committed/);

    const published = await waitForDraw((d) => d.commitment !== null);
    expect(published).toMatchObject({ commitment, seed: null, verified: null, assignments: [] });
    expect(Date.parse(published.committedAt)).not.toBeNaN();
  });

  it('refuses a seed that does not hash to the commitment, then draws numbers and slots with the right one', async () => {
    const head = await server.quietHead();
    const wrong = await organiser.post(`/api/trades/${tradeId}/draw`, { commandId: commandId(), seed: `${seed}!` });
    expect(wrong.status).toBe(422);
    expect(wrong.body.message).toMatch(/does not match the commitment/);
    expect(wrong.body.fields).toEqual({ seed: [expect.stringContaining(commitment)] });
    expect(await server.quietHead()).toBe(head);

    const command = { commandId: commandId(), seed };
    const drawn = await organiser.post(`/api/trades/${tradeId}/draw`, command);
    expect(drawn.status).toBe(201);
    // A retry (same commandId) writes nothing and answers with the same draw.
    const retried = await organiser.post(`/api/trades/${tradeId}/draw`, command);
    expect(retried.status).toBe(201);
    expect(retried.body).toEqual(drawn.body);
    // One event for the command (the draw also sets off a ranking job, which appends its own).
    const written = (await server.store.readAll({ after: head })).filter((e) => e.metadata.commandId === command.commandId);
    expect(written.map((e) => e.type)).toEqual(['LotsDrawn']);
    expect(drawn.body.commitment).toBe(commitment);
    const assignments = drawn.body.assignments as Array<{
      entryId: string;
      competitorNumber: number;
      session: number;
      workstation: number;
    }>;
    expect(assignments.map((a) => a.competitorNumber)).toEqual(Array.from({ length: contestants }, (_, i) => i + 1));
    expect(assignments.map((a) => a.entryId).sort()).toEqual([...entryIds].sort());
    expect(assignments.map((a) => [a.session, a.workstation])).toEqual(
      Array.from({ length: contestants }, (_, i) => [Math.floor(i / workstations) + 1, (i % workstations) + 1]),
    );

    const late = await organiser.post(`/api/trades/${tradeId}/draw/commitment`, { commandId: commandId(), commitment: 'b'.repeat(64) });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/already been drawn/);
  });

  it('publishes the draw to anyone, without personal data, verified by the server and by the checker', async () => {
    const published = await waitForDraw((d) => d.seed !== null);
    expect(published).toMatchObject({ tradeId, workstations, commitment, seed, verified: true });
    expect(published.confirmedEntryIds).toEqual([...entryIds].sort());
    expect(Date.parse(published.drawnAt)).toBeGreaterThanOrEqual(Date.parse(published.committedAt));
    // Opaque entry ids and numbers only: no names, ID numbers, phones, cities or employers.
    expect(Object.keys(published).sort()).toEqual(
      [
        'algorithm',
        'assignments',
        'commitment',
        'committedAt',
        'confirmedEntryIds',
        'drawnAt',
        'seed',
        'tradeId',
        'verified',
        'workstations',
      ].sort(),
    );
    expect(
      published.assignments.every((a: object) => Object.keys(a).sort().join() === 'competitorNumber,entryId,session,workstation'),
    ).toBe(true);
    const text = JSON.stringify(published);
    for (const word of ['选手', '1391234', '19910520']) expect(text).not.toContain(word);

    // The checker of `npm run verify:draw` against the running server…
    const checked = await verifyPublishedDraw(server.url, tradeId);
    expect(checked).toEqual({
      ok: true,
      summary: expect.stringMatching(
        new RegExp(`^OK ${tradeId}: SHA-256\\(seed\\) = commitment ${commitment}.* ${contestants} competitor numbers in 2 session`),
      ),
    });
    // …and what it says about a tampered copy.
    const trade = { id: tradeId, workstations };
    const swapped = published.assignments.map((a: any, i: number, all: any[]) => (i < 2 ? { ...a, entryId: all[1 - i].entryId } : a));
    expect(checkPublishedDraw({ ...published, assignments: swapped }, trade)).toEqual({
      ok: false,
      difference: expect.stringMatching(/^Competitor 1: published/),
    });
    expect(checkPublishedDraw({ ...published, seed: 'another seed' }, trade)).toEqual({
      ok: false,
      difference: expect.stringContaining('SHA-256 of the seed is'),
    });
    expect(checkPublishedDraw(published, { id: tradeId, workstations: workstations + 1 })).toMatchObject({ ok: false });
  });

  it('checks competitors in by number, for the organiser and the chief judge, and shows it live', async () => {
    const spectator = new Spectator(server.url);
    // The draw's first ranking (everyone tied at 0) lands a moment after the draw: wait for it.
    const ranked = async () => (await new Client(server.url).get(`/api/trades/${tradeId}/board`)).body.rows.every((r: any) => r.rank === 1);
    for (let i = 0; i < 100 && !(await ranked()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const snapshot = await spectator.join(`trade:${tradeId}`);
    expect(snapshot.rows).toHaveLength(contestants);
    expect(snapshot.rows.every((r: any) => r.checkedIn === false && r.progress === 'not_started')).toBe(true);

    // Logging in records a session: before the head is taken.
    const other = await otherChief();
    const head = await server.quietHead();
    const refusals: Array<[string, Promise<{ status: number; body: any }>, number, RegExp]> = [
      [
        'a judge',
        judge.post(`/api/trades/${tradeId}/check-ins`, { commandId: commandId(), competitorNumber: 1 }),
        403,
        /needs the role organiser or chief_judge/,
      ],
      [
        'not drawn',
        chief.post(`/api/trades/${tradeId}/check-ins`, { commandId: commandId(), competitorNumber: 99 }),
        404,
        /Competitor 99 is not drawn/,
      ],
      [
        'not a number',
        chief.post(`/api/trades/${tradeId}/check-ins`, { commandId: commandId(), competitorNumber: 'one' }),
        400,
        /competitorNumber/,
      ],
      [
        'another chief judge',
        other.post(`/api/trades/${tradeId}/check-ins`, { commandId: commandId(), competitorNumber: 1 }),
        403,
        /not a judge on the panel of .*; your account serves/,
      ],
    ];
    for (const [what, answer, status, message] of refusals) {
      const { status: got, body } = await answer;
      expect({ what, status: got }).toEqual({ what, status });
      expect(body.message).toMatch(message);
    }
    expect(await server.quietHead()).toBe(head);

    const present = [1, 3, 4, 6, 7, 8, 9, 10, 11];
    for (const [i, competitorNumber] of present.entries()) {
      const by = i % 2 === 0 ? chief : organiser;
      const answer = await by.post(`/api/trades/${tradeId}/check-ins`, { commandId: commandId(), competitorNumber });
      expect(answer.status).toBe(201);
    }
    const again = await organiser.post(`/api/trades/${tradeId}/check-ins`, { commandId: commandId(), competitorNumber: 3 });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/already checked in/);

    const board = new Map<number, any>(snapshot.rows.map((r: any) => [r.competitorNumber, r]));
    let applied = 0;
    const apply = () => {
      for (const delta of spectator.deltas.splice(0)) {
        expect(delta.version).toBe(snapshot.version + ++applied);
        for (const row of delta.rows) board.set(row.competitorNumber, row);
      }
    };
    await until(() => (apply(), present.every((n) => board.get(n).checkedIn)), 10_000, 'check-ins on the live board');
    expect(applied).toBe(present.length);
    expect(
      [...board.values()]
        .filter((r) => r.checkedIn)
        .map((r) => r.competitorNumber)
        .sort((a, b) => a - b),
    ).toEqual(present);

    // Closing check-in: 2 and 5 are absent, in a delta that carries just their rows.
    const closed = await chief.post(`/api/trades/${tradeId}/check-in/close`, { commandId: commandId() });
    expect(closed.status).toBe(200);
    expect(closed.body.absent).toEqual([2, 5]);
    const deltasBefore = applied;
    // Absent at once; ranked after everyone present with the trade's next ranking.
    await until(
      () => (apply(), [2, 5].every((n) => board.get(n).progress === 'absent' && board.get(n).rank === present.length + 1)),
      10_000,
      'absent rows on the live board',
    );
    // One delta for the absent rows, one for the ranking that puts them last.
    expect(applied).toBe(deltasBefore + 2);
    for (const n of [2, 5])
      expect(board.get(n)).toMatchObject({ progress: 'absent', checkedIn: false, markedAspects: 0, rank: present.length + 1 });
    expect(present.every((n) => board.get(n).progress === 'not_started' && board.get(n).rank === null)).toBe(true);
    spectator.close();

    const viaHttp = (await new Client(server.url).get(`/api/trades/${tradeId}/board`)).body;
    expect(viaHttp.version).toBe(snapshot.version + applied);
    expect(viaHttp.rows).toEqual([...board.values()].sort((a, b) => a.competitorNumber - b.competitorNumber));

    const late = await organiser.post(`/api/trades/${tradeId}/check-ins`, { commandId: commandId(), competitorNumber: 2 });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/Check-in for .* is closed/);
    expect((await organiser.post(`/api/trades/${tradeId}/check-in/close`, { commandId: commandId() })).status).toBe(409);
  });

  it('rebuilds the same draw and board from the store after a restart', async () => {
    const anonymous = () => new Client(server.url);
    const drawBefore = (await anonymous().get(`/api/trades/${tradeId}/draw`)).body;
    const boardBefore = (await anonymous().get(`/api/trades/${tradeId}/board`)).body;
    await server.close();
    server = await startServer({}, server);
    expect((await anonymous().get(`/api/trades/${tradeId}/draw`)).body).toEqual(drawBefore);
    expect((await anonymous().get(`/api/trades/${tradeId}/board`)).body).toEqual(boardBefore);
  });

  /** The public draw record, once it satisfies `ready` (the read model follows the store). */
  async function waitForDraw(ready: (draw: any) => boolean): Promise<any> {
    let latest: any;
    const deadline = Date.now() + 10_000;
    for (;;) {
      latest = (await new Client(server.url).get(`/api/trades/${tradeId}/draw`)).body;
      if (ready(latest)) return latest;
      if (Date.now() > deadline) throw new Error(`The public draw did not get ready: ${JSON.stringify(latest)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** The chief judge of another trade. */
  async function otherChief(): Promise<Client> {
    const trades = (await organiser.get('/api/catalogue/trades')).body as Array<{ id: string }>;
    return new Client(server.url).login(`chief-${trades.find((t) => t.id !== tradeId)!.id}`);
  }
});
