/**
 * Scoring benchmark: a burst of marks in one trade, until its live board has settled.
 *
 *   npm run bench:scoring -- [--marks 10000] [--contestants 60] [--in-flight 64] [--seed 1]
 *                            [--profile both|bullmq|inline] [--redis redis://127.0.0.1:6379]
 *                            [--settle-timeout 60] [--trace marks] [--keep-data (the SQLite file and the queue's Redis keys)]
 *
 * For each profile it writes a bench trade (a panel of 5, 40 aspects: 32 judgement, 8 measurement)
 * into a fresh SQLite file, starts the built server on it (`bullmq`: scoring jobs on BullMQ on the
 * local Redis under a queue prefix of its own, removed at the end; `inline`: no Redis), puts 5
 * judges and a chief judge on the panel, enters, approves and confirms the contestants and draws
 * their lots. Then the 5 judges post `--marks` marks at once (`--in-flight` requests at a time; the
 * sheets' marks interleaved, so the requests in flight hit different sheets; levels of one aspect
 * within one level of each other, so no re-mark round starts).
 *
 * Settled = every contestant's row on the live board (socket.io /live, as a spectator sees it)
 * shows the result of its final score sheet, and the ranks and prizes of the final results. The
 * expected rows are computed from the store itself once the last mark is answered (calculateResult
 * and rankResults of the domain on the final sheets); the board's deltas are timestamped as they
 * arrive, so the settle time is when the board last became right and stayed so.
 * Re-ranks: the rank-trade jobs that ran (BullMQ; counted by the server's job metrics) and the
 * TradeRanked events in the trade's ranking stream (written only when the standings changed). On
 * BullMQ it also reads the finished score jobs' timestamps: how long after its mark each job was
 * enqueued and done. Loopback only; every wait is bounded; the server is stopped at the end, also on
 * failure, and the run's queue keys are removed from Redis.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { CommandExecutor, deterministicId, StreamStateCache } from '#application';
import { LiveEvents, SCORING_QUEUE, ScoringJobs, tradeBoardId, type ScoreContestantJob } from '#contracts';
import {
  calculateResult,
  CITIES,
  rankResults,
  sameStandings,
  scoreSheetDecider,
  standingOf,
  streams,
  tradeDecider,
  type Aspect,
  type ContestantResult,
  type ScoreSheetEvent,
  type Standing,
  type SubCriterion,
  type TradeDefinition,
  type TradeEvent,
} from '#domain';
import { DEMO_PASSWORD, demoEmployers, generateDemoContest } from '#demo';
import { SqliteEventStore } from '#event-store';
import {
  ApiError,
  ContestApi,
  Limiter,
  mapLimited,
  numberFlag,
  ORGANISER,
  parseFlags,
  planTradeMarks,
  prepareTrades,
  roundRobin,
  sleep,
  type PlannedMark,
  type PreparedTrade,
} from '../scripts/lib/contest-driver.js';
import type { ApiSchemas } from '../scripts/lib/api-types.js';
import type { ProbeReport } from './server-probe.js';
import { machineDescription, ServerUnderTest } from './server-process.js';

type BoardRow = ApiSchemas['BoardRowView'];
type BoardSnapshot = ApiSchemas['BoardSnapshotView'];

const TRADE_ID = 't900-bench-scoring';
const JUDGES = 5;
const MODULES = ['A', 'B', 'C', 'D'] as const;
const JUDGEMENT_PER_MODULE = 8;
const MEASUREMENT_PER_MODULE = 2;
/** 40 aspects × 2.5 = 100. */
const MAX_MARK = 2.5;
const BENCH_ACTOR = { userId: 'system:bench-scoring', role: 'system' };
const SETUP_TIMEOUT_MS = 90_000;
/** After the board matches, how long it must stay quiet (inline) before the run ends. */
const QUIET_MS = 1_000;
const POLL_MS = 20;

type Profile = 'bullmq' | 'inline';

interface Options {
  marks: number;
  contestants: number;
  inFlight: number;
  seed: number;
  profiles: Profile[];
  redisUrl: string;
  settleTimeoutMs: number;
  keepData: boolean;
  /** Writes one CSV line per mark (judge, competitor, sent and answered, ms from the burst's start), to see where slow answers happen. */
  traceFile?: string;
}

// =============================================================================================
// The bench trade, written into the store before the server starts
// =============================================================================================

