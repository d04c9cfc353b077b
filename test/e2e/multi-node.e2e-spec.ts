/**
 * The distributed profile on loopback: two api processes (RUN_WORKER=false) and one worker process
 * of the built code on one SQLite file, and a Redis of this test's own (restarting it disturbs no
 * one else). Judges post marks round-robin to both nodes; spectators watch on both nodes. A worker
 * killed mid-burst and a Redis restarted (empty) mid-burst lose no mark and no result, and every
 * spectator sees every delta in order, ending on the same board everywhere.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { StreamStateCache } from '#application';
import { SCORING_QUEUE, ScoringJobs } from '#contracts';
import { calculateResult, requireDefined, sameResult, scoreSheetDecider, streams, tradeDecider, tradeResultsProjection } from '#domain';
import { SqliteEventStore } from '#event-store';
import { ensureBuilt, NodeProcess, PrivateRedis } from '../../bench/cluster-process.js';
import {
  ApiError,
  ContestApi,
  Limiter,
  planTradeMarks,
  prepareTrades,
  roundRobin,
  type BoardRow,
  type BoardSnapshot,
  type PlannedMark,
  type PreparedTrade,
} from '../../scripts/lib/contest-driver.js';

const SEED = 11;
const MARKS_PER_BURST = 60;
/** Marks in flight at once, over both nodes. */
const IN_FLIGHT = 6;
/** A killed worker's running jobs come back after their lock (10 s) and a stalled check (5 s): converging may take this long. */
const CONVERGE_TIMEOUT_MS = 90_000;

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what()}`);
    await sleep(100);
  }
}

/** A spectator on one node, watching one board: checks that the versions follow each other, keeps the rows. */
class Spectator {
  readonly socket: Socket;
  readonly rows = new Map<number, BoardRow>();
  version = -1;
  deltas = 0;
  readonly gaps: string[] = [];
  private snapshots = 0;

  constructor(
    readonly node: string,
    url: string,
    readonly board: string,
    auth?: { pid: string; offset: string },
  ) {
    this.socket = io(`${url}/live`, { transports: ['websocket'], reconnection: false, forceNew: true, ...(auth ? { auth } : {}) });
    this.socket.on('board:snapshot', (snapshot: BoardSnapshot) => {
      this.snapshots += 1;
      this.rows.clear();
      for (const row of snapshot.rows) this.rows.set(row.competitorNumber, row);
      this.version = snapshot.version;
    });
    this.socket.on('board:delta', (delta: BoardSnapshot) => {
      if (this.version < 0) return; // before the snapshot: the snapshot includes it
      if (delta.version !== this.version + 1) this.gaps.push(`${this.node} ${this.board}: version ${delta.version} after ${this.version}`);
      this.version = delta.version;
      this.deltas += 1;
      for (const row of delta.rows) this.rows.set(row.competitorNumber, row);
    });
  }

  async join(): Promise<void> {
    await until(
      () => this.socket.connected,
      10_000,
      () => `${this.node} to accept a spectator`,
    );
    const before = this.snapshots;
    this.socket.emit('board:join', { board: this.board });
    await until(
      () => this.snapshots > before,
      10_000,
      () => `a snapshot of ${this.board} from ${this.node}`,
    );
  }

  get sortedRows(): BoardRow[] {
    return [...this.rows.values()].sort((a, b) => a.competitorNumber - b.competitorNumber);
  }

  /** The socket's session and its offset in the adapter's stream (what the client sends to resume). */
  get session(): { pid: string; offset: string } {
    const socket = this.socket as unknown as { _pid?: string; _lastOffset?: string };
    return { pid: socket._pid!, offset: socket._lastOffset! };
  }

  close(): void {
    this.socket.close();
  }
}

describe('two api nodes and a worker on one SQLite file and one Redis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiangxin-multi-node-'));
  const sqliteFile = join(dir, 'jiangxin.sqlite');
  const queuePrefix = `multi-node-${process.pid}`;
  let redis: PrivateRedis;
  let nodes: NodeProcess[] = [];
  let worker: NodeProcess | undefined;
  let clients: ContestApi[] = [];
  let trades: PreparedTrade[] = [];
  let marks: PlannedMark[] = [];
  let nextMark = 0;
  const spectators: Spectator[] = [];
  /** commandId → the mark's answer, for every mark a node acknowledged. */
  const acknowledged = new Map<string, { revision: number }>();

  const options = () => ({ sqliteFile, redisUrl: redis.url, queuePrefix });
  const startWorker = async () => (worker = await NodeProcess.worker('worker', options()));

  beforeAll(async () => {
    await ensureBuilt((line) => console.log(line));
    redis = await PrivateRedis.start();
    // The first node seeds the demo catalogue; the second finds it there.
    const apiA = await NodeProcess.api('api-a', options());
    const apiB = await NodeProcess.api('api-b', options());
    nodes = [apiA, apiB];
    await startWorker();
    clients = nodes.map((node) => new ContestApi(node.url!, { maxInFlight: IN_FLIGHT }));
    trades = await prepareTrades(clients[0], { trades: 2, contestantsPerTrade: 6, seed: SEED });
    marks = roundRobin(trades.map((trade) => planTradeMarks(trade, SEED)));
    for (const node of nodes) {
      for (const { trade } of trades) spectators.push(new Spectator(node.name, node.url!, `trade:${trade.id}`));
    }
    await Promise.all(spectators.map((spectator) => spectator.join()));
  }, 360_000);

  afterAll(async () => {
    for (const spectator of spectators) spectator.close();
    await Promise.all([...nodes, worker].map((node) => node?.stop()));
    await redis?.kill();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  const processes = () => [...nodes, worker].flatMap((node) => (node ? [node.tail(25)] : [])).join('\n');

  /**
   * Posts the next `count` marks, alternating between the nodes, a few in flight; `during` runs
   * once a third of them are acknowledged, while the others are still being posted.
   */
  async function burst(count: number, during?: (acknowledgedSoFar: () => number) => Promise<void>): Promise<void> {
    const batch = marks.slice(nextMark, nextMark + count);
    expect(batch).toHaveLength(count);
    const first = nextMark;
    nextMark += count;
    let done = 0;
    const limiter = new Limiter(IN_FLIGHT);
    const posting = Promise.all(
      batch.map((mark, i) =>
        limiter.run(async () => {
          const answer = await clients[(first + i) % 2].postMark(mark);
          acknowledged.set(answer.commandId, { revision: answer.revision });
          done += 1;
        }),
      ),
    );
    if (during) {
      await until(
        () => done >= count / 3,
        60_000,
        () => `a third of the burst to be acknowledged (${done}/${count})`,
      );
      await during(() => done);
    }
    await posting;
  }

  async function withQueue<T>(work: (queue: Queue) => Promise<T>): Promise<T> {
    const queue = new Queue(SCORING_QUEUE, { prefix: queuePrefix, connection: { url: redis.url } });
    try {
      return await work(queue);
    } finally {
      await queue.close();
    }
  }

  const pauseQueue = () => withQueue((queue) => queue.pause());

  /** Resolves once jobs wait in the paused queue and no more come (the dispatcher has caught up). */
  async function jobsPiledUp(): Promise<void> {
    const waiting = () =>
      withQueue(async (queue) => Object.values(await queue.getJobCounts('wait', 'delayed', 'prioritized')).reduce((a, b) => a + b, 0));
    let seen: number[] = [];
    await until(
      async () => {
        seen = [...seen.slice(-2), await waiting()];
        await sleep(400);
        return seen.length === 3 && seen[0] > 0 && seen.every((n) => n === seen[0]);
      },
      30_000,
      () => `jobs to pile up in the paused queue (${seen.join(', ')})`,
    );
  }

  /** Reads the SQLite file as it stands (the nodes keep writing to it meanwhile). */
  async function withStore<T>(read: (store: SqliteEventStore) => Promise<T>): Promise<T> {
    const store = new SqliteEventStore(sqliteFile);
    try {
      return await read(store);
    } finally {
      await store.close();
    }
  }

  /**
   * Competitors whose last result is not the one their score sheet gives as it stands (the
   * scoring job writes a result only when it changes; the domain computes what it must be).
   */
  const staleResults = () =>
    withStore(async (store) => {
      const cache = new StreamStateCache(store);
      const stale: string[] = [];
      for (const {
        trade: { id: tradeId },
        competitors,
      } of trades) {
        const trade = requireDefined((await cache.load(streams.trade(tradeId), tradeDecider)).state);
        const known = (await cache.load(streams.results(tradeId), tradeResultsProjection)).state;
        for (const { competitorNumber } of competitors) {
          const sheet = await cache.load(streams.scoreSheet(tradeId, competitorNumber), scoreSheetDecider);
          if (sheet.revision < 0) continue;
          const last = known.results.get(competitorNumber);
          const expected = calculateResult(trade, competitorNumber, sheet.state, sheet.revision);
          if (!last || (last.sheetRevision < sheet.revision && !sameResult(last, expected)))
            stale.push(`${tradeId}/${competitorNumber}@${sheet.revision}`);
        }
      }
      return stale;
    });

  /** Acknowledged marks that are not in the store. */
  const lostMarks = () =>
    withStore(async (store) => {
      const stored = new Set((await store.readAll()).filter((e) => e.type === 'MarkSubmitted').map((e) => e.metadata.commandId));
      return [...acknowledged.keys()].filter((commandId) => !stored.has(commandId));
    });

  /**
   * Every acknowledged mark is stored, every competitor's result is up to date with their sheet,
   * both nodes show the same boards, and every spectator ends on its node's board having seen
   * every delta in order.
   */
  async function expectConverged(): Promise<void> {
    expect(await lostMarks()).toEqual([]);
    let stale: string[] = [];
    await until(
      async () => (stale = await staleResults()).length === 0,
      CONVERGE_TIMEOUT_MS,
      () => `the results of ${stale.length} competitors (${stale.slice(0, 5).join(', ')})\n${processes()}`,
    );
    for (const { trade } of trades) {
      // The trade's ranking job runs a moment after the last result: wait for both nodes and their spectators to agree.
      const watching = spectators.filter((s) => s.board === `trade:${trade.id}`);
      let boards: BoardSnapshot[] = [];
      await until(
        async () => {
          boards = await Promise.all(clients.map((client) => client.board(trade.id)));
          return (
            boards[0].version === boards[1].version &&
            watching.every((s) => s.version === boards[0].version) &&
            JSON.stringify(boards[0].rows) === JSON.stringify(boards[1].rows)
          );
        },
        30_000,
        () =>
          `both nodes and their spectators to agree on ${trade.id}: versions ${boards.map((b) => b.version).join('/')}, ` +
          `spectators ${watching.map((s) => `${s.node}:${s.version}`).join(' ')}`,
      );
      for (const spectator of watching) expect(spectator.sortedRows).toEqual(boards[0].rows);
    }
    expect(spectators.flatMap((s) => s.gaps)).toEqual([]);
  }

  it('shows spectators on both nodes every delta of marks posted to either node, in order', async () => {
    await burst(MARKS_PER_BURST);
    await expectConverged();
    for (const spectator of spectators) expect(spectator.deltas).toBeGreaterThan(0);
  }, 180_000);

  it('loses no result when the worker is killed (SIGKILL) mid-burst and started again', async () => {
    await burst(MARKS_PER_BURST, async (acknowledgedSoFar) => {
      await worker!.kill();
      const killedAt = acknowledgedSoFar();
      await until(
        () => acknowledgedSoFar() >= Math.min(MARKS_PER_BURST, killedAt + MARKS_PER_BURST / 3),
        60_000,
        () => 'more marks while no worker runs',
      );
      await startWorker();
    });
    await expectConverged();
  }, 240_000);

  it('loses no mark when Redis restarts empty mid-burst, and the boards converge', async () => {
    await burst(MARKS_PER_BURST, async (acknowledgedSoFar) => {
      // Marks keep coming while Redis is away: they need only the store.
      await redis.restart(500);
      const restartedAt = acknowledgedSoFar();
      await until(
        () => acknowledgedSoFar() >= Math.min(MARKS_PER_BURST, restartedAt + 10),
        60_000,
        () => 'marks after the restart',
      );
      // The rest of the burst's jobs wait in Redis (the pause is a flag in Redis)…
      await pauseQueue();
    });
    // …and are lost with it: the dispatcher must see it and dispatch them again.
    // Once the dispatcher has caught up (it may still be waiting out the first restart), they are all in Redis.
    await jobsPiledUp();
    await redis.restart(500);
    await expectConverged();
  }, 240_000);

  it('lists the jobs that failed all their attempts for the organiser (the dead letters)', async () => {
    // A job no trade can satisfy: the worker fails it twice, then it is a dead letter.
    const jobId = `dead-letter-${process.pid}`;
    await withQueue((queue) =>
      queue.add(
        ScoringJobs.scoreContestant,
        { tradeId: 'no-such-trade', competitorNumber: 1, causationId: 'test', correlationId: 'test' },
        { jobId, attempts: 2, backoff: { type: 'fixed', delay: 10 } },
      ),
    );
    type FailedJobs = {
      driver: string;
      total: number;
      jobs: Array<{ id: string; name: string; failedReason: string; attemptsMade: number; maxAttempts: number; failedAt: string }>;
    };
    let answer: FailedJobs | undefined;
    await until(
      async () =>
        (answer = await clients[1].getAs<FailedJobs>('organiser', '/api/admin/jobs/failed?limit=200')).jobs.some((job) => job.id === jobId),
      30_000,
      () => `the job among the failed ones (${JSON.stringify(answer)})`,
    );
    expect(answer!.driver).toBe('bullmq');
    expect(answer!.jobs.find((job) => job.id === jobId)).toMatchObject({
      name: ScoringJobs.scoreContestant,
      attemptsMade: 2,
      maxAttempts: 2,
      failedReason: expect.stringMatching(/.+/),
    });

    const refusal = (path: string, user: string) =>
      clients[0].getAs(user, path).then(
        () => undefined,
        (error: ApiError) => error,
      );
    expect(await refusal('/api/admin/jobs/failed', trades[0].judges[0]!)).toMatchObject({ status: 403 });
    const badLimit = await refusal('/api/admin/jobs/failed?limit=0', 'organiser');
    expect(badLimit).toMatchObject({ status: 400 });
    expect(badLimit!.serverMessage).toMatch(/limit/);
  }, 60_000);

  it("resumes a spectator's session on the other node (connection state recovery through Redis)", async () => {
    const [{ trade }] = trades;
    const board = `trade:${trade.id}`;
    const onA = new Spectator('api-a', nodes[0].url!, board);
    await onA.join();
    // The join's answer through the adapter gives the socket its offset in the shared stream.
    await until(
      () => onA.session.offset !== undefined,
      10_000,
      () => 'the board:joined answer',
    );
    const { pid, offset } = onA.session;
    const socketId = onA.socket.id;

    // The connection drops (the server keeps the session in Redis) and comes back on the other node.
    const sessions = new Redis(redis.url);
    try {
      onA.socket.io.engine.close();
      await until(
        async () => (await sessions.exists(`${queuePrefix}:socket.io:session:${pid}`)) === 1,
        10_000,
        () => 'the session in Redis',
      );
    } finally {
      sessions.disconnect();
    }
    onA.close();
    const onB = new Spectator('api-b', nodes[1].url!, board, { pid, offset });
    try {
      // Resumed without joining: same socket id, a fresh snapshot, then the deltas of the board.
      await until(
        () => onB.version >= 0,
        10_000,
        () => 'a snapshot on the resumed connection',
      );
      expect(onB.socket.id).toBe(socketId);
      // Not every mark changes a result (an aspect counts once all its marks are in): mark until the board moves.
      const before = onB.version;
      for (let round = 0; round < 10 && onB.version === before; round++) {
        await burst(6);
        await sleep(500);
      }
      await until(
        () => onB.version > before,
        30_000,
        () => 'a delta on the resumed connection',
      );
      expect(onB.gaps).toEqual([]);
    } finally {
      onB.close();
    }
  }, 120_000);
});
