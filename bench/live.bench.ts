/**
 * Live-board benchmark: how long after a judge's mark is answered do spectators see its effect?
 *
 *   npm run bench:live -- [--duration 60] [--rate 100] [--spectators 1000] [--boards 20]
 *                         [--contestants N (auto)] [--seed 1] [--redis redis://127.0.0.1:6379/5]
 *                         [--trace marks.csv] [--keep-data] [--backup-every <minutes>] [--cpu-prof <folder>]
 *
 * It starts the built server itself (fresh SQLite file, BullMQ on a Redis database it empties first,
 * a free port on 127.0.0.1), prepares the boards, connects the spectators (one socket per board in
 * this thread measures latency; the others run in a worker thread and count deltas), then judges post
 * marks open-loop at a fixed rate. Latency of a mark = time from its HTTP answer to the first delta on
 * its board whose row for that competitor has sheetRevision ≥ the mark's revision. Only the marks that
 * complete an aspect (a measurement, or the last of a judgement panel's marks) are measured: the others
 * change no score (a blind aspect counts only once its panel is complete), so no delta follows them.
 * --backup-every turns the server's scheduled backup on (BACKUP_DIR in the run's folder, every so
 * many minutes, e.g. 0.1): the report then says how many backups ran during the marking and how long each took.
 * --cpu-prof profiles the server's main thread during the marking window (V8's sampling profiler, as
 * `node --cpu-prof`, but not the start and demo seeding), writes `<folder>/server-window.cpuprofile` and
 * prints where the CPU went per completing mark, by category and by function.
 * The report gives the server's CPU (user + system, every thread) per 1,000 completing marks: the figure
 * to compare between commits, less sensitive to a noisy machine than the latency percentiles.
 * Loopback only; every loop is bounded; the server is stopped at the end, also on failure.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import {
  ApiError,
  ContestApi,
  fixedRateOffset,
  marksPerCompetitor,
  numberFlag,
  paceOpenLoop,
  parseFlags,
  planTradeMarks,
  prepareTrades,
  roundRobin,
  sleep,
  type BoardRow,
  type BoardSnapshot,
  type PlannedMark,
  type PreparedTrade,
  type TradeDefinitionView,
} from '../scripts/lib/contest-driver.js';
import { type BackupManifest, listBackups, MANIFEST_FILE } from '#event-store';
import { categoryTable, profileTable, summariseProfile } from './cpu-profile.js';
import { CPU_PROF_ENV, DELAY_RESOLUTION_MS, delayMs, type ProbeReport } from './server-probe.js';
import { machineDescription, ServerUnderTest } from './server-process.js';

const TARGET_P99_MS = 100;
/** Realistic board size (30–60 contestants per trade) even when fewer would give enough marks. */
const MIN_CONTESTANTS_PER_TRADE = 30;
/** Marks planned beyond what the run posts, so no board runs dry. */
const MARKS_HEADROOM = 1.25;
/** After the last answer, how long a mark's delta may still take before it counts as missing. */
const DRAIN_TIMEOUT_MS = 10_000;
/** Marks in flight at most; beyond that a scheduled mark is skipped and counted (the server is saturated). */
const MAX_MARKS_IN_FLIGHT = 1000;
const SPECTATOR_CONNECT_BATCH = 50;
const SPECTATOR_JOIN_TIMEOUT_MS = 30_000;

interface BenchOptions {
  durationS: number;
  rate: number;
  spectators: number;
  boards: number;
  contestants?: number;
  seed: number;
  redisUrl: string;
  /** Writes one CSV line per mark (send time, answer time, latency), to find when the slow ones happen. */
  traceFile?: string;
  /** Keeps the server's SQLite file (its path is printed) for a look at the events afterwards. */
  keepData: boolean;
  /** The scheduled backup every so many minutes (undefined: off). */
  backupEveryMinutes?: number;
  /** Profiles the server's main thread during the marking window into this folder. */
  cpuProf?: string;
}

// =============================================================================================
// Options and safety
// =============================================================================================