/** A panel of 5, four modules of 8 judgement and 2 measurement aspects, all worth 2.5: 168 marks per complete sheet. */
function benchTrade(eventId: string): TradeDefinition {
  const subCriteria: SubCriterion[] = MODULES.map((letter, m) => ({
    id: `${TRADE_ID}-${letter}`,
    name: ['工艺准备', '加工制作', '质量检测', '安全文明'][m]!,
    aspects: Array.from({ length: JUDGEMENT_PER_MODULE + MEASUREMENT_PER_MODULE }, (_, i): Aspect => {
      const id = `${TRADE_ID}-${letter}${i + 1}`;
      return i < JUDGEMENT_PER_MODULE
        ? {
            id,
            type: 'judgement',
            description: `评价项 ${letter}${i + 1}`,
            maxMark: MAX_MARK,
            descriptors: ['未达到要求', '基本达到要求', '达到要求', '超出要求'],
          }
        : { id, type: 'measurement', description: `测量项 ${letter}${i + 1}：尺寸在公差内`, maxMark: MAX_MARK };
    }),
  }));
  return {
    id: TRADE_ID,
    eventId,
    name: '评分基准工种',
    nameEn: 'Scoring benchmark trade',
    teamSize: 1,
    weights: { theory: 20, practical: 80 },
    panelSize: JUDGES,
    trimmedMean: true,
    keyAspectIds: [`${TRADE_ID}-A1`, `${TRADE_ID}-B1`],
    scheme: { subCriteria },
    registration: { ageWindow: { min: 18, max: 55 }, quotaPerCity: 5 },
    workstations: 20,
    prizes: { mode: 'ratio', first: 10, second: 20, third: 30 },
    honours: { may_day_labour_medal: { minContestants: 30 }, technical_expert: { minContestants: 20 } },
    appealWindowMinutes: 120,
    publicityWorkingDays: 5,
  };
}

/** DefineTrade through the CommandExecutor, as the demo seeder defines its trades; the seeder adds the demo contest at the server's start. */
async function writeBenchTrade(sqliteFile: string): Promise<TradeDefinition> {
  const contest = generateDemoContest();
  const trade = benchTrade(contest.events[0]!.id);
  const store = new SqliteEventStore(sqliteFile);
  try {
    const executor = new CommandExecutor(store, new StreamStateCache(store), () => new Date());
    await executor.execute({
      streamId: streams.trade(trade.id),
      decider: tradeDecider,
      command: { type: 'DefineTrade', contestId: contest.id, trade },
      meta: { commandId: deterministicId(`bench-scoring/trade/${trade.id}`), actor: BENCH_ACTOR },
    });
  } finally {
    await store.close();
  }
  return trade;
}

// =============================================================================================
// Setup over HTTP: the panel, the contestants, the draw
// =============================================================================================

/** Five judges and a chief judge, each of an employer of their own (no contestant is entered from a judge's employer: prepareTrades). */
async function setUpPanel(api: ContestApi): Promise<void> {
  const employers = demoEmployers.slice(0, JUDGES + 1);
  const accounts = [
    ...Array.from({ length: JUDGES }, (_, i) => ({
      username: `bench-judge-${i + 1}`,
      displayName: `评委${i + 1}`,
      role: 'judge' as const,
    })),
    { username: 'bench-chief', displayName: '裁判长', role: 'chief_judge' as const },
  ];
  for (const [i, account] of accounts.entries()) {
    const employer = employers[i]!;
    const { userId } = await api.postAs<ApiSchemas['JudgeCreatedAnswer']>(ORGANISER, '/api/users/judges', {
      commandId: randomUUID(),
      ...account,
      password: DEMO_PASSWORD,
      employer: { name: employer.name, creditCode: employer.creditCode },
      city: employer.city,
      tradeIds: [TRADE_ID],
    });
    await api.postAs(ORGANISER, `/api/trades/${TRADE_ID}/judges`, { commandId: randomUUID(), judgeId: userId, role: account.role });
  }
}

/**
 * The burst: the panel's marks in the order the judges would give them, cut at `count`, then the
 * sheets interleaved (each sheet's marks keep their order), so the requests in flight hit different sheets.
 */
function planBurst(prepared: PreparedTrade, count: number, seed: number): PlannedMark[] {
  const planned = planTradeMarks(prepared, seed);
  if (planned.length < count)
    throw new Error(`The trade needs only ${planned.length} marks; ${count} were asked for (raise --contestants)`);
  const bySheet = new Map<number, PlannedMark[]>();
  for (const mark of planned.slice(0, count)) {
    const list = bySheet.get(mark.competitorNumber) ?? [];
    list.push(mark);
    bySheet.set(mark.competitorNumber, list);
  }
  return roundRobin([...bySheet.values()]);
}

// =============================================================================================
// The live board as a spectator sees it, with the time of every change
// =============================================================================================

interface TimedBoard {
  at: number;
  rows: readonly BoardRow[];
}

class BoardTimeline {
  readonly changes: TimedBoard[] = [];
  versionGaps = 0;
  private version?: number;
  private readonly rows = new Map<number, BoardRow>();

  private constructor(private readonly socket: Socket) {}

