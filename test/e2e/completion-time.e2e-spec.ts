import { aspectsOf, ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client, commandId, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

/**
 * Completion time, the last tie-break (DOMAIN.md, "Ranking"), through HTTP: two competitors with the
 * same marks share a rank until the chief judge records how long each took; the shorter time then
 * ranks first. A change needs a reason and shows in the result's history; refusals write nothing.
 */
describe('completion time breaks a tie', () => {
  let server: TestServer;
  let prepared: PreparedTrade;
  let tradeId: string;
  let chief: Client;
  let first: number;
  let second: number;

  const ranks = async () => {
    await server.quietHead();
    const { body } = await new Client(server.url).get(`/api/trades/${tradeId}/results`);
    return Object.fromEntries(body.rows.map((row: { competitorNumber: number; rank: number | null }) => [row.competitorNumber, row.rank]));
  };
  const record = (client: Client, competitorNumber: number, body: { completionSeconds: number; reason?: string }) =>
    client.post(`/api/trades/${tradeId}/competitors/${competitorNumber}/completion-time`, { commandId: commandId(), ...body });

  beforeAll(async () => {
    server = await startServer();
    const api = new ContestApi(server.url);
    [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 2, seed: 3131 });
    tradeId = prepared.trade.id;
    [first, second] = prepared.competitors.map((c) => c.competitorNumber);
    const panel = await api.panel(tradeId);
    chief = await new Client(server.url).login(panel.find((m) => m.role === 'chief_judge')!.username);
    // The same measurement mark for both: equal totals, practical and key aspects.
    const measurement = aspectsOf(prepared.trade).find((a) => a.type === 'measurement')!;
    for (const competitorNumber of [first, second]) {
      await api.postMark({ tradeId, judge: prepared.judges[0]!, competitorNumber, aspectId: measurement.id, mark: measurement.maxMark });
    }
  });

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('ranks the shorter time first once both are recorded; before, the two share the rank', async () => {
    expect(await ranks()).toEqual({ [first]: 1, [second]: 1 });

    expect((await record(chief, first, { completionSeconds: 3_600 })).status).toBe(201);
    expect((await record(chief, second, { completionSeconds: 3_540 })).status).toBe(201);
    expect(await ranks()).toEqual({ [first]: 2, [second]: 1 });
  });

  it('refuses a judge, a time out of range and a change without a reason, writing nothing', async () => {
    const judge = await new Client(server.url).login(prepared.judges[0]!);
    // After the login: a login records its session (SessionStarted).
    const head = await server.quietHead();
    const refusals: Array<[string, Promise<{ status: number; body: any }>, number, RegExp]> = [
      ['a judge', record(judge, first, { completionSeconds: 3_000 }), 403, /needs the role chief_judge/],
      ['no seconds', record(chief, first, { completionSeconds: 0 }), 400, /completionSeconds must not be less than 1/],
      ['a fraction', record(chief, first, { completionSeconds: 3_000.5 }), 400, /completionSeconds must be an integer/],
      ['no reason', record(chief, first, { completionSeconds: 3_000 }), 422, /already recorded \(3600 s\): a change needs a reason/],
      ['not drawn', record(chief, 999, { completionSeconds: 3_000 }), 404, /Competitor 999 is not drawn/],
    ];
    for (const [what, answer, status, message] of refusals) {
      const { status: got, body } = await answer;
      expect({ what, status: got }).toEqual({ what, status });
      expect(body.message).toMatch(message);
    }
    expect(await server.quietHead()).toBe(head);
  });

  it('changes with a reason, which the result history shows with who recorded it', async () => {
    expect((await record(chief, first, { completionSeconds: 3_500, reason: 'the stopwatch was started late' })).status).toBe(201);
    expect(await ranks()).toEqual({ [first]: 1, [second]: 2 });

    const { status, body } = await chief.get(`/api/history/results/${tradeId}/${first}`);
    expect(status).toBe(200);
    const recorded = body.events.filter((e: { type: string }) => e.type === 'CompletionTimeRecorded');
    expect(recorded.map((e: { reason: string | null; actor: { role: string } }) => [e.reason, e.actor.role])).toEqual([
      [null, 'chief_judge'],
      ['the stopwatch was started late', 'chief_judge'],
    ]);
  });
});