function parseOptions(argv: readonly string[]): BenchOptions {
  const flags = parseFlags(argv);
  const options: BenchOptions = {
    durationS: numberFlag(flags, 'duration', 60, { integer: false }),
    rate: numberFlag(flags, 'rate', 100, { integer: false }),
    spectators: numberFlag(flags, 'spectators', 1000),
    boards: numberFlag(flags, 'boards', 20),
    contestants: flags.has('contestants') ? numberFlag(flags, 'contestants', 1) : undefined,
    seed: numberFlag(flags, 'seed', 1),
    redisUrl: flags.get('redis') ?? 'redis://127.0.0.1:6379/5',
    traceFile: flags.get('trace'),
    keepData: flags.has('keep-data'),
    backupEveryMinutes: flags.has('backup-every') ? numberFlag(flags, 'backup-every', 1, { integer: false }) : undefined,
    cpuProf: flags.get('cpu-prof'),
  };
  assertLoopback(options.redisUrl, '--redis');
  if (options.spectators < options.boards) throw new Error('--spectators must be at least --boards (one measuring socket per board)');
  return options;
}

function assertLoopback(url: string, what: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`${what} must point to loopback (127.0.0.1), got ${host}`);
}

// =============================================================================================
// The server under test
// =============================================================================================

/** Empties the benchmark's Redis database (BullMQ keys of earlier runs) and answers Redis's version. */
async function resetRedis(redisUrl: string): Promise<string> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 3000 });
  try {
    await redis.connect();
    await redis.flushdb();
    const info = await redis.info('server');
    return /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
  } finally {
    redis.disconnect();
  }
}

// =============================================================================================
// Spectators
// =============================================================================================

const LIVE = { join: 'board:join', snapshot: 'board:snapshot', delta: 'board:delta', error: 'board:error' } as const;

const connectSpectator = (url: string) =>
  io(`${url}/live`, { transports: ['websocket'], reconnection: false, forceNew: true, timeout: 10_000 });

/** Deltas seen by a group of sockets: counted inside a window; version gaps show lost or reordered deltas. */
class DeltaCounter {
  deltas = 0;
  rows = 0;
  versionGaps = 0;
  disconnects = 0;
  private counting = false;

  /** Follows one socket's deltas (`version` must be the previous one + 1). */
  follow(socket: Socket, onRows?: (rows: readonly BoardRow[]) => void): void {
    let version: number | undefined;
    socket.on(LIVE.snapshot, (snapshot: BoardSnapshot) => {
      version = snapshot.version;
      onRows?.(snapshot.rows);
    });
    socket.on(LIVE.delta, (delta: BoardSnapshot) => {
      if (version !== undefined && delta.version !== version + 1) this.versionGaps += 1;
      version = delta.version;
      if (this.counting) {
        this.deltas += 1;
        this.rows += delta.rows.length;
      }
      onRows?.(delta.rows);
    });
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') this.disconnects += 1;
    });
  }

  startWindow(): void {
    this.counting = true;
    this.deltas = 0;
    this.rows = 0;
  }

  stopWindow(): SpectatorCounts {
    this.counting = false;
    return { deltas: this.deltas, rows: this.rows, versionGaps: this.versionGaps, disconnects: this.disconnects };
  }
}

interface SpectatorCounts {
  deltas: number;
  rows: number;
  versionGaps: number;
  disconnects: number;
}

/** Connects and joins in batches; answers the sockets that got their board's snapshot. */
async function connectAndJoin(url: string, boards: readonly string[], count: number, counter: DeltaCounter): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let first = 0; first < count; first += SPECTATOR_CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(SPECTATOR_CONNECT_BATCH, count - first) }, (_, i) => boards[(first + i) % boards.length]!);
    sockets.push(...(await Promise.all(batch.map((board) => joinBoard(url, board, counter)))));
  }
  return sockets;
}