  static async join(url: string, tradeId: string): Promise<BoardTimeline> {
    const socket = io(`${url}/live`, { transports: ['websocket'], reconnection: false, forceNew: true, timeout: 10_000 });
    const timeline = new BoardTimeline(socket);
    const board = tradeBoardId(tradeId);
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`No snapshot of ${board} within 10 s`)), 10_000);
      socket.on(LiveEvents.snapshot, (snapshot: BoardSnapshot) => {
        clearTimeout(timer);
        timeline.record(snapshot, true);
        ok();
      });
      socket.on(LiveEvents.delta, (delta: BoardSnapshot) => timeline.record(delta, false));
      socket.once(LiveEvents.error, (e: { message: string }) => (clearTimeout(timer), fail(new Error(e.message))));
      socket.once('connect_error', (e) => (clearTimeout(timer), fail(e)));
      socket.on('connect', () => socket.emit(LiveEvents.join, { board }));
    });
    return timeline;
  }

  private record(board: BoardSnapshot, whole: boolean): void {
    if (!whole && this.version !== undefined && board.version !== this.version + 1) this.versionGaps += 1;
    this.version = board.version;
    if (whole) this.rows.clear();
    for (const row of board.rows) this.rows.set(row.competitorNumber, row);
    this.changes.push({ at: performance.now(), rows: whole ? [...this.rows.values()] : board.rows });
  }

  get current(): ReadonlyMap<number, BoardRow> {
    return this.rows;
  }

  get lastChangeAt(): number {
    return this.changes[this.changes.length - 1]?.at ?? 0;
  }

  /** When the board last became equal to `expected` (and stayed so up to now), or undefined if it is not now. */
  settledSince(expected: ExpectedBoard): number | undefined {
    const rows = new Map<number, BoardRow>();
    const wrong = new Set(expected.rows.keys());
    let since: number | undefined;
    for (const change of this.changes) {
      for (const row of change.rows) {
        rows.set(row.competitorNumber, row);
        const want = expected.rows.get(row.competitorNumber);
        if (!want) continue;
        if (rowMatches(row, want)) wrong.delete(row.competitorNumber);
        else wrong.add(row.competitorNumber);
      }
      if (wrong.size === 0) since ??= change.at;
      else since = undefined;
    }
    return since;
  }

  mismatches(expected: ExpectedBoard): number {
    return [...expected.rows].filter(([n, want]) => {
      const row = this.rows.get(n);
      return !row || !rowMatches(row, want);
    }).length;
  }

  close(): void {
    this.socket.close();
  }
}

// =============================================================================================
// The expected board: from the final score sheets in the store, by the domain's own functions
// =============================================================================================

type ExpectedRow = Pick<BoardRow, 'theory' | 'practical' | 'total' | 'markedAspects' | 'progress' | 'rank' | 'prize' | 'standardised'>;

interface ExpectedBoard {
  rows: Map<number, ExpectedRow>;
  standings: Standing[];
  completeSheets: number;
}

const rowMatches = (row: BoardRow, want: ExpectedRow) =>
  (Object.keys(want) as Array<keyof ExpectedRow>).every((key) => row[key] === want[key]);

/** A read-only connection to the server's SQLite file (WAL: it reads while the server writes). */
class StoreReader {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
  }

  events(streamId: string): Array<{ type: string; data: unknown; revision: number }> {
    const rows = this.db
      .prepare<[string], { type: string; data: string; revision: number }>(
        'SELECT type, data, revision FROM events WHERE stream_id = ? ORDER BY revision',
      )
      .all(streamId);
    return rows.map((r) => ({ type: r.type, data: JSON.parse(r.data) as unknown, revision: r.revision }));
  }

  head(): number {
    return this.db.prepare<[], { p: number | null }>('SELECT max(position) AS p FROM events').get()?.p ?? 0;
  }

  countAfter(streamId: string, type: string, position: number): number {
    return this.db
      .prepare<[string, string, number], { n: number }>(
        'SELECT count(*) AS n FROM events WHERE stream_id = ? AND type = ? AND position > ?',
      )
      .get(streamId, type, position)!.n;
  }

  /** Events of a type in a stream after `position` recorded by `epochMs`. */
  countRecordedBy(streamId: string, type: string, position: number, epochMs: number): number {
    return this.db
      .prepare<[string, string, number, string], { n: number }>(
        'SELECT count(*) AS n FROM events WHERE stream_id = ? AND type = ? AND position > ? AND recorded_at <= ?',
      )
      .get(streamId, type, position, new Date(epochMs).toISOString())!.n;
  }

  /** When each mark of the trade was stored (epoch ms), by `competitorNumber/sheet revision`. */
  markTimes(tradeId: string): Map<string, number> {
    const rows = this.db
      .prepare<[string], { stream_id: string; revision: number; recorded_at: string }>(
        "SELECT stream_id, revision, recorded_at FROM events WHERE stream_id LIKE ? || '%' AND type = 'MarkSubmitted'",
      )
      .all(`scoresheet-${tradeId}-`);
    return new Map(rows.map((r) => [`${r.stream_id.slice(`scoresheet-${tradeId}-`.length)}/${r.revision}`, Date.parse(r.recorded_at)]));
  }

  /** recorded_at (epoch ms) of the first and last events of a type after `position`. */
  span(streamPrefix: string, type: string, position: number): { first: number; last: number; count: number } {
    const row = this.db
      .prepare<[string, string, number], { first: string | null; last: string | null; n: number }>(
        "SELECT min(recorded_at) AS first, max(recorded_at) AS last, count(*) AS n FROM events WHERE stream_id LIKE ? || '%' AND type = ? AND position > ?",
      )
      .get(streamPrefix, type, position)!;
    return { first: row.first ? Date.parse(row.first) : NaN, last: row.last ? Date.parse(row.last) : NaN, count: row.n };
  }

  /** Every contestant's result from their final sheet, and the trade's ranking of those results. */
  expectedBoard(tradeId: string): ExpectedBoard {
    const trade = (this.events(streams.trade(tradeId)) as unknown as TradeEvent[]).reduce(tradeDecider.evolve, tradeDecider.initialState);
    const definition = trade.definition!;
    const results = new Map<number, ContestantResult>();
    for (const competitorNumber of trade.competitors?.keys() ?? []) {
      const sheetEvents = this.events(streams.scoreSheet(tradeId, competitorNumber));
      if (sheetEvents.length === 0) continue;
      const sheet = (sheetEvents as unknown as ScoreSheetEvent[]).reduce(scoreSheetDecider.evolve, scoreSheetDecider.initialState);
      results.set(competitorNumber, calculateResult(definition, competitorNumber, sheet, sheetEvents[sheetEvents.length - 1]!.revision));
    }
    const standings = rankResults(definition, trade, results).map(standingOf);
    const byNumber = new Map(standings.map((s) => [s.competitorNumber, s]));
    const rows = new Map<number, ExpectedRow>();
    for (const [n, result] of results) {
      const standing = byNumber.get(n);
      rows.set(n, {
        theory: result.theory,
        practical: result.practical,
        total: result.total,
        markedAspects: result.markedAspects,
        progress: result.status,
        rank: standing?.rank ?? null,
        prize: standing?.prize ?? null,
        standardised: standing?.standardised ?? null,
      });
    }
    const completeSheets = [...results.values()].filter((r) => r.markedAspects === r.totalAspects).length;
    return { rows, standings, completeSheets };
  }

  latestRanking(tradeId: string): Standing[] | undefined {
    const ranked = this.events(streams.ranking(tradeId));
    return (ranked[ranked.length - 1]?.data as { standings: Standing[] } | undefined)?.standings;
  }

  close(): void {
    this.db.close();
  }
}

