import { createHash } from 'node:crypto';
import { Client, commandId, removeFilesOf, startServer, type TestServer } from '../support/test-server.js';

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

  it('refuses the draw, check-in and marking on a trade of an achievement event with 409 achievements.practical_only, writing nothing', async () => {
    const chief = await new Client(server.url).login(`chief-${reviewTradeId}`);
    const head = await server.quietHead();
    const commitment = createHash('sha256').update('seed', 'utf8').digest('hex');
    const attempts = [
      ['draw', await organiser.post(`/api/trades/${reviewTradeId}/draw/commitment`, { commandId: commandId(), commitment })],
      ['draw', await organiser.post(`/api/trades/${reviewTradeId}/draw`, { commandId: commandId(), seed: 'seed' })],
      ['check-in', await organiser.post(`/api/trades/${reviewTradeId}/check-ins`, { commandId: commandId(), competitorNumber: 1 })],
      ['check-in', await chief.post(`/api/trades/${reviewTradeId}/check-in/close`, { commandId: commandId() })],
    ] as const;
    for (const [action, answer] of attempts) {
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ code: 'achievements.practical_only', params: { tradeId: reviewTradeId, action } });
    }
    expect(await server.quietHead()).toBe(head);
    // A practical trade still takes its commitment.
    expect((await organiser.post(`/api/trades/${practicalTradeId}/draw/commitment`, { commandId: commandId(), commitment })).status).toBe(
      201,
    );
  });
});