function joinBoard(url: string, board: string, counter: DeltaCounter, onRows?: (rows: readonly BoardRow[]) => void): Promise<Socket> {
  const socket = connectSpectator(url);
  counter.follow(socket, onRows);
  return new Promise((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`No snapshot of ${board} within ${SPECTATOR_JOIN_TIMEOUT_MS / 1000} s`)),
      SPECTATOR_JOIN_TIMEOUT_MS,
    );
    socket.once(LIVE.snapshot, () => (clearTimeout(timer), ok(socket)));
    socket.once(LIVE.error, (e: { message: string }) => (clearTimeout(timer), fail(new Error(e.message))));
    socket.once('connect_error', (e) => (clearTimeout(timer), fail(e)));
    socket.on('connect', () => socket.emit(LIVE.join, { board }));
  });
}

/** The worker thread: most spectators live here, so parsing their deltas does not delay the measuring thread. */
async function runSpectatorWorker(data: { url: string; boards: string[]; count: number }): Promise<void> {
  const port = parentPort!;
  const counter = new DeltaCounter();
  let sockets: Socket[] = [];
  port.on('message', (message: { type: string }) => {
    if (message.type === 'window:start') counter.startWindow();
    if (message.type === 'window:stop') port.postMessage({ type: 'counts', ...counter.stopWindow() });
    if (message.type === 'close') {
      for (const socket of sockets) socket.close();
      port.postMessage({ type: 'closed' });
      port.close();
    }
  });
  try {
    sockets = await connectAndJoin(data.url, data.boards, data.count, counter);
    port.postMessage({ type: 'ready', joined: sockets.length });
  } catch (error) {
    port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** The worker thread's spectators, seen from the main thread. */
class SpectatorCrowd {
  private constructor(private readonly worker: Worker) {}

  static async start(url: string, boards: string[], count: number): Promise<SpectatorCrowd> {
    const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'spectators', url, boards, count } });
    const crowd = new SpectatorCrowd(worker);
    if (count === 0) return crowd;
    const reply = await crowd.next<{ type: string; message?: string }>(['ready', 'failed'], SPECTATOR_JOIN_TIMEOUT_MS * 2);
    if (reply.type === 'failed') throw new Error(`Spectators could not join: ${reply.message}`);
    return crowd;
  }

  startWindow(): void {
    this.worker.postMessage({ type: 'window:start' });
  }

  async stopWindow(): Promise<SpectatorCounts> {
    this.worker.postMessage({ type: 'window:stop' });
    return this.next<SpectatorCounts>(['counts'], 10_000);
  }

  async close(): Promise<void> {
    this.worker.postMessage({ type: 'close' });
    await this.next(['closed'], 5000).catch(() => undefined);
    await this.worker.terminate();
  }

  private next<T>(types: string[], timeoutMs: number): Promise<T> {
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => done(() => fail(new Error(`The spectator worker did not answer ${types.join('/')}`))), timeoutMs);
      const onMessage = (message: { type: string }) => types.includes(message.type) && done(() => ok(message as T));
      const onError = (error: Error) => done(() => fail(error));
      const done = (settle: () => void) => {
        clearTimeout(timer);
        this.worker.off('message', onMessage).off('error', onError);
        settle();
      };
      this.worker.on('message', onMessage).on('error', onError);
    });
  }
}

// =============================================================================================
// Latency: mark answered → its effect on the board
// =============================================================================================

/** One accepted mark, from its send to the delta that showed it (times from performance.now()). */
interface MarkTrace {
  tradeId: string;
  competitorNumber: number;
  revision: number;
  sentAt: number;
  answeredAt: number;
  /** When the measuring socket showed a row with sheetRevision ≥ revision; the answer time if the delta came first. */
  shownAt?: number;
  shownBeforeAnswer?: boolean;
}

/** One board as the measuring socket sees it: the newest sheet revision per competitor and the marks waiting for it. */
class BoardWatch {
  private readonly shown = new Map<number, number>();
  private readonly waiting = new Map<number, MarkTrace[]>();
  pending = 0;