// =============================================================================================
// BullMQ: the queue's backlog and its finished jobs; the job counts from the server's metrics
// =============================================================================================

interface ScoreJobTimes {
  competitorNumber: number;
  revision: number;
  added: number;
  finished: number;
}

class QueueWatch {
  maxBacklog = 0;
  private sampler?: NodeJS.Timeout;

  private constructor(private readonly queue: Queue) {}

  static async start(redisUrl: string, prefix: string): Promise<QueueWatch> {
    const queue = new Queue(SCORING_QUEUE, { prefix, connection: { url: redisUrl, maxRetriesPerRequest: null } });
    await queue.waitUntilReady();
    return new QueueWatch(queue);
  }

  /** Jobs not finished yet: waiting, delayed (a ranking's 50 ms) or running. */
  async backlog(): Promise<number> {
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }

  /** Samples the backlog from now on, keeping its maximum. */
  sampleBacklog(everyMs: number): void {
    this.maxBacklog = 0;
    this.sampler = setInterval(() => {
      void this.backlog().then(
        (n) => (this.maxBacklog = Math.max(this.maxBacklog, n)),
        () => undefined,
      );
    }, everyMs);
  }

  /**
   * When each score job still in the completed set was added and finished (BullMQ's timestamps), by
   * competitor number and sheet revision (its id ends with the revision). Completing a ranking job
   * trims the set to its newest 10,000 jobs, so the oldest few may be missing.
   */
  async scoreJobTimes(): Promise<ScoreJobTimes[]> {
    const jobs = (await this.queue.getCompleted(0, -1)).filter((job) => job.name === ScoringJobs.scoreContestant);
    return jobs.flatMap((job) => {
      const revision = /_(\d+)$/.exec(job.id ?? '')?.[1];
      if (revision === undefined || !job.finishedOn) return [];
      return [
        {
          competitorNumber: (job.data as ScoreContestantJob).competitorNumber,
          revision: Number(revision),
          added: job.timestamp,
          finished: job.finishedOn,
        },
      ];
    });
  }

  async close(): Promise<void> {
    clearInterval(this.sampler);
    await this.queue.close();
  }
}

/** Completed and failed runs of each job (and their run seconds), from the server's Prometheus metrics: exact counts. */
type JobMetrics = Map<string, number>;

async function jobMetrics(baseUrl: string): Promise<JobMetrics> {
  const response = await fetch(`${baseUrl}/api/metrics`, { signal: AbortSignal.timeout(10_000) });
  const figures: JobMetrics = new Map();
  for (const match of (await response.text()).matchAll(
    /^jiangxin_scoring_job_run_seconds_(count|sum)\{job="([^"]+)",outcome="([^"]+)"\} (\S+)$/gm,
  )) {
    figures.set(`${match[2]}/${match[3]}/${match[1]}`, Number(match[4]));
  }
  return figures;
}

const metricDelta = (before: JobMetrics, after: JobMetrics, key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);

/** Removes every key of the run's queue prefix (unique to this run) from Redis. */
async function removeQueueKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
  let removed = 0;
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) removed += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return removed;
}

// =============================================================================================
// One profile
// =============================================================================================

interface Ack {
  judge: string;
  competitorNumber: number;
  revision: number;
  sentAt: number;
  answeredAt: number;
}

