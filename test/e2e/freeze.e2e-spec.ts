import { ContestApi, prepareTrades, type PreparedTrade } from '../../scripts/lib/contest-driver.js';
import { Client, commandId, removeFilesOf, Spectator, startServer, type TestServer, until } from '../support/test-server.js';

/**
 * Freeze and reveal on /live: while a board is frozen, spectators see it as it stood at the freeze and
 * the organiser (a socket with an organiser's token) sees it live; a signed-out organiser is a
 * spectator again; the reveal sends spectators the board as it stands.
 */
describe('a frozen board', () => {
  let server: TestServer;
  let organiser: Client;
  let trade: PreparedTrade;

  beforeAll(async () => {
    server = await startServer();
    organiser = await new Client(server.url).login('organiser');
    [trade] = await prepareTrades(new ContestApi(server.url), { trades: 1, contestantsPerTrade: 3, seed: 4242 });
  });

  afterAll(async () => {
    await server.close();
    removeFilesOf(server);
  });

  it('is shown as of the freeze to spectators and live to the organiser, until the reveal', async () => {
    const board = `trade:${trade.trade.id}`;
    // The ranking set off by the draw must not land between the join and the freeze.
    await server.quietHead();
    const spectator = new Spectator(server.url);
    const live = new Spectator(server.url, organiser.token);
    const before = await spectator.join(board);
    await live.join(board);

    expect((await organiser.post(`/api/trades/${trade.trade.id}/freeze`, { commandId: commandId() })).status).toBe(200);
    await until(() => spectator.deltas.some((d) => d.frozen), 10_000, 'the freeze on the spectator’s board');
    const freeze = spectator.deltas.find((d) => d.frozen);
    expect(freeze).toMatchObject({ frozen: true, rows: [] });

    // A measurement completes its aspect at once: the competitor's score changes.
    const measurement = trade.trade.scheme.subCriteria.flatMap((s) => s.aspects).find((a) => a.type === 'measurement')!;
    const { competitorNumber } = trade.competitors[0];
    const judge = await new Client(server.url).login(trade.judges[0]);
    const marked = await judge.post(`/api/trades/${trade.trade.id}/marks`, {
      commandId: commandId(),
      competitorNumber,
      aspectId: measurement.id,
      mark: measurement.maxMark,
    });
    expect(marked.status).toBe(201);
    await until(
      () => live.deltas.some((d) => d.rows.some((r: any) => r.competitorNumber === competitorNumber && r.total > 0)),
      10_000,
      'the mark on the organiser’s live board',
    );
    expect(spectator.deltas.slice(spectator.deltas.indexOf(freeze)).filter((d) => d.rows.length > 0)).toEqual([]);
    const publicView = (await new Client(server.url).get(`/api/trades/${trade.trade.id}/board`)).body;
    expect(publicView).toMatchObject({ frozen: true, version: freeze.version });
    expect(publicView.rows.find((r: any) => r.competitorNumber === competitorNumber).total).toBe(0);

    // Signed out, the organiser's token no longer opens the live view.
    expect((await organiser.post('/api/auth/sign-out', {})).status).toBeLessThan(300);
    const afterSignOut = await live.join(board);
    expect(afterSignOut.rows.find((r: any) => r.competitorNumber === competitorNumber).total).toBe(0);

    const again = await new Client(server.url).login('organiser');
    const snapshotsBefore = spectator.snapshots.length;
    expect((await again.post(`/api/trades/${trade.trade.id}/reveal`, { commandId: commandId() })).status).toBe(200);
    await until(() => spectator.snapshots.length > snapshotsBefore, 10_000, 'the revealed board');
    const revealed = spectator.snapshots[spectator.snapshots.length - 1];
    expect(revealed.frozen).toBe(false);
    expect(revealed.version).toBeGreaterThan(before.version);
    expect(revealed.rows.find((r: any) => r.competitorNumber === competitorNumber).total).toBeGreaterThan(0);
    spectator.close();
    live.close();
  });
});