  seeRows(rows: readonly BoardRow[]): void {
    const now = performance.now();
    for (const { competitorNumber, sheetRevision } of rows) {
      if (sheetRevision <= (this.shown.get(competitorNumber) ?? -1)) continue;
      this.shown.set(competitorNumber, sheetRevision);
      const waiters = this.waiting.get(competitorNumber);
      if (!waiters) continue;
      const stillWaiting = waiters.filter((trace) => trace.revision > sheetRevision);
      for (const trace of waiters) if (trace.revision <= sheetRevision) trace.shownAt = now;
      this.pending -= waiters.length - stillWaiting.length;
      if (stillWaiting.length > 0) this.waiting.set(competitorNumber, stillWaiting);
      else this.waiting.delete(competitorNumber);
    }
  }

  markAnswered(trace: MarkTrace): void {
    if ((this.shown.get(trace.competitorNumber) ?? -1) >= trace.revision) {
      trace.shownAt = trace.answeredAt; // the delta overtook the HTTP answer
      trace.shownBeforeAnswer = true;
      return;
    }
    const waiters = this.waiting.get(trace.competitorNumber) ?? [];
    waiters.push(trace);
    this.waiting.set(trace.competitorNumber, waiters);
    this.pending += 1;
  }
}

class LatencyRecorder {
  readonly traces: MarkTrace[] = [];
  readonly watches = new Map<string, BoardWatch>();

  watch(tradeId: string): BoardWatch {
    const watch = new BoardWatch();
    this.watches.set(tradeId, watch);
    return watch;
  }

  answered(trace: MarkTrace): void {
    this.traces.push(trace);
    this.watches.get(trace.tradeId)!.markAnswered(trace);
  }

  get pending(): number {
    let n = 0;
    for (const watch of this.watches.values()) n += watch.pending;
    return n;
  }

  /** Answer → shown, in ms, of the marks that were shown. */
  get samples(): number[] {
    return this.traces.flatMap((t) => (t.shownAt === undefined ? [] : [t.shownAt - t.answeredAt]));
  }

  get shownBeforeAnswer(): number {
    return this.traces.filter((t) => t.shownBeforeAnswer).length;
  }

  /** One CSV line per mark, times in ms from `origin`. */
  toCsv(origin: number): string {
    const at = (t: number | undefined) => (t === undefined ? '' : (t - origin).toFixed(1));
    const lines = this.traces.map(
      (t) =>
        `${at(t.sentAt)},${at(t.answeredAt)},${at(t.shownAt)},${t.shownAt === undefined ? '' : (t.shownAt - t.answeredAt).toFixed(1)},${t.tradeId},${t.competitorNumber},${t.revision}`,
    );
    return `${['sent_ms,answered_ms,shown_ms,latency_ms,trade,competitor,revision', ...lines].join('\n')}\n`;
  }
}

/** One measuring socket per board, in this thread. */
async function watchBoards(
  url: string,
  trades: readonly PreparedTrade[],
  recorder: LatencyRecorder,
  counter: DeltaCounter,
): Promise<Socket[]> {
  return Promise.all(
    trades.map(async ({ trade }) => {
      const watch = recorder.watch(trade.id);
      return joinBoard(url, `trade:${trade.id}`, counter, (rows) => watch.seeRows(rows));
    }),
  );
}

// =============================================================================================
// The load
// =============================================================================================

interface MarkingOutcome {
  offered: number;
  accepted: number;
  /** Accepted marks that completed an aspect: the ones whose delta is measured. */
  completing: number;
  errors: Map<string, number>;
  answerMs: number[];
  skippedOverloaded: number;
  maxSendLatenessMs: number;
  loadMs: number;
}