interface ProfileReport {
  profile: Profile;
  marksAccepted: number;
  errors: Map<string, number>;
  burstMs: number;
  latency: { p50: number; p99: number; max: number };
  /** From the first mark sent until the board last became right; undefined when it did not within the timeout. */
  settleMs?: number;
  afterLastAckMs?: number;
  mismatchesAtTimeout?: number;
  finalChecks: string[];
  completeSheets: number;
  deltas: number;
  versionGaps: number;
  /** ResultCalculated written in all, and before the last mark was answered. */
  results: { written: number; duringBurst: number };
  tradeRanked: number;
  /** Scoring jobs done and the time from the first mark to the last one's end (inline: to the last result written). */
  scoring: { jobs: number; spanMs: number; basis: string };
  /** BullMQ only. */
  queue?: {
    rankJobs: number;
    failedJobs: number;
    maxBacklog: number;
    meanRunMs: { score: number; rank: number };
    /** Over the score jobs still in the completed set: mark stored → job added / done, and how many were done during the burst. */
    sampled: number;
    doneDuringBurst: number;
    /** The jobs done after the last answer, and how long after it the last one was done. */
    catchUp: { jobs: number; spanMs: number };
    addedP50: number;
    addedP99: number;
    doneP50: number;
    doneP99: number;
  };
  probe: ProbeReport;
}

interface BenchServer {
  server: ServerUnderTest;
  sqliteFile: string;
  prepared: PreparedTrade;
  /** One client per judge, with its own tablet id. */
  tablets: Map<string, ContestApi>;
}

/** The bench trade in a fresh store, the server on it, the panel, the contestants and their lots; the tablets connected. */
async function startBenchServer(
  profile: Profile,
  options: Options,
  dir: string,
  prefix: string,
  started: (server: ServerUnderTest) => void,
): Promise<BenchServer> {
  const sqliteFile = join(dir, 'jiangxin.sqlite');
  await writeBenchTrade(sqliteFile);
  console.log(
    `[${profile}] Starting the server${profile === 'bullmq' ? ` (BullMQ on ${new URL(options.redisUrl).host}, queue prefix ${prefix})` : ' (inline jobs, no Redis)'}…`,
  );
  // The server process takes its environment from this one: the queue prefix of this run.
  process.env.QUEUE_PREFIX = prefix;
  const server = await ServerUnderTest.start({ sqliteFile, ...(profile === 'bullmq' ? { redisUrl: options.redisUrl } : {}) });
  started(server);
  const api = new ContestApi(server.url, { maxInFlight: 12, timeoutMs: 30_000 });

  console.log(`[${profile}] Panel, ${options.contestants} contestants, lots…`);
  const prepared = await withTimeout(
    (async () => {
      await setUpPanel(api);
      const [one] = await prepareTrades(api, { trades: [TRADE_ID], contestantsPerTrade: options.contestants, seed: options.seed });
      return one!;
    })(),
    SETUP_TIMEOUT_MS,
    'the setup',
  );
  if (prepared.competitors.length !== options.contestants)
    throw new Error(`${prepared.competitors.length} competitors drawn, ${options.contestants} asked for`);
  const tablets = new Map(
    prepared.judges.map((judge) => [
      judge,
      new ContestApi(server.url, { maxInFlight: options.inFlight, timeoutMs: 60_000, deviceId: `tablet-${judge}` }),
    ]),
  );
  await Promise.all([...tablets].map(([judge, tablet]) => tablet.login(judge)));
  // The tablets are connected before the burst (keep-alive connections, as at a venue): opening 64
  // connections inside the timed window would measure connection set-up, not marking.
  await openConnections(tablets, options.inFlight);
  return { server, sqliteFile, prepared, tablets };
}

