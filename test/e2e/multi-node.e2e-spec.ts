/**
 * The distributed profile on one machine: three api processes (RUN_WORKER=false) and two worker
 * processes of the built code on one PostgreSQL database, with a PostgreSQL cluster and a Redis of
 * this test's own (crashing them disturbs no one else). Judges post marks round-robin to the api
 * nodes; spectators watch on every node. Then, each in the middle of a burst of marks: an api node
 * killed (SIGKILL), a worker killed, PostgreSQL crashed and restarted, Redis restarted empty — and
 * afterwards no acknowledged mark is lost, none is counted twice, and every spectator ends on the
 * same board as every node, having seen every delta in order.
 *
 * Where the machine allows it (root, `ip netns`, veth), the third api node runs in a network namespace
 * of its own, and its link to PostgreSQL is cut for a while: it answers writes 503, tells its
 * spectators that its boards are stale, and catches up once the link is back.
 *
 * A mark is acknowledged when a node answered it 201. A mark whose node failed (killed, 503) is sent
 * again to another node with the same commandId — what a judge's tablet does — so it counts once.
 */
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import pg from 'pg';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { StreamStateCache } from '#application';
import { SCORING_QUEUE, ScoringJobs } from '#contracts';
import { calculateResult, requireDefined, sameResult, scoreSheetDecider, streams, tradeDecider, tradeResultsProjection } from '#domain';
import { PostgresEventStore } from '#event-store';
import { ensureBuilt, NetworkNamespace, NodeProcess, PrivatePostgres, PrivateRedis } from '../../bench/cluster-process.js';
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
const MARKS_PER_BURST = 45;
/** Marks in flight at once, over all nodes. */
const IN_FLIGHT = 6;
/** A killed worker's running jobs come back after their lock (10 s) and a stalled check (5 s): converging may take this long. */
const CONVERGE_TIMEOUT_MS = 90_000;
/** How long a judge's tablet keeps sending a mark again before giving up. */
const RETRY_FOR_MS = 90_000;
const DATABASE = 'jiangxin';

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
  /** What the node said of its boards' freshness (`board:status`), in order. */
  readonly statuses: boolean[] = [];
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
    this.socket.on('board:status', ({ stale }: { stale: boolean }) => this.statuses.push(stale));
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

/** One api node: its process, a client that keeps its logins, and whether marks may go to it. */
interface ApiNode {
  name: string;
  process: NodeProcess;
  client: ContestApi;
  port: number;
  up: boolean;
}

/** Processes started together: if one fails, those that did start are stopped before the error is thrown (none is left behind). */
async function started<T>(starting: Array<Promise<T>>, processOf: (started: T) => NodeProcess): Promise<T[]> {
  const outcomes = await Promise.allSettled(starting);
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) {
    await Promise.all(outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [processOf(outcome.value).stop(5_000)] : [])));
    throw failure.reason;
  }
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<T>).value);
}

const isRetryable = (error: unknown) => !(error instanceof ApiError) || [502, 503, 504].includes(error.status);