async function postMarksOpenLoop(
  api: ContestApi,
  marks: readonly PlannedMark[],
  options: BenchOptions,
  recorder: LatencyRecorder,
  completesAspect: (mark: PlannedMark) => boolean,
): Promise<MarkingOutcome> {
  const count = Math.round(options.rate * options.durationS);
  const outcome: MarkingOutcome = {
    offered: count,
    accepted: 0,
    completing: 0,
    errors: new Map(),
    answerMs: [],
    skippedOverloaded: 0,
    maxSendLatenessMs: 0,
    loadMs: 0,
  };
  const markingApi = api.withMaxInFlight(MAX_MARKS_IN_FLIGHT * 2);
  const pending = new Set<Promise<void>>();
  const started = performance.now();

  const send = (index: number) => {
    const mark = marks[index]!;
    const sentAt = performance.now();
    const request = markingApi
      .postMark(mark)
      .then((answer) => {
        const answeredAt = performance.now();
        outcome.accepted += 1;
        outcome.answerMs.push(answeredAt - sentAt);
        if (completesAspect(mark)) {
          outcome.completing += 1;
          recorder.answered({
            tradeId: mark.tradeId,
            competitorNumber: mark.competitorNumber,
            revision: answer.revision,
            sentAt,
            answeredAt,
          });
        }
      })
      .catch((error: unknown) => {
        const reason =
          error instanceof ApiError ? `${error.status} ${error.serverMessage.replace(/\d+/g, 'N')}` : `network: ${String(error)}`;
        outcome.errors.set(reason, (outcome.errors.get(reason) ?? 0) + 1);
      })
      .finally(() => pending.delete(request));
    pending.add(request);
  };

  const pacing = await paceOpenLoop({
    count,
    offsetMs: fixedRateOffset(options.rate),
    send,
    inFlight: () => pending.size,
    maxInFlight: MAX_MARKS_IN_FLIGHT,
  });
  await Promise.all(pending);
  outcome.loadMs = performance.now() - started;
  outcome.skippedOverloaded = pacing.skippedOverloaded;
  outcome.maxSendLatenessMs = pacing.maxLatenessMs;
  return outcome;
}

async function drain(recorder: LatencyRecorder): Promise<number> {
  const deadline = performance.now() + DRAIN_TIMEOUT_MS;
  while (recorder.pending > 0 && performance.now() < deadline) await sleep(20);
  return recorder.pending;
}

function contestantsPerTrade(options: BenchOptions): (trade: TradeDefinitionView) => number {
  const marksPerBoard = (options.rate * options.durationS * MARKS_HEADROOM) / options.boards;
  return (trade) => {
    const needed = Math.ceil(marksPerBoard / marksPerCompetitor(trade, trade.panelSize));
    return options.contestants ?? Math.max(MIN_CONTESTANTS_PER_TRADE, needed);
  };
}

/** Counts the answered marks per sheet and aspect: true for the one that completes the aspect. */
function aspectCompletion(trades: readonly PreparedTrade[]): (mark: PlannedMark) => boolean {
  const needed = new Map<string, number>();
  for (const { trade } of trades) {
    for (const aspect of trade.scheme.subCriteria.flatMap((s) => s.aspects))
      needed.set(`${trade.id}|${aspect.id}`, aspect.type === 'measurement' ? 1 : trade.panelSize);
  }
  const answered = new Map<string, number>();
  return (mark) => {
    const key = `${mark.tradeId}|${mark.competitorNumber}|${mark.aspectId}`;
    const count = (answered.get(key) ?? 0) + 1;
    answered.set(key, count);
    return count === needed.get(`${mark.tradeId}|${mark.aspectId}`);
  };
}

function planAllMarks(trades: readonly PreparedTrade[], options: BenchOptions): PlannedMark[] {
  const perBoard = trades.map((t) => planTradeMarks(t, options.seed));
  const needPerBoard = Math.ceil((options.rate * options.durationS) / options.boards);
  const short = trades.filter((_, i) => perBoard[i]!.length < needPerBoard);
  if (short.length > 0) {
    throw new Error(
      `Not enough marks: ${short.map((t) => t.trade.id).join(', ')} would run out before ${needPerBoard} marks; raise --contestants`,
    );
  }
  return roundRobin(perBoard);
}

// =============================================================================================
// Report
// =============================================================================================