/** Posts the marks, `inFlight` at a time; answers the accepted ones and the refusals by message. */
async function postBurst(
  burst: readonly PlannedMark[],
  tablets: ReadonlyMap<string, ContestApi>,
  inFlight: number,
): Promise<{ acks: Ack[]; errors: Map<string, number> }> {
  const errors = new Map<string, number>();
  const acks: Ack[] = [];
  await mapLimited(new Limiter(inFlight), burst, async (mark) => {
    const sentAt = performance.now();
    try {
      const answer = await tablets.get(mark.judge)!.postMark(mark);
      acks.push({
        judge: mark.judge,
        competitorNumber: mark.competitorNumber,
        revision: answer.revision,
        sentAt,
        answeredAt: performance.now(),
      });
    } catch (error) {
      const key = error instanceof ApiError ? `${error.status} ${error.serverMessage.replace(/\d+/g, 'N').slice(0, 140)}` : String(error);
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
  });
  return { acks, errors };
}

async function runProfile(profile: Profile, options: Options): Promise<ProfileReport> {
  const dir = mkdtempSync(join(os.tmpdir(), `jiangxin-bench-scoring-${profile}-`));
  const prefix = `bench-scoring-${process.pid}-${Date.now()}`;
  let server: ServerUnderTest | undefined;
  let timeline: BoardTimeline | undefined;
  let watch: QueueWatch | undefined;
  let reader: StoreReader | undefined;
  const killOnExit = () => server?.killNow();
  process.once('exit', killOnExit);
  try {
    const bench = await startBenchServer(profile, options, dir, prefix, (s) => (server = s));
    const burst = planBurst(bench.prepared, options.marks, options.seed);
    timeline = await BoardTimeline.join(bench.server.url, TRADE_ID);
    if (profile === 'bullmq') watch = await QueueWatch.start(options.redisUrl, prefix);
    reader = new StoreReader(bench.sqliteFile);
    // The draw's own ranking (after LotsDrawn) is done before the burst starts.
    await sleep(500);
    const headBefore = reader.head();
    const metricsBefore = await jobMetrics(bench.server.url);

    console.log(`[${profile}] Burst: ${burst.length} marks by ${bench.prepared.judges.length} judges, ${options.inFlight} in flight…`);
    await bench.server.probe('probe:reset', 'probe:reset:done');
    watch?.sampleBacklog(100);
    const started = performance.now();
    const startedEpoch = Date.now();
    const { acks, errors } = await postBurst(burst, bench.tablets, options.inFlight);
    const lastAckAt = performance.now();
    const lastAckEpoch = startedEpoch + (lastAckAt - started);
    if (options.traceFile) writeTrace(`${options.traceFile}.${profile}.csv`, acks, started);
    console.log(`[${profile}]   ${acks.length} accepted in ${seconds(lastAckAt - started)}; waiting for the board to settle…`);

    // Every sheet is final now: what the board must show.
    const expected = reader.expectedBoard(TRADE_ID);
    const deadline = lastAckAt + options.settleTimeoutMs;
    while (timeline.mismatches(expected) > 0 && performance.now() < deadline) await sleep(POLL_MS);
    const matched = timeline.mismatches(expected) === 0;
    // Then until the jobs have drained (nothing may change the board after this), within the same deadline.
    if (matched) await waitQuiet(timeline, watch, deadline);
    const settledAt = matched ? timeline.settledSince(expected) : undefined;
    const probe = await bench.server.probe<ProbeReport>('probe:report', 'probe:report');
    const finalChecks = await finalChecksOf(bench.server.url, reader, expected, timeline);

    const results = reader.span(streams.results(TRADE_ID), 'ResultCalculated', headBefore);
    const latencies = acks.map((a) => a.answeredAt - a.sentAt);
    const report: ProfileReport = {
      profile,
      marksAccepted: acks.length,
      errors,
      burstMs: lastAckAt - started,
      latency: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies) },
      ...(settledAt !== undefined
        ? { settleMs: settledAt - started, afterLastAckMs: Math.max(0, settledAt - lastAckAt) }
        : { mismatchesAtTimeout: timeline.mismatches(expected) }),
      finalChecks,
      completeSheets: expected.completeSheets,
      deltas: timeline.changes.filter((c) => c.at >= started).length,
      versionGaps: timeline.versionGaps,
      results: {
        written: results.count,
        duringBurst: reader.countRecordedBy(streams.results(TRADE_ID), 'ResultCalculated', headBefore, lastAckEpoch),
      },
      tradeRanked: reader.countAfter(streams.ranking(TRADE_ID), 'TradeRanked', headBefore),
      // Inline, a scoring job runs for every mark as the dispatcher reads it; its end is seen only when it writes a result.
      scoring: {
        jobs: reader.span(`scoresheet-${TRADE_ID}-`, 'MarkSubmitted', headBefore).count,
        spanMs: results.last - startedEpoch,
        basis: 'last result written',
      },
      probe,
    };
    if (watch) {
      const metricsAfter = await jobMetrics(bench.server.url);
      const delta = (key: string) => metricDelta(metricsBefore, metricsAfter, key);
      const markTimes = reader.markTimes(TRADE_ID);
      const lags = (await watch.scoreJobTimes()).flatMap((job) => {
        const stored = markTimes.get(`${job.competitorNumber}/${job.revision}`);
        return stored === undefined ? [] : [{ stored, added: job.added, finished: job.finished }];
      });
      const scoreJobs = delta('score-contestant/completed/count');
      const rankJobs = delta('rank-trade/completed/count');
      report.scoring = { jobs: scoreJobs, spanMs: Math.max(...lags.map((l) => l.finished)) - startedEpoch, basis: 'last job done' };
      report.queue = {
        rankJobs,
        failedJobs: delta('score-contestant/failed/count') + delta('rank-trade/failed/count'),
        maxBacklog: watch.maxBacklog,
        meanRunMs: {
          score: (delta('score-contestant/completed/sum') / scoreJobs) * 1000,
          rank: (delta('rank-trade/completed/sum') / rankJobs) * 1000,
        },
        sampled: lags.length,
        doneDuringBurst: lags.filter((l) => l.finished <= lastAckEpoch).length,
        catchUp: {
          jobs: lags.filter((l) => l.finished > lastAckEpoch).length,
          spanMs: Math.max(...lags.map((l) => l.finished)) - lastAckEpoch,
        },
        addedP50: percentile(
          lags.map((l) => l.added - l.stored),
          50,
        ),
        addedP99: percentile(
          lags.map((l) => l.added - l.stored),
          99,
        ),
        doneP50: percentile(
          lags.map((l) => l.finished - l.stored),
          50,
        ),
        doneP99: percentile(
          lags.map((l) => l.finished - l.stored),
          99,
        ),
      };
    }
    return report;
  } finally {
    reader?.close();
    timeline?.close();
    await watch?.close().catch(() => undefined);
    await server?.stop();
    process.off('exit', killOnExit);
    if (options.keepData) {
      console.log(`[${profile}] Server data kept in ${dir}${profile === 'bullmq' ? `, the queue's keys in Redis under ${prefix}:*` : ''}`);
    } else {
      rmSync(dir, { recursive: true, force: true });
      if (profile === 'bullmq')
        await removeQueueKeys(options.redisUrl, prefix).catch((e) => console.error(`Could not remove the queue keys ${prefix}:*: ${e}`));
    }
  }
}

