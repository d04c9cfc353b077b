import { randomUUID } from 'node:crypto';
import { aspectsOf, ContestApi, planTradeMarks, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

/**
 * The contest desk through the API of a real server: one row per trade of the demo catalogue, and
 * one trade's row following it through registration, the draw, marks, a correction, sign-off and
 * publication; `since` answers only the rows changed; a city's view counts that city only.
 */
describe('the contest desk', () => {
  const SEED = 7171;
  let server: TestServer;
  let api: ContestApi;
  let organiser: Client;
  let prepared: PreparedTrade;
  let tradeId: string;
  let chief: string;

  beforeAll(async () => {
    server = await startServer();
    api = new ContestApi(server.url, { deviceId: 'desk-e2e' });
    organiser = await new Client(server.url).login('organiser');
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    if (server) removeFilesOf(server);
  });

  const desk = async (query = '') => {
    const answer = await organiser.get(`/api/desk${query}`);
    expect(answer.status).toBe(200);
    return answer.body as { position: number; partial: boolean; rows: any[] };
  };
  const row = async (query = '') => (await desk(query)).rows.find((r) => r.tradeId === tradeId);
  /** The row once the scoring jobs caught up with what was posted. */
  const settledRow = async () => {
    await server.quietHead();
    return row();
  };

  it('has a row for every trade, answered fast', async () => {
    const trades = (await organiser.get('/api/catalogue/trades')).body as unknown[];
    const started = performance.now();
    const all = await desk();
    const took = performance.now() - started;
    expect(all.rows).toHaveLength(trades.length);
    expect(trades.length).toBe(133);
    expect(all.rows.every((r) => r.stage === 'registration' && r.competitors === 0)).toBe(true);
    // Generous for a loaded 2-core machine: the answer is a read model's rows, not a store read.
    expect(took).toBeLessThan(1_000);
    expect((await new Client(server.url).get('/api/desk')).status).toBe(401);
  });

  it('follows registration and the draw', async () => {
    [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 3, seed: SEED });
    tradeId = prepared.trade.id;
    chief = (await api.panel(tradeId)).find((m) => m.role === 'chief_judge')!.username;
    expect(await row()).toMatchObject({
      stage: 'drawn',
      entries: { submitted: 0, approved: 0, confirmed: 3, closed: 0 },
      drawCommitted: true,
      competitors: 3,
      markedAspects: 0,
      totalAspects: 3 * aspectsOf(prepared.trade).length,
    });

    const city = prepared.competitors[0]!.contestant!.city;
    const ofCity = prepared.competitors.filter((c) => c.contestant!.city === city).length;
    expect(await row(`?city=${city}`)).toMatchObject({ competitors: ofCity, entries: { confirmed: ofCity } });
    const { eventId } = await row();
    const event = (await desk(`?eventId=${encodeURIComponent(eventId)}`)).rows;
    expect(event.map((r) => r.tradeId)).toContain(tradeId);
    expect((await desk('?stage=drawn')).rows.map((r) => r.tradeId)).toEqual([tradeId]);
  });

  it('follows marks as they arrive, and `since` answers only the rows changed', async () => {
    const { position } = await desk();
    const [first] = prepared.competitors;
    const marks = planTradeMarks(prepared, SEED);
    for (const mark of marks.filter((m) => m.competitorNumber === first!.competitorNumber)) await api.postMark(mark);
    const afterOne = await settledRow();
    expect(afterOne).toMatchObject({ stage: 'marking', marked: 1, markedAspects: aspectsOf(prepared.trade).length });

    const changed = await desk(`?since=${position}`);
    expect(changed.partial).toBe(true);
    expect(changed.rows.map((r) => r.tradeId)).toEqual([tradeId]);
    expect((await desk(`?since=${changed.position}`)).rows).toEqual([]);

    for (const mark of marks.filter((m) => m.competitorNumber !== first!.competitorNumber)) await api.postMark(mark);
    expect(await settledRow()).toMatchObject({ marked: 3, markedAspects: 3 * aspectsOf(prepared.trade).length });
  });

  it('counts a correction while it waits for the chief judge', async () => {
    const mark = planTradeMarks(prepared, SEED).find(
      (m) => aspectsOf(prepared.trade).find((a) => a.id === m.aspectId)?.type === 'judgement',
    )!;
    const judgeId = (await api.login(mark.judge)).user.userId;
    const { correctionId } = await api.postAs<{ correctionId: string }>(mark.judge, `/api/trades/${tradeId}/corrections`, {
      commandId: randomUUID(),
      competitorNumber: mark.competitorNumber,
      aspectId: mark.aspectId,
      judgeId,
      mark: mark.mark === 3 ? 2 : mark.mark + 1,
      reason: 'typed the wrong level',
    });
    expect(await row()).toMatchObject({ pendingCorrections: 1 });
    await api.postAs(chief, `/api/trades/${tradeId}/corrections/${correctionId}/reject`, {
      commandId: randomUUID(),
      reason: 'the level given stands',
    });
    expect(await row()).toMatchObject({ pendingCorrections: 0 });
  });

  it('follows sign-off and publication', async () => {
    for (const { competitorNumber } of prepared.competitors) {
      for (const module of prepared.trade.scheme.subCriteria) {
        await api.postAs(chief, `/api/trades/${tradeId}/competitors/${competitorNumber}/sign-off`, {
          commandId: randomUUID(),
          moduleId: module.id,
        });
      }
    }
    expect(await settledRow()).toMatchObject({ stage: 'signed_off', signedOff: 3, publishedAt: null });

    await api.postAs('organiser', `/api/trades/${tradeId}/freeze`, { commandId: randomUUID() });
    expect(await row()).toMatchObject({ frozen: true });
    await api.postAs('organiser', `/api/trades/${tradeId}/publish`, {
      commandId: randomUUID(),
      missingTheoryReason: 'desk test: no theory exam',
    });
    const published = await row();
    expect(published).toMatchObject({ stage: 'published', frozen: true, pendingAppeals: 0 });
    expect(Date.parse(published.appealsCloseAt) - Date.parse(published.publishedAt)).toBe(120 * 60_000);
  });
});
