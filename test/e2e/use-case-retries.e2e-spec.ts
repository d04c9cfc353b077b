import { streams } from '#domain';
import { aspectsOf, ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client, commandId, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

/**
 * Every command that writes carries a client-made commandId (docs/adding-a-use-case.md): the same
 * command sent twice (a tablet's retry after a lost answer) appends its events once. Aspect
 * open/release included, which used to make their id from the server clock.
 */
describe('a retried command writes once', () => {
  let server: TestServer;
  let prepared: PreparedTrade;
  let tradeId: string;
  let competitorNumber: number;
  let aspectId: string;
  let judge: Client;

  const sheetEvents = async (id: string) =>
    (await server.store.readStream(streams.scoreSheet(tradeId, competitorNumber))).filter((e) => e.metadata.commandId === id);

  beforeAll(async () => {
    server = await startServer();
    const api = new ContestApi(server.url);
    [prepared] = await prepareTrades(api, { trades: 1, contestantsPerTrade: 1, seed: 1515 });
    tradeId = prepared.trade.id;
    competitorNumber = prepared.competitors[0]!.competitorNumber;
    aspectId = aspectsOf(prepared.trade).find((a) => a.type === 'measurement')!.id;
    judge = await new Client(server.url).login(prepared.judges[0]!);
  });

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('opens and releases an aspect once for the same commandId sent twice', async () => {
    const open = { commandId: commandId(), competitorNumber, aspectId };
    const first = await judge.post(`/api/trades/${tradeId}/aspects/open`, open);
    const again = await judge.post(`/api/trades/${tradeId}/aspects/open`, open);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(first.body).toMatchObject({ commandId: open.commandId, competitorNumber, aspectId, expiresAt: expect.any(String) });
    expect((await sheetEvents(open.commandId)).map((e) => e.type)).toEqual(['AspectOpened']);

    const release = { commandId: commandId(), competitorNumber, aspectId };
    const released = await judge.post(`/api/trades/${tradeId}/aspects/release`, release);
    const releasedAgain = await judge.post(`/api/trades/${tradeId}/aspects/release`, release);
    expect([released.body.duplicate, releasedAgain.body.duplicate]).toEqual([false, true]);
    expect(releasedAgain.body.events).toEqual([]);
    expect((await sheetEvents(release.commandId)).map((e) => e.type)).toEqual(['AspectReleased']);
  });

  it('submits a mark once for the same commandId sent twice', async () => {
    const mark = { commandId: commandId(), competitorNumber, aspectId, mark: 1 };
    const first = await judge.post(`/api/trades/${tradeId}/marks`, mark);
    const again = await judge.post(`/api/trades/${tradeId}/marks`, mark);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(first.body).toMatchObject({ commandId: mark.commandId, duplicate: false, events: ['MarkSubmitted'] });
    expect(again.body).toMatchObject({ commandId: mark.commandId, duplicate: true, events: [], position: first.body.position });
    expect((await sheetEvents(mark.commandId)).map((e) => e.type)).toEqual(['MarkSubmitted']);
  });

  it('refuses an aspect open or release without a commandId, writing nothing', async () => {
    const head = await server.quietHead();
    for (const action of ['open', 'release']) {
      const { status, body } = await judge.post(`/api/trades/${tradeId}/aspects/${action}`, { competitorNumber, aspectId });
      expect({ action, status }).toEqual({ action, status: 400 });
      expect(body.message).toMatch(/commandId/);
    }
    expect(await server.quietHead()).toBe(head);
  });
});