/** `count` requests at once (a judge's aspects, a cheap read), so that many keep-alive connections are open. */
async function openConnections(tablets: ReadonlyMap<string, ContestApi>, count: number): Promise<void> {
  const judges = [...tablets.keys()];
  await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const judge = judges[i % judges.length]!;
      return tablets.get(judge)!.getAs(judge, `/api/trades/${TRADE_ID}/my-aspects`);
    }),
  );
}

function writeTrace(file: string, acks: readonly Ack[], started: number): void {
  const lines = acks.map(
    (a) => `${a.judge},${a.competitorNumber},${a.revision},${(a.sentAt - started).toFixed(1)},${(a.answeredAt - started).toFixed(1)}`,
  );
  writeFileSync(file, `${['judge,competitor,revision,sentMs,answeredMs', ...lines].join('\n')}\n`);
  console.log(`[trace] ${file}`);
}

/** Waits until no job has been pending for 300 ms (BullMQ) or no delta came for QUIET_MS (inline), or the deadline. */
async function waitQuiet(timeline: BoardTimeline, watch: QueueWatch | undefined, deadline: number): Promise<void> {
  let idleSince: number | undefined;
  while (performance.now() < deadline) {
    if (!watch) {
      if (performance.now() - timeline.lastChangeAt >= QUIET_MS) return;
    } else if ((await watch.backlog()) > 0) {
      idleSince = undefined;
    } else if (performance.now() - (idleSince ??= performance.now()) >= 300) {
      return;
    }
    await sleep(watch ? 100 : POLL_MS);
  }
}

/** The public results and board over HTTP, and the trade's latest ranking in the store, against the expected board. */
async function finalChecksOf(baseUrl: string, reader: StoreReader, expected: ExpectedBoard, timeline: BoardTimeline): Promise<string[]> {
  const api = new ContestApi(baseUrl);
  const problems: string[] = [];
  const mismatched = timeline.mismatches(expected);
  if (mismatched > 0) problems.push(`${mismatched} rows of the live board differ from the final sheets`);
  const board = await api.board(TRADE_ID);
  const wrongRows = [...expected.rows].filter(([n, want]) => {
    const row = board.rows.find((r) => r.competitorNumber === n);
    return !row || !rowMatches(row, want);
  });
  if (wrongRows.length > 0) problems.push(`GET /board: ${wrongRows.length} rows differ`);
  const results = await api.getAs<ApiSchemas['TradeResultsView']>(undefined, `/api/trades/${TRADE_ID}/results`);
  const wrongResults = [...expected.rows].filter(([n, want]) => {
    const row = results.rows.find((r) => r.competitorNumber === n);
    return !row || row.total !== want.total || row.rank !== want.rank || row.prize !== want.prize;
  });
  if (wrongResults.length > 0) problems.push(`GET /results: ${wrongResults.length} rows differ`);
  const latest = reader.latestRanking(TRADE_ID);
  if (!latest || !sameStandings(latest, expected.standings))
    problems.push("the trade's latest TradeRanked differs from the ranking of the final results");
  return problems;
}