interface Results {
  options: BenchOptions;
  competitors: number;
  outcome: MarkingOutcome;
  latency: number[];
  visibleBeforeAnswer: number;
  missing: number;
  deltas: SpectatorCounts;
  windowMs: number;
  server: ProbeReport;
  benchLoopDelayP99Ms: number;
  serverLogLines: number;
  redisVersion: string;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const perSecond = (n: number, windowMs: number) => (n / (windowMs / 1000)).toFixed(1);

const machine = (redisVersion: string) => `${machineDescription()}, Redis ${redisVersion}`;

/** The server's CPU time (user + system) during the marking window per 1,000 completing marks, in seconds. */
function cpuSecondsPer1000Marks(r: Results): number {
  return (r.server.cpuMicros.user + r.server.cpuMicros.system) / 1e6 / (r.outcome.completing / 1000);
}

function verdict(r: Results): { pass: boolean; p99: number; why: string } {
  const sorted = [...r.latency].sort((a, b) => a - b);
  const p99 = percentile(sorted, 99);
  const errors = [...r.outcome.errors.values()].reduce((a, b) => a + b, 0);
  const problems = [
    ...(p99 > TARGET_P99_MS ? [`p99 ${p99.toFixed(1)} ms > ${TARGET_P99_MS} ms`] : []),
    ...(r.missing > 0 ? [`${r.missing} marks never reached their board`] : []),
    ...(errors > 0 ? [`${errors} marks refused or failed`] : []),
    ...(r.outcome.skippedOverloaded > 0 ? [`${r.outcome.skippedOverloaded} marks skipped (server saturated)`] : []),
  ];
  return { pass: problems.length === 0, p99, why: problems.join('; ') };
}

function printReport(r: Results): void {
  const sorted = [...r.latency].sort((a, b) => a - b);
  const { pass, p99, why } = verdict(r);
  const errors = [...r.outcome.errors.values()].reduce((a, b) => a + b, 0);
  const o = r.options;
  const lines = [
    `### Live boards: mark → spectator delta (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Machine: ${machine(r.redisVersion)}. One server process (embedded profile: SQLite WAL, synchronous=FULL; scoring jobs on BullMQ in-process), load generator on the same machine.`,
    '',
    `Load: ${o.rate} marks/s open-loop for ${o.durationS} s on ${o.boards} boards (${r.competitors} competitors), ${o.spectators} spectator sockets (websocket), \`npm run bench:live\`.`,
    '',
    '| figure | value |',
    '|---|---|',
    `| mark answered → delta on its board, p50 / p95 / p99 / max | ${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 95))} / ${ms(p99)} / ${ms(sorted[sorted.length - 1] ?? NaN)} |`,
    `| target p99 ≤ ${TARGET_P99_MS} ms | **${pass ? 'PASS' : 'MISS'}**${why ? ` (${why})` : ''} |`,
    `| latency samples (delta before the HTTP answer, counted as 0 ms) | ${sorted.length} (${r.visibleBeforeAnswer}) |`,
    `| marks offered / accepted | ${r.outcome.offered} / ${r.outcome.accepted} (${perSecond(r.outcome.accepted, r.outcome.loadMs)} accepted/s) |`,
    `| of them completing an aspect (measured: only they change a score) | ${r.outcome.completing} |`,
    `| errors / skipped (saturated) / no delta within ${DRAIN_TIMEOUT_MS / 1000} s | ${errors} / ${r.outcome.skippedOverloaded} / ${r.missing} |`,
    `| mark HTTP answer time p50 / p99 / max | ${ms(
      percentile(
        [...r.outcome.answerMs].sort((a, b) => a - b),
        50,
      ),
    )} / ${ms(
      percentile(
        [...r.outcome.answerMs].sort((a, b) => a - b),
        99,
      ),
    )} / ${ms(Math.max(...r.outcome.answerMs))} |`,
    `| deltas delivered to all sockets | ${r.deltas.deltas} (${perSecond(r.deltas.deltas, r.windowMs)}/s, ${perSecond(r.deltas.rows, r.windowMs)} rows/s) |`,
    `| delta version gaps / unexpected disconnects | ${r.deltas.versionGaps} / ${r.deltas.disconnects} |`,
    `| server event-loop delay mean / p50 / p99 / max (beyond the ${DELAY_RESOLUTION_MS} ms sampling timer) | ${ms(r.server.eventLoopDelayMs.mean)} / ${ms(r.server.eventLoopDelayMs.p50)} / ${ms(r.server.eventLoopDelayMs.p99)} / ${ms(r.server.eventLoopDelayMs.max)} |`,
    `| server RSS peak during load / of the process | ${mib(r.server.rssBytes.peakInWindow)} / ${mib(r.server.rssBytes.peakOfProcess)} |`,
    `| server CPU during load | ${(r.server.cpuShareOfOneCore * 100).toFixed(0)} % of one core |`,
    `| server CPU-seconds per 1,000 completing marks (user + system, every thread, marking window) | ${cpuSecondsPer1000Marks(r).toFixed(2)} s (user ${(r.server.cpuMicros.user / 1e6).toFixed(1)} s + system ${(r.server.cpuMicros.system / 1e6).toFixed(1)} s for ${r.outcome.completing} marks) |`,
    `| load generator: event-loop delay p99, worst send lateness | ${ms(r.benchLoopDelayP99Ms)}, ${ms(r.outcome.maxSendLatenessMs)} |`,
  ];
  if (r.outcome.errors.size > 0) {
    lines.push('', 'Errors:', ...[...r.outcome.errors].map(([reason, n]) => `- ${n}× ${reason}`));
  }
  if (r.serverLogLines > 0) lines.push('', `The server logged ${r.serverLogLines} warning/error lines (first ones printed above).`);
  console.log(`\n${pass ? 'PASS' : 'MISS'}: p99 ${p99.toFixed(1)} ms (target ≤ ${TARGET_P99_MS} ms)\n`);
  console.log(lines.join('\n'));
}

// =============================================================================================
// Main
// =============================================================================================

async function runBenchmark(options: BenchOptions): Promise<boolean> {
  console.log(
    `bench:live — ${options.rate} marks/s for ${options.durationS} s, ${options.boards} boards, ${options.spectators} spectators`,
  );
  const redisVersion = await resetRedis(options.redisUrl);
  const dir = mkdtempSync(join(os.tmpdir(), 'jiangxin-bench-'));
  let server: ServerUnderTest | undefined;
  let crowd: SpectatorCrowd | undefined;
  let watchers: Socket[] = [];
  const killOnExit = () => server?.killNow();
  const stopOnInterrupt = () => {
    server?.killNow('SIGTERM');
    process.exit(130);
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', stopOnInterrupt);
  try {
    console.log('Starting the server (fresh SQLite file, BullMQ)…');
    const backupDir = join(dir, 'backups');
    server = await ServerUnderTest.start({
      sqliteFile: join(dir, 'jiangxin.sqlite'),
      redisUrl: options.redisUrl,
      env: {
        ...(options.backupEveryMinutes === undefined
          ? {}
          : { BACKUP_DIR: backupDir, BACKUP_INTERVAL_MINUTES: String(options.backupEveryMinutes), BACKUP_KEEP: '100000' }),
        ...(options.cpuProf ? { [CPU_PROF_ENV]: resolve(options.cpuProf) } : {}),
      },
    });
    const api = new ContestApi(server.url, { maxInFlight: 16 });

    console.log(`Preparing ${options.boards} trades: entries, approvals, confirmations, draws…`);
    const preparingStarted = performance.now();
    const trades = await prepareTrades(api, {
      trades: options.boards,
      contestantsPerTrade: contestantsPerTrade(options),
      seed: options.seed,
    });
    const competitors = trades.reduce((n, t) => n + t.competitors.length, 0);
    console.log(
      `  ${competitors} competitors on ${trades.length} boards in ${((performance.now() - preparingStarted) / 1000).toFixed(1)} s`,
    );
    const marks = planAllMarks(trades, options);

    console.log(`Connecting ${options.spectators} spectators…`);
    const recorder = new LatencyRecorder();
    const mainCounter = new DeltaCounter();
    watchers = await watchBoards(server.url, trades, recorder, mainCounter);
    const boardIds = trades.map((t) => `trade:${t.trade.id}`);
    crowd = await SpectatorCrowd.start(server.url, boardIds, options.spectators - watchers.length);

    console.log(`Marking: ${Math.round(options.rate * options.durationS)} marks…`);
    const benchLoop = monitorEventLoopDelay({ resolution: DELAY_RESOLUTION_MS });
    benchLoop.enable();
    await server.probe('probe:reset', 'probe:reset:done');
    const windowStart = performance.now();
    mainCounter.startWindow();
    crowd.startWindow();
    const windowStartedAt = Date.now();
    const outcome = await postMarksOpenLoop(api, marks, options, recorder, aspectCompletion(trades));
    const missing = await drain(recorder);
    const windowMs = performance.now() - windowStart;
    if (options.backupEveryMinutes !== undefined) reportBackups(backupDir, windowStartedAt, Date.now());
    const serverReport = await server.probe<ProbeReport>('probe:report', 'probe:report');
    const mainCounts = mainCounter.stopWindow();
    const crowdCounts = await crowd.stopWindow();
    benchLoop.disable();

    const results: Results = {
      options,
      competitors,
      outcome,
      latency: recorder.samples,
      visibleBeforeAnswer: recorder.shownBeforeAnswer,
      missing,
      deltas: {
        deltas: mainCounts.deltas + crowdCounts.deltas,
        rows: mainCounts.rows + crowdCounts.rows,
        versionGaps: mainCounts.versionGaps + crowdCounts.versionGaps,
        disconnects: mainCounts.disconnects + crowdCounts.disconnects,
      },
      windowMs,
      server: serverReport,
      benchLoopDelayP99Ms: delayMs(benchLoop.percentile(99)),
      serverLogLines: server.logLines,
      redisVersion,
    };
    printReport(results);
    if (serverReport.cpuProfile) {
      console.log(`\nCPU profile of the server's main thread during the marking window: ${serverReport.cpuProfile}\n`);
      console.log(categoryTable(serverReport.cpuProfile, outcome.completing));
      console.log(`\n${profileTable('Where the main thread went (self time)', summariseProfile(serverReport.cpuProfile, 25))}`);
    }
    if (options.traceFile) {
      writeFileSync(options.traceFile, recorder.toCsv(windowStart));
      console.log(`\nPer-mark trace written to ${options.traceFile}`);
    }
    return verdict(results).pass;
  } finally {
    for (const socket of watchers) socket.close();
    await crowd?.close().catch(() => undefined);
    await server?.stop();
    process.off('exit', killOnExit).off('SIGINT', stopOnInterrupt);
    if (options.keepData) console.log(`Server data kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
    await resetRedis(options.redisUrl).catch(() => undefined);
  }
}

/** The scheduled backups whose copy was taken during the marking window, and how long each took. */
function reportBackups(backupDir: string, from: number, to: number): void {
  const manifests = listBackups(backupDir)
    .map((dir) => JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as BackupManifest)
    .filter((m) => Date.parse(m.takenAt) >= from && Date.parse(m.takenAt) <= to);
  const durations = manifests.map((m) => m.durationMs).sort((a, b) => a - b);
  const size = manifests.length > 0 ? manifests[manifests.length - 1]!.events.bytes + manifests[manifests.length - 1]!.keys.bytes : 0;
  console.log(
    `Scheduled backups during the marking: ${manifests.length}, copy time min/median/max ${durations[0] ?? '-'} / ` +
      `${durations[Math.floor(durations.length / 2)] ?? '-'} / ${durations[durations.length - 1] ?? '-'} ms, last one ${(size / 1048576).toFixed(1)} MiB`,
  );
}

if (isMainThread) {
  try {
    const pass = await runBenchmark(parseOptions(process.argv.slice(2)));
    process.exitCode = pass ? 0 : 1;
  } catch (error) {
    console.error(`\nbench:live failed: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 2;
  }
} else if ((workerData as { role?: string })?.role === 'spectators') {
  await runSpectatorWorker(workerData as { url: string; boards: string[]; count: number });
}