describe('three api nodes and two workers on PostgreSQL, with crashes of each part', () => {
  const queuePrefix = `multi-node-${process.pid}`;
  const namespace = NetworkNamespace.available() ? NetworkNamespace.create() : undefined;
  let postgres: PrivatePostgres;
  let redis: PrivateRedis;
  let api: ApiNode[] = [];
  let workers: NodeProcess[] = [];
  let trades: PreparedTrade[] = [];
  let marks: PlannedMark[] = [];
  let nextMark = 0;
  let spectators: Spectator[] = [];
  /** commandId → the mark's answer, for every mark a node acknowledged. */
  const acknowledged = new Map<string, { revision: number }>();

  const hostFor = (node: 'inside' | 'outside', link: 'database' | 'service') =>
    node === 'inside' && namespace ? (link === 'database' ? namespace.databaseHost : namespace.serviceHost) : '127.0.0.1';
  const options = (node: 'inside' | 'outside' = 'outside') => ({
    databaseUrl: postgres.urlFor(DATABASE, hostFor(node, 'database')),
    redisUrl: `redis://${hostFor(node, 'service')}:${redis.port}`,
    queuePrefix,
    env: { DATABASE_POOL_SIZE: '4', READINESS_MAX_LAG_SECONDS: '5' },
  });

  async function startApi(name: string, port?: number): Promise<ApiNode> {
    const inside = name === 'api-c' && namespace !== undefined;
    const process = await NodeProcess.api(name, {
      ...options(inside ? 'inside' : 'outside'),
      port,
      namespace: inside ? namespace : undefined,
      // The first node seeds the demo contest (614 accounts, each password hashed with argon2): slow on a busy machine.
      readyWithinMs: 240_000,
    });
    return {
      name,
      process,
      client: new ContestApi(process.url!, { maxInFlight: IN_FLIGHT }),
      port: Number(new URL(process.url!).port),
      up: true,
    };
  }

  // A busy 2-core machine (several developers' test runs) can take most of a minute to start one.
  const startWorker = async (name: string) => NodeProcess.worker(name, { ...options(), readyWithinMs: 180_000 });

  beforeAll(async () => {
    await ensureBuilt((line) => console.log(line));
    const alsoOn = namespace ? [namespace.databaseHost] : [];
    [postgres, redis] = await Promise.all([
      PrivatePostgres.start({ alsoOn }),
      PrivateRedis.start({ alsoOn: namespace ? [namespace.serviceHost] : [] }),
    ]);
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    await client.query(`CREATE DATABASE ${DATABASE}`);
    await client.end();
    // The first node seeds the demo catalogue; the others find it there.
    api = [await startApi('api-a')];
    api.push(...(await started([startApi('api-b'), startApi('api-c')], (node) => node.process)));
    workers = await started([startWorker('worker-1'), startWorker('worker-2')], (node) => node);
    trades = await prepareTrades(api[0].client, { trades: 2, contestantsPerTrade: 6, seed: SEED });
    marks = roundRobin(trades.map((trade) => planTradeMarks(trade, SEED)));
    for (const node of api) {
      for (const { trade } of trades) spectators.push(new Spectator(node.name, node.process.url!, `trade:${trade.id}`));
    }
    await Promise.all(spectators.map((spectator) => spectator.join()));
  }, 420_000);

  afterAll(async () => {
    for (const spectator of spectators) spectator.close();
    await Promise.all([...api.map((node) => node.process), ...workers].map((node) => node.stop(5_000)));
    await redis?.kill();
    await postgres?.remove();
    namespace?.remove();
  }, 60_000);

  const processes = () => [...api.map((node) => node.process), ...workers].map((node) => node.tail(25)).join('\n');

  /**
   * Sends a mark until a node acknowledges it: starting with the `first`-th node that takes marks,
   * then the next one after each failure (killed, 503), always with the same commandId.
   */
  async function postUntilAcknowledged(mark: PlannedMark, first: number): Promise<void> {
    const commandId = randomUUID();
    const deadline = Date.now() + RETRY_FOR_MS;
    for (let attempt = 0; ; attempt++) {
      const open = api.filter((node) => node.up);
      const node = open[(first + attempt) % open.length];
      try {
        const answer = await node.client.postMark(mark, commandId);
        acknowledged.set(answer.commandId, { revision: answer.revision });
        return;
      } catch (error) {
        if (!isRetryable(error) || Date.now() > deadline) throw error;
        await sleep(250);
      }
    }
  }

  /**
   * Posts the next `count` marks round-robin over the nodes that take marks, a few in flight;
   * `during` runs once a third of them are acknowledged, while the others are still being posted.
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
          await postUntilAcknowledged(mark, first + i);
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

  /** Reads the database as it stands (the nodes keep writing to it meanwhile). */
  async function withStore<T>(read: (store: PostgresEventStore) => Promise<T>): Promise<T> {
    const store = await PostgresEventStore.open(postgres.urlFor(DATABASE), { poolSize: 2 });
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

  /** Acknowledged marks not in the store, and marks stored more than once (by commandId). */
  const markCounts = () =>
    withStore(async (store) => {
      const stored = (await store.readAll()).filter((e) => e.type === 'MarkSubmitted').map((e) => e.metadata.commandId);
      const times = new Map<string, number>();
      for (const commandId of stored) times.set(commandId, (times.get(commandId) ?? 0) + 1);
      return {
        lost: [...acknowledged.keys()].filter((commandId) => !times.has(commandId)),
        twice: [...times].filter(([, n]) => n > 1).map(([commandId]) => commandId),
      };
    });

  /**
   * Every acknowledged mark is stored once, every competitor's result is up to date with their
   * sheet, the nodes show the same boards, and every spectator ends on its node's board having seen
   * every delta in order.
   */
  async function expectConverged(): Promise<void> {
    expect(await markCounts()).toEqual({ lost: [], twice: [] });
    let stale: string[] = [];
    await until(
      async () => (stale = await staleResults()).length === 0,
      CONVERGE_TIMEOUT_MS,
      () => `the results of ${stale.length} competitors (${stale.slice(0, 5).join(', ')})\n${processes()}`,
    );
    const serving = api.filter((node) => node.up);
    for (const { trade } of trades) {
      // The trade's ranking job runs a moment after the last result: wait for the nodes and their spectators to agree.
      const watching = spectators.filter((s) => s.board === `trade:${trade.id}`);
      let boards: BoardSnapshot[] = [];
      await until(
        async () => {
          boards = await Promise.all(serving.map((node) => node.client.board(trade.id)));
          return (
            boards.every((board) => board.version === boards[0].version && JSON.stringify(board.rows) === JSON.stringify(boards[0].rows)) &&
            watching.every((s) => s.version === boards[0].version)
          );
        },
        30_000,
        () =>
          `the nodes and their spectators to agree on ${trade.id}: versions ${boards.map((b) => b.version).join('/')}, ` +
          `spectators ${watching.map((s) => `${s.node}:${s.version}`).join(' ')}`,
      );
      for (const spectator of watching) expect(spectator.sortedRows).toEqual(boards[0].rows);
    }
    expect(spectators.flatMap((s) => s.gaps)).toEqual([]);
  }

  it('shows spectators on every node every delta of marks posted to any node, in order', async () => {
    await burst(MARKS_PER_BURST);
    await expectConverged();
    for (const spectator of spectators) expect(spectator.deltas).toBeGreaterThan(0);
  }, 180_000);

  it('loses no mark when an api node is killed (SIGKILL) mid-burst, and the node catches up when started again', async () => {
    const victim = api[1];
    await burst(MARKS_PER_BURST, async (acknowledgedSoFar) => {
      victim.up = false;
      await victim.process.kill();
      const killedAt = acknowledgedSoFar();
      await until(
        () => acknowledgedSoFar() >= Math.min(MARKS_PER_BURST, killedAt + 10),
        60_000,
        () => 'more marks while the node is down',
      );
    });
    // Its spectators lost their connection: they watch again on the node started anew (same port), from a fresh snapshot.
    const restarted = await startApi(victim.name, victim.port);
    api[1] = restarted;
    for (const spectator of spectators.filter((s) => s.node === victim.name)) spectator.close();
    const again = trades.map(({ trade }) => new Spectator(victim.name, restarted.process.url!, `trade:${trade.id}`));
    spectators = [...spectators.filter((s) => s.node !== victim.name), ...again];
    await Promise.all(again.map((spectator) => spectator.join()));
    await burst(MARKS_PER_BURST / 3);
    await expectConverged();
  }, 300_000);

  it('loses no result when a worker is killed (SIGKILL) mid-burst: the other one goes on', async () => {
    await burst(MARKS_PER_BURST, async (acknowledgedSoFar) => {
      await workers[0].kill();
      const killedAt = acknowledgedSoFar();
      await until(
        () => acknowledgedSoFar() >= Math.min(MARKS_PER_BURST, killedAt + 10),
        60_000,
        () => 'more marks with one worker',
      );
      workers[0] = await startWorker('worker-1');
    });
    await expectConverged();
  }, 240_000);

  it('loses no acknowledged mark and counts none twice when PostgreSQL crashes and restarts mid-burst', async () => {
    await burst(MARKS_PER_BURST, async (acknowledgedSoFar) => {
      // An immediate shutdown: no checkpoint, the server recovers from its write-ahead log.
      await postgres.restart(1_000);
      const restartedAt = acknowledgedSoFar();
      await until(
        () => acknowledgedSoFar() >= Math.min(MARKS_PER_BURST, restartedAt + 10),
        90_000,
        () => `marks after PostgreSQL came back\n${postgres.tail()}`,
      );
    });
    await expectConverged();
    // Every node is ready again: its projections restarted from where they stopped.
    for (const node of api) {
      await until(
        async () => (await fetch(`${node.process.url}/api/health/ready`)).status === 200,
        60_000,
        () => `${node.name} to be ready again`,
      );
    }
  }, 300_000);

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
    });
    await expectConverged();
  }, 240_000);

  (namespace ? it : it.skip)(
    'cut off from PostgreSQL, an api node refuses writes with 503, tells its spectators its boards are stale, and catches up when the link returns',
    async () => {
      const cut = api[2];
      const others = api.filter((node) => node !== cut);
      const mark = marks[nextMark];
      // A session made before the cut (a login writes an event, so none can be made during it).
      const { token } = await cut.client.login(mark.judge);
      const watching = spectators.filter((s) => s.node === cut.name);
      for (const spectator of watching) spectator.statuses.length = 0;
      namespace!.setDatabaseLink(false);
      try {
        cut.up = false;
        const started = Date.now();
        const refused = await fetch(`${cut.process.url}/api/trades/${encodeURIComponent(mark.tradeId)}/marks`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            commandId: randomUUID(),
            competitorNumber: mark.competitorNumber,
            aspectId: mark.aspectId,
            mark: mark.mark,
          }),
          signal: AbortSignal.timeout(60_000),
        });
        expect(refused.status).toBe(503);
        expect(Date.now() - started).toBeLessThan(30_000);
        await until(
          () => watching.every((s) => s.statuses.includes(true)),
          60_000,
          () => `the spectators on ${cut.name} to be told the boards are stale (${watching.map((s) => s.statuses.join(',')).join(' / ')})`,
        );
        expect((await fetch(`${cut.process.url}/api/health/ready`)).status).toBe(503);
        // The other nodes take the marks meanwhile.
        await burst(MARKS_PER_BURST / 3);
        expect(others.every((node) => node.up)).toBe(true);
      } finally {
        namespace!.setDatabaseLink(true);
      }
      cut.up = true;
      await until(
        () => watching.every((s) => s.statuses.at(-1) === false),
        90_000,
        () => `${cut.name} to tell its spectators the boards are live again\n${cut.process.tail(20)}`,
      );
      await expectConverged();
    },
    300_000,
  );

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
        (answer = await api[1].client.getAs<FailedJobs>('organiser', '/api/admin/jobs/failed?limit=200')).jobs.some(
          (job) => job.id === jobId,
        ),
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
  }, 60_000);

  it("resumes a spectator's session on another node (connection state recovery through Redis)", async () => {
    const [{ trade }] = trades;
    const board = `trade:${trade.id}`;
    const onA = new Spectator('api-a', api[0].process.url!, board);
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
    const onB = new Spectator('api-b', api[1].process.url!, board, { pid, offset });
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