// =============================================================================================
// Report
// =============================================================================================

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const msText = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function table(reports: readonly ProfileReport[], options: Options): string {
  const header = reports.map((r) => (r.profile === 'bullmq' ? 'BullMQ on local Redis' : 'inline (no Redis)'));
  const queue = (f: (q: NonNullable<ProfileReport['queue']>) => string) => (r: ProfileReport) => (r.queue ? f(r.queue) : 'n/a');
  const rows: Array<[string, (r: ProfileReport) => string]> = [
    ['marks accepted (refused)', (r) => `${int(r.marksAccepted)} (${int([...r.errors.values()].reduce((a, b) => a + b, 0))})`],
    [
      'burst: first mark sent → last answer',
      (r) => `${seconds(r.burstMs)}: **${int(r.marksAccepted / (r.burstMs / 1000))} marks accepted/s**`,
    ],
    ['mark → answer p50 / p99 / max', (r) => `${msText(r.latency.p50)} / ${msText(r.latency.p99)} / ${msText(r.latency.max)}`],
    [
      'board settled, from the first mark',
      (r) =>
        r.settleMs !== undefined
          ? `**${seconds(r.settleMs)}** (${msText(r.afterLastAckMs!)} after the last answer)`
          : `**not settled** within ${options.settleTimeoutMs / 1000} s of the last answer (${r.mismatchesAtTimeout} rows wrong)`,
    ],
    ['re-rank jobs run (rank-trade, BullMQ)', queue((q) => `**${int(q.rankJobs)}**`)],
    ['re-ranks recorded (TradeRanked: the standings changed)', (r) => `**${int(r.tradeRanked)}**`],
    [
      'ranking requests (one per result written); coalesced away',
      (r) => `${int(r.results.written)}; ${r.queue ? int(r.results.written - r.queue.rankJobs) : 'n/a'}`,
    ],
    [
      'scoring jobs / s',
      (r) =>
        `**${int(r.scoring.jobs / (r.scoring.spanMs / 1000))}** (${int(r.scoring.jobs)} jobs, first mark → ${r.scoring.basis} ${seconds(r.scoring.spanMs)})`,
    ],
    [
      'results written (ResultCalculated), of which before the last answer',
      (r) => `${int(r.results.written)}, ${int(r.results.duringBurst)}`,
    ],
    [
      'score jobs done before the last answer; after it',
      queue(
        (q) =>
          `${int(q.doneDuringBurst)} of ${int(q.sampled)}; ${int(q.catchUp.jobs)} in ${seconds(q.catchUp.spanMs)} (${int(q.catchUp.jobs / (q.catchUp.spanMs / 1000))} jobs/s)`,
      ),
    ],
    [
      'mark stored → its score job enqueued p50 / p99; → done p50 / p99',
      queue((q) => `${seconds(q.addedP50)} / ${seconds(q.addedP99)}; ${seconds(q.doneP50)} / ${seconds(q.doneP99)}`),
    ],
    [
      'mean run time score / rank job; jobs waiting at most; failed',
      queue((q) => `${msText(q.meanRunMs.score)} / ${msText(q.meanRunMs.rank)}; ${int(q.maxBacklog)}; ${int(q.failedJobs)}`),
    ],
    ['board deltas to a spectator (version gaps)', (r) => `${int(r.deltas)} (${r.versionGaps})`],
    [
      'server CPU (of one core), event-loop delay p99 / max, RSS peak',
      (r) =>
        `${(r.probe.cpuShareOfOneCore * 100).toFixed(0)} %, ${msText(r.probe.eventLoopDelayMs.p99)} / ${msText(r.probe.eventLoopDelayMs.max)}, ${mib(r.probe.rssBytes.peakInWindow)}`,
    ],
    [
      'final checks (live board, GET /board, GET /results, latest TradeRanked)',
      (r) => (r.finalChecks.length === 0 ? 'all equal the final sheets' : r.finalChecks.join('; ')),
    ],
  ];
  return [
    `| figure | ${header.join(' | ')} |`,
    `|---|${reports.map(() => '---').join('|')}|`,
    ...rows.map(([name, f]) => `| ${name} | ${reports.map(f).join(' | ')} |`),
  ].join('\n');
}

// =============================================================================================
// Main
// =============================================================================================

function parseOptions(argv: readonly string[]): Options {
  const flags = parseFlags(argv);
  const profile = flags.get('profile') ?? 'both';
  if (!['both', 'bullmq', 'inline'].includes(profile)) throw new Error(`--profile is both, bullmq or inline, got ${profile}`);
  const redisUrl = flags.get('redis') ?? 'redis://127.0.0.1:6379';
  const host = new URL(redisUrl).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`--redis must point to loopback (127.0.0.1), got ${host}`);
  return {
    marks: numberFlag(flags, 'marks', 10_000),
    contestants: numberFlag(flags, 'contestants', 60),
    inFlight: numberFlag(flags, 'in-flight', 64),
    seed: numberFlag(flags, 'seed', 1),
    profiles: profile === 'both' ? ['bullmq', 'inline'] : [profile as Profile],
    redisUrl,
    settleTimeoutMs: numberFlag(flags, 'settle-timeout', 60) * 1000,
    keepData: flags.has('keep-data'),
    traceFile: flags.get('trace'),
  };
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms / 1000} s`)), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const perSheet = MODULES.length * (JUDGEMENT_PER_MODULE * JUDGES + MEASUREMENT_PER_MODULE);
  console.log(
    `bench:scoring — ${int(options.marks)} marks in a burst to one trade of ${options.contestants} contestants ` +
      `(panel of ${JUDGES}, ${MODULES.length * (JUDGEMENT_PER_MODULE + MEASUREMENT_PER_MODULE)} aspects, ${perSheet} marks per complete sheet), ${options.inFlight} in flight`,
  );
  const reports: ProfileReport[] = [];
  for (const profile of options.profiles) {
    const report = await runProfile(profile, options);
    reports.push(report);
    for (const [error, n] of report.errors) console.log(`[${profile}]   refused ${n}×: ${error}`);
  }
  const cities = new Set(CITIES.map((c) => c.id)).size;
  console.log(
    [
      '',
      `### Scoring burst (${new Date().toISOString().slice(0, 10)})`,
      '',
      `Machine: ${machineDescription()}. One server process (SQLite WAL, synchronous=FULL; the worker in the same process), load generator on the same machine; ` +
        `\`npm run bench:scoring\`, seed ${options.seed}. ${int(options.marks)} marks by ${JUDGES} judges to ${options.contestants} contestants from ${cities} cities, ` +
        `${options.inFlight} requests in flight; ${reports[0]?.completeSheets ?? 0} sheets complete at the end.`,
      '',
      table(reports, options),
      '',
    ].join('\n'),
  );
  const ok = reports.every((r) => r.settleMs !== undefined && r.finalChecks.length === 0 && r.errors.size === 0);
  if (!ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
