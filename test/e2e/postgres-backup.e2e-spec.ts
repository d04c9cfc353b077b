/**
 * The PostgreSQL profile's backup, as docs/backup.md tells an operator to take it: `pg_basebackup`
 * (WAL streamed along) of a private cluster while judges post a burst of marks to the api on it.
 * A second cluster started from the base backup holds a store whose hash chain verifies from the
 * first event to its head, which is the live store's history up to there; an api on it shows the
 * boards the live api showed at that position, with every mark acknowledged up to it and none after.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { EMPTY_CHAIN, eventHash, PostgresEventStore } from '#event-store';
import { PrivatePostgres } from '../../bench/cluster-process.js';
import {
  ApiError,
  ContestApi,
  type MarkAnswer,
  type PlannedMark,
  type PreparedTrade,
  planTradeMarks,
  prepareTrades,
  roundRobin,
} from '../../scripts/lib/contest-driver.js';
import { Client, startServer, type TestServer } from '../support/test-server.js';

const SEED = 4;
const DATABASE = 'jiangxin';
const IN_FLIGHT = 4;
const MARKS_BEFORE_BACKUP = 30;
const MARKS_AFTER_BACKUP = 20;

/** As a judge's tablet does: a mark refused for a concurrent change to its sheet is sent again, with the same commandId. */
async function postUntilAcknowledged(api: ContestApi, mark: PlannedMark): Promise<MarkAnswer> {
  const commandId = randomUUID();
  for (let attempt = 1; ; attempt++) {
    try {
      return await api.postMark(mark, commandId);
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409) || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

const describeIfPostgres = PrivatePostgres.available() ? describe : describe.skip;

describeIfPostgres('PostgreSQL base backup during a burst of marks', () => {
  let primary: PrivatePostgres;
  let restoredCluster: PrivatePostgres | undefined;
  let live: TestServer;
  let restored: TestServer | undefined;
  let trades: PreparedTrade[];
  let marks: PlannedMark[];
  const acknowledged: MarkAnswer[] = [];
  let head = 0;

  beforeAll(async () => {
    primary = await PrivatePostgres.start();
    const admin = new pg.Client({ connectionString: primary.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    live = await startServer({ DATABASE_URL: primary.urlFor(DATABASE), DATABASE_POOL_SIZE: 3, SEED_DEMO: true });
    const api = new ContestApi(live.url, { maxInFlight: IN_FLIGHT });
    trades = await prepareTrades(api, { trades: 1, contestantsPerTrade: 6, seed: SEED });
    marks = roundRobin(trades.map((trade) => planTradeMarks(trade, SEED)));

    // Judges post marks until the base backup is done, and then some more.
    let next = 0;
    let stopAt = marks.length;
    let backupDone = false;
    const judge = async () => {
      while (next < Math.min(stopAt, marks.length)) {
        acknowledged.push(await postUntilAcknowledged(api, marks[next++]!));
        if (backupDone && stopAt === marks.length) stopAt = next + MARKS_AFTER_BACKUP;
      }
    };
    const posting = Promise.all(Array.from({ length: IN_FLIGHT }, judge));
    while (acknowledged.length < MARKS_BEFORE_BACKUP) await new Promise((resolve) => setTimeout(resolve, 20));
    const backup = await primary.baseBackup().finally(() => {
      backupDone = true;
    });
    await posting;
    expect(next).toBeLessThan(marks.length);

    restoredCluster = await PrivatePostgres.fromBaseBackup(backup);
    const store = await PostgresEventStore.open(restoredCluster.urlFor(DATABASE), { poolSize: 2 });
    head = await store.headPosition();
    await store.close();
    restored = await startServer({
      DATABASE_URL: restoredCluster.urlFor(DATABASE),
      DATABASE_POOL_SIZE: 3,
      RUN_WORKER: false,
      SEED_DEMO: false,
    });
  }, 600_000);

  afterAll(async () => {
    await restored?.close();
    await live?.close();
    await restoredCluster?.remove();
    await primary?.remove();
  }, 60_000);

  it('restores a store whose hash chain verifies to its head, the live history up to there', async () => {
    const store = await PostgresEventStore.open(restoredCluster!.urlFor(DATABASE), { poolSize: 2 });
    try {
      const events = await store.readAll();
      let chain = { ...EMPTY_CHAIN };
      for (const event of events) {
        expect(event.position).toBe(chain.position + 1);
        const hash = eventHash(event, chain.hash);
        expect(event.hash).toBe(hash);
        chain = { position: event.position, hash };
      }
      expect(chain.position).toBe(head);
      expect(await store.chainHead()).toEqual(chain);
      const liveStore = await PostgresEventStore.open(primary.urlFor(DATABASE), { poolSize: 2 });
      try {
        const [same] = await liveStore.readAll({ after: head - 1, maxCount: 1 });
        expect(same?.hash).toBe(chain.hash);
        expect(await liveStore.headPosition()).toBeGreaterThan(head);
      } finally {
        await liveStore.close();
      }
    } finally {
      await store.close();
    }
  });

  it('has every mark acknowledged up to its head and none after', async () => {
    const stored = new Set(
      (await restored!.store.readAll()).filter((e) => e.type === 'MarkSubmitted').map((e) => e.metadata.commandId as string),
    );
    const before = acknowledged.filter((a) => a.position <= head);
    const after = acknowledged.filter((a) => a.position > head);
    expect(before.length).toBeGreaterThanOrEqual(MARKS_BEFORE_BACKUP);
    expect(after.length).toBeGreaterThanOrEqual(MARKS_AFTER_BACKUP);
    expect(before.filter((a) => !stored.has(a.commandId))).toEqual([]);
    expect(after.filter((a) => stored.has(a.commandId))).toEqual([]);
  });

  it('shows the boards the live api showed at that position', async () => {
    for (const { trade } of trades) {
      const board = (await new Client(restored!.url).get(`/api/trades/${trade.id}/board`)).body;
      const then = await new Client(live.url).get(`/api/trades/${trade.id}/board/at?at=${head}`);
      expect(then.status).toBe(200);
      expect(board.rows.length).toBeGreaterThan(0);
      expect(board.rows).toEqual(then.body.rows);
    }
  });
});
