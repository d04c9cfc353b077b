import { DEFAULT_PRIZE_POLICY, type PrizePolicy, prizesOfGroups } from '#domain';
import { ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client, commandId, removeFilesOf, Spectator, startServer, type TestServer, until } from '../support/test-server.js';

/**
 * No rank, prize or honour before a score (docs/results-rules.md): a drawn trade where nothing is
 * marked shows no rank and no prize on the board (HTTP and socket), the results, the medal table or
 * the feed; after one contestant's first counted aspect, only that contestant is ranked.
 */
describe('no rank and no prize before a score', () => {
  let server: TestServer;
  let prepared: PreparedTrade;
  let spectator: Spectator;
  const tradeId = () => prepared.trade.id;

  beforeAll(async () => {
    server = await startServer();
    [prepared] = await prepareTrades(new ContestApi(server.url), { trades: 1, contestantsPerTrade: 6, seed: 1212 });
    // The draw's ranking job has run.
    await server.quietHead();
    spectator = new Spectator(server.url);
  }, 180_000);

  afterAll(async () => {
    spectator?.close();
    await server.close();
    removeFilesOf(server);
  });

  const publicClient = () => new Client(server.url);
  const board = async () => (await publicClient().get(`/api/trades/${tradeId()}/board`)).body;
  const results = async () => (await publicClient().get(`/api/trades/${tradeId()}/results`)).body;
  // The contest-wide table: this is the only drawn trade.
  const medals = async () => (await publicClient().get('/api/medals')).body;
  async function feedOfTrade(): Promise<any[]> {
    const response = await fetch(`${server.url}/api/feed`);
    expect(response.status).toBe(200);
    const items = (await response.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    return items.filter((item) => item.id === tradeId() && item.type === 'results');
  }

  it('given a drawn trade with nothing marked, then no rank and no prize anywhere', async () => {
    const shown = await board();
    expect(shown.rows).toHaveLength(prepared.competitors.length);
    for (const row of shown.rows) expect(row).toMatchObject({ rank: null, prize: null, standardised: null });

    const socketBoard = await spectator.join(`trade:${tradeId()}`);
    for (const row of socketBoard.rows) expect(row).toMatchObject({ rank: null, prize: null });

    const table = await results();
    for (const row of table.rows) expect(row).toMatchObject({ rank: null, prize: null, honours: [], medallion: false });

    const cities = await medals();
    expect(cities.cities).toEqual([]);
    expect(cities.techShare.all).toEqual({ prizes: 0, techBased: 0, share: null });

    expect(await feedOfTrade()).toEqual([]);
  });

  it('given one contestant’s first counted aspect, then only that contestant is ranked', async () => {
    const measurement = prepared.trade.scheme.subCriteria.flatMap((s) => s.aspects).find((a) => a.type === 'measurement')!;
    const { competitorNumber } = prepared.competitors[0];
    const judge = await new Client(server.url).login(prepared.judges[0]);
    const marked = await judge.post(`/api/trades/${tradeId()}/marks`, {
      commandId: commandId(),
      competitorNumber,
      aspectId: measurement.id,
      mark: measurement.maxMark,
    });
    expect(marked.status).toBe(201);
    await until(
      () => spectator.deltas.some((d) => d.rows.some((r: any) => r.competitorNumber === competitorNumber && r.rank === 1)),
      15_000,
      'the first ranked row on the spectator’s board',
    );
    await server.quietHead();

    // The one ranked holds the prize its rule gives a field of one (10/20/30 rounded half up: a third prize).
    const policy = ((prepared.trade as { prizes?: PrizePolicy }).prizes ?? DEFAULT_PRIZE_POLICY) as PrizePolicy;
    const [expectedPrize] = prizesOfGroups(policy, [1]);

    const shown = await board();
    for (const row of shown.rows) {
      if (row.competitorNumber === competitorNumber) expect(row).toMatchObject({ rank: 1, prize: expectedPrize });
      else expect(row).toMatchObject({ rank: null, prize: null });
    }

    const table = await results();
    expect(table.rows[0]).toMatchObject({ competitorNumber, rank: 1, prize: expectedPrize });
    expect(table.rows.slice(1).map((r: any) => [r.rank, r.prize])).toEqual(Array(prepared.competitors.length - 1).fill([null, null]));
    expect(table.rows[0].exactTotal).toMatch(/^\d+\/\d+$/);

    const cities = (await medals()).cities;
    const prizes = cities.reduce((n: number, c: any) => n + c.total, 0);
    expect(prizes).toBe(expectedPrize === null ? 0 : 1);

    // Not published: the feed still has no results of the trade.
    expect(await feedOfTrade()).toEqual([]);
  }, 60_000);
});
