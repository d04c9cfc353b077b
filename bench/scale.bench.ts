/**
 * Scale-out benchmark: the same spectators on one api node, then split over two.
 *
 *   npm run bench:scale -- [--spectators 2000] [--rate 40] [--duration 30] [--boards 8] [--contestants 12] [--seed 1]
 *                          [--store postgresql|sqlite] [--nodes 1,2] [--cpu-prof <folder>]
 *
 * The distributed profile on loopback, from the built code: a private redis-server, one worker
 * process, api nodes with RUN_WORKER=false, all on one PostgreSQL database (a database made for the
 * configuration on the machine's server, dropped after; `--store sqlite`: one SQLite file).
 * `--cpu-prof <folder>`: the api nodes run under `node --cpu-prof` and the report summarises where
 * their CPU went during the configuration (self time by package and by function). Each configuration starts from
 * scratch with the same trades and the same marks (from the seed); the spectators connect
 * (websocket, one board each, round-robin over boards and nodes) and judges post marks open-loop
 * at a fixed rate, round-robin over the api nodes. Measured per configuration:
 * - deltas delivered per second to all spectator sockets;
 * - latency from a mark's HTTP answer to the delta that shows its effect on its board (the first
 *   row with that score-sheet revision), seen by one measuring socket per board on every node.
 *   A mark that does not change the result (an aspect counts once all its marks are in) makes no
 *   delta and no sample.
 * Loopback only; every wait is bounded; every process is stopped at the end, also on failure.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { io, type Socket } from 'socket.io-client';
import {
  ApiError,
  ContestApi,
  fixedRateOffset,
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
} from '../scripts/lib/contest-driver.js';
import { temporaryDatabase } from '#event-store';
import { NodeProcess, PrivateRedis } from './cluster-process.js';
import { profileTable, summariseProfile } from './cpu-profile.js';
import { machineDescription } from './server-process.js';

interface Options {
  store: 'postgresql' | 'sqlite';
  nodes: number[];
  cpuProf?: string;
  spectators: number;
  rate: number;
  durationS: number;
  boards: number;
  contestants: number;
  seed: number;
}

const SPECTATOR_THREADS = 2;
const CONNECT_BATCH = 50;
const JOIN_TIMEOUT_MS = 30_000;
/** After the last answer, how long deltas may still come before the window closes. */
const DRAIN_MS = 3000;
const MAX_MARKS_IN_FLIGHT = 400;

const LIVE = { join: 'board:join', joined: 'board:joined', snapshot: 'board:snapshot', delta: 'board:delta' } as const;

const connect = (url: string) => io(`${url}/live`, { transports: ['websocket'], reconnection: false, forceNew: true, timeout: 10_000 });

/**
 * Connects, joins and resolves with the socket once its board's snapshot came and the join went
 * through the nodes' shared stream (board:joined): the measurement starts once every join is done.
 */
function joinBoard(url: string, board: string, onBoard: (message: BoardSnapshot, kind: 'snapshot' | 'delta') => void): Promise<Socket> {
  const socket = connect(url);
  socket.on(LIVE.snapshot, (snapshot: BoardSnapshot) => onBoard(snapshot, 'snapshot'));
  socket.on(LIVE.delta, (delta: BoardSnapshot) => onBoard(delta, 'delta'));
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`No snapshot of ${board} and join within ${JOIN_TIMEOUT_MS / 1000} s`)), JOIN_TIMEOUT_MS);
    const snapshot = new Promise((came) => socket.once(LIVE.snapshot, came));
    const joined = new Promise((came) => socket.once(LIVE.joined, came));
    void Promise.all([snapshot, joined]).then(() => (clearTimeout(timer), ok(socket)));
    socket.once('connect_error', (error) => (clearTimeout(timer), fail(error)));
    socket.on('connect', () => socket.emit(LIVE.join, { board }));
  });
}

// =============================================================================================
// Spectators: worker threads that hold most sockets and count what they receive
// =============================================================================================

interface CrowdCounts {
  deltas: number;
  gaps: number;
  disconnects: number;
}

/** In a worker thread: `count` sockets spread over the urls and boards; counts deltas inside the window. */
async function runCrowdThread({ urls, boards, count }: { urls: string[]; boards: string[]; count: number }): Promise<void> {
  const port = parentPort!;
  const counts: CrowdCounts = { deltas: 0, gaps: 0, disconnects: 0 };
  let counting = false;
  const sockets: Socket[] = [];
  port.on('message', (message: { type: string }) => {
    if (message.type === 'start') counting = true;
    if (message.type === 'stop') {
      counting = false;
      port.postMessage({ type: 'counts', ...counts });
    }
    if (message.type === 'close') {
      for (const socket of sockets) socket.close();
      port.postMessage({ type: 'closed' });
    }
  });
  try {
    for (let first = 0; first < count; first += CONNECT_BATCH) {
      const batch = Array.from({ length: Math.min(CONNECT_BATCH, count - first) }, (_, i) => first + i);
      const joined = await Promise.all(
        batch.map((i) => {
          let version = -1;
          return joinBoard(urls[i % urls.length]!, boards[i % boards.length]!, (message, kind) => {
            if (kind === 'delta' && version >= 0 && message.version !== version + 1) counts.gaps += 1;
            version = message.version;
            if (kind === 'delta' && counting) counts.deltas += 1;
          });
        }),
      );
      for (const socket of joined) {
        socket.on('disconnect', (reason) => reason !== 'io client disconnect' && (counts.disconnects += 1));
        sockets.push(socket);
      }
    }
    port.postMessage({ type: 'ready' });
  } catch (error) {
    port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

class Crowd {
  private constructor(private readonly threads: Worker[]) {}

  static async start(urls: string[], boards: string[], total: number): Promise<Crowd> {
    const perThread = Math.ceil(total / SPECTATOR_THREADS);
    // Each thread spreads its sockets over every node, so each node gets the same share.
    const threads = Array.from(
      { length: SPECTATOR_THREADS },
      (_, t) =>
        new Worker(new URL(import.meta.url), {
          workerData: { role: 'crowd', urls, boards, count: Math.min(perThread, total - t * perThread) },
        }),
    );
    const crowd = new Crowd(threads);
    const replies = await Promise.all(
      threads.map((thread) => reply<{ type: string; message?: string }>(thread, ['ready', 'failed'], JOIN_TIMEOUT_MS * 4)),
    );
    const failed = replies.find((r) => r.type === 'failed');
    if (failed) {
      await crowd.close();
      throw new Error(`Spectators could not join: ${failed.message}`);
    }
    return crowd;
  }

  start(): void {
    for (const thread of this.threads) thread.postMessage({ type: 'start' });
  }

  async stop(): Promise<CrowdCounts> {
    const all = await Promise.all(
      this.threads.map((thread) => {
        thread.postMessage({ type: 'stop' });
        return reply<CrowdCounts>(thread, ['counts'], 10_000);
      }),
    );
    return all.reduce((a, b) => ({ deltas: a.deltas + b.deltas, gaps: a.gaps + b.gaps, disconnects: a.disconnects + b.disconnects }));
  }

  async close(): Promise<void> {
    await Promise.all(
      this.threads.map(async (thread) => {
        thread.postMessage({ type: 'close' });
        await reply(thread, ['closed'], 5000).catch(() => undefined);
        await thread.terminate();
      }),
    );
  }
}

function reply<T>(thread: Worker, types: string[], timeoutMs: number): Promise<T> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => done(() => fail(new Error(`A spectator thread did not answer ${types.join('/')}`))), timeoutMs);
    const onMessage = (message: { type: string }) => types.includes(message.type) && done(() => ok(message as T));
    const onError = (error: Error) => done(() => fail(error));
    const done = (settle: () => void) => {
      clearTimeout(timer);
      thread.off('message', onMessage).off('error', onError);
      settle();
    };
    thread.on('message', onMessage).on('error', onError);
  });
}

// =============================================================================================
// Latency: a mark's answer → the delta showing its score-sheet revision, on every node
// =============================================================================================

class Latency {
  /** `${node}|${trade}|${competitor}|${revision}` → times (performance.now()). */
  private readonly marks = new Map<string, { answeredAt?: number; shownAt?: number }>();
  /** `${node}|${trade}|${competitor}` → the newest sheet revision shown. */
  private readonly shown = new Map<string, number>();
  readonly samples: number[] = [];

  constructor(private readonly nodes: readonly string[]) {}

  /** A delta (or snapshot) seen by the measuring socket of `node`. */
  seen(node: string, tradeId: string, rows: readonly BoardRow[]): void {
    const now = performance.now();
    for (const { competitorNumber, sheetRevision } of rows) {
      const competitor = `${node}|${tradeId}|${competitorNumber}`;
      if (sheetRevision <= (this.shown.get(competitor) ?? -1)) continue;
      this.shown.set(competitor, sheetRevision);
      this.record(`${competitor}|${sheetRevision}`, { shownAt: now });
    }
  }

  answered(tradeId: string, competitorNumber: number, revision: number, answeredAt: number): void {
    for (const node of this.nodes) this.record(`${node}|${tradeId}|${competitorNumber}|${revision}`, { answeredAt });
  }

  private record(key: string, time: { answeredAt?: number; shownAt?: number }): void {
    const entry = { ...this.marks.get(key), ...time };
    if (entry.answeredAt !== undefined && entry.shownAt !== undefined) {
      // A delta that overtook the HTTP answer counts as 0 ms.
      this.samples.push(Math.max(0, entry.shownAt - entry.answeredAt));
      this.marks.delete(key);
    } else {
      this.marks.set(key, entry);
    }
  }
}

// =============================================================================================
// One configuration
// =============================================================================================

interface Outcome {
  nodes: number;
  /** CPU of each api node during the window, as a share of one core. */
  apiCpu: number[];
  workerCpu: number;
  spectatorsPerNode: number;
  offered: number;
  accepted: number;
  errors: number;
  /** Why marks failed: the answer's status and the server's message, or the client's error, with a count each. */
  failures: Map<string, number>;
  skipped: number;
  windowS: number;
  counts: CrowdCounts;
  latency: number[];
}

async function runConfiguration(
  nodes: NodeProcess[],
  worker: NodeProcess,
  trades: readonly PreparedTrade[],
  marks: readonly PlannedMark[],
  options: Options,
): Promise<Outcome> {
  const urls = nodes.map((node) => node.url!);
  const boards = trades.map(({ trade }) => `trade:${trade.id}`);
  const latency = new Latency(urls);
  const measuring = await Promise.all(
    urls.flatMap((url) =>
      trades.map(({ trade }) => joinBoard(url, `trade:${trade.id}`, (message) => latency.seen(url, trade.id, message.rows))),
    ),
  );
  const crowdSize = options.spectators - measuring.length;
  console.log(`  ${options.spectators} spectators on ${nodes.length} node(s) (${measuring.length} measuring)…`);
  const crowd = await Crowd.start(urls, boards, crowdSize);
  const clients = urls.map((url) => new ContestApi(url, { maxInFlight: MAX_MARKS_IN_FLIGHT }));
  try {
    const count = Math.round(options.rate * options.durationS);
    let accepted = 0;
    let errors = 0;
    const failures = new Map<string, number>();
    const pending = new Set<Promise<void>>();
    console.log(`  marking: ${count} marks at ${options.rate}/s…`);
    const started = performance.now();
    const cpuAtStart = [...nodes, worker].map((node) => node.cpuSeconds() ?? NaN);
    crowd.start();
    const pacing = await paceOpenLoop({
      count,
      offsetMs: fixedRateOffset(options.rate),
      inFlight: () => pending.size,
      maxInFlight: MAX_MARKS_IN_FLIGHT,
      send: (i) => {
        const mark = marks[i]!;
        const request = clients[i % clients.length]!.postMark(mark)
          .then((answer) => {
            accepted += 1;
            latency.answered(mark.tradeId, mark.competitorNumber, answer.revision, performance.now());
          })
          .catch((error: unknown) => {
            errors += 1;
            const reason = failureReason(error);
            failures.set(reason, (failures.get(reason) ?? 0) + 1);
          })
          .finally(() => pending.delete(request));
        pending.add(request);
      },
    });
    await Promise.all(pending);
    await sleep(DRAIN_MS);
    const windowS = (performance.now() - started) / 1000;
    const counts = await crowd.stop();
    const cpu = [...nodes, worker].map((node, i) => ((node.cpuSeconds() ?? NaN) - cpuAtStart[i]!) / windowS);
    return {
      nodes: nodes.length,
      apiCpu: cpu.slice(0, nodes.length),
      workerCpu: cpu[nodes.length]!,
      spectatorsPerNode: Math.round(options.spectators / nodes.length),
      offered: count,
      accepted,
      errors,
      failures,
      skipped: pacing.skippedOverloaded,
      windowS,
      counts,
      latency: latency.samples,
    };
  } finally {
    for (const socket of measuring) socket.close();
    await crowd.close();
  }
}

// =============================================================================================
// Report
// =============================================================================================

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const percent = (share: number) => (Number.isFinite(share) ? `${(share * 100).toFixed(0)} %` : 'n/a');

function report(outcomes: readonly Outcome[], options: Options, competitors: number): void {
  const lines = [
    `### Scale-out: spectators on ${options.nodes.join(' vs ')} api nodes, ${options.store === 'postgresql' ? 'PostgreSQL' : 'SQLite'} — \`npm run bench:scale\` (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `Machine: ${machineDescription()}; load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(
        ' / ',
      )}. Everything on this machine: redis-server, 1 worker process, the api node(s) (RUN_WORKER=false) on ${options.store === 'postgresql' ? "one PostgreSQL database (the machine's server)" : 'one SQLite file'}, and the load generator (${SPECTATOR_THREADS} spectator threads + the marking thread).`,
    '',
    `Load: ${options.spectators} spectator sockets (websocket) in all, ${options.boards} boards (${competitors} competitors), the same marks in both configurations at ${options.rate}/s open-loop for ${options.durationS} s, round-robin over the nodes.`,
    '',
    '| api nodes | spectators per node | marks offered / accepted / failed / skipped | deltas delivered | deltas/s | latency samples | mark → delta p50 / p99 / max | version gaps / disconnects | CPU per api node / worker (share of one core) |',
    '|---:|---:|---|---:|---:|---:|---|---|---|',
    ...outcomes.map((o) => {
      const sorted = [...o.latency].sort((a, b) => a - b);
      return (
        `| ${o.nodes} | ${o.spectatorsPerNode} | ${o.offered} / ${o.accepted} / ${o.errors} / ${o.skipped} | ${o.counts.deltas} | ` +
        `${(o.counts.deltas / o.windowS).toFixed(0)} | ${sorted.length} | ${ms(percentile(sorted, 50))} / **${ms(percentile(sorted, 99))}** / ${ms(sorted.at(-1) ?? NaN)} | ` +
        `${o.counts.gaps} / ${o.counts.disconnects} | ${o.apiCpu.map(percent).join(' + ')} / ${percent(o.workerCpu)} |`
      );
    }),
  ];
  for (const o of outcomes.filter((outcome) => outcome.failures.size > 0)) {
    lines.push('', `Failed marks with ${o.nodes} api node(s):`);
    for (const [reason, count] of [...o.failures].sort((a, b) => b[1] - a[1])) lines.push(`- ${count} × ${reason}`);
  }
  console.log(`\n${lines.join('\n')}`);
}

/** A failed mark in a few words: the HTTP status and the server's message, or what the client met (a timeout, a reset). */
function failureReason(error: unknown): string {
  if (error instanceof ApiError) return `${error.status} ${error.serverMessage}`.slice(0, 160);
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 160) : String(error);
}

// =============================================================================================
// Main
// =============================================================================================

function parseOptions(argv: readonly string[]): Options {
  const flags = parseFlags(argv);
  const store = flags.get('store') ?? 'postgresql';
  if (store !== 'postgresql' && store !== 'sqlite') throw new Error('--store must be postgresql or sqlite');
  const options: Options = {
    store,
    nodes: (flags.get('nodes') ?? '1,2').split(',').map(Number),
    cpuProf: flags.get('cpu-prof'),
    spectators: numberFlag(flags, 'spectators', 2000),
    rate: numberFlag(flags, 'rate', 40, { integer: false }),
    durationS: numberFlag(flags, 'duration', 30, { integer: false }),
    boards: numberFlag(flags, 'boards', 8),
    contestants: numberFlag(flags, 'contestants', 12),
    seed: numberFlag(flags, 'seed', 1),
  };
  if (options.spectators < options.boards * 2) throw new Error('--spectators must be at least twice --boards (measuring sockets)');
  return options;
}

/**
 * One configuration from scratch: a fresh SQLite file and Redis, `apiNodes` api nodes and a worker,
 * the same trades and the same marks (from the seed) as the other configuration.
 */
async function measure(apiNodes: number, options: Options): Promise<{ outcome: Outcome; competitors: number; profiles: string[] }> {
  const dir = mkdtempSync(join(os.tmpdir(), 'jiangxin-scale-'));
  const redis = await PrivateRedis.start();
  const database = options.store === 'postgresql' ? await temporaryDatabase('bench_scale') : undefined;
  const processes: NodeProcess[] = [];
  const profileDir = options.cpuProf
    ? join(options.cpuProf, `${apiNodes}-node${apiNodes > 1 ? 's' : ''}-${options.spectators}`)
    : undefined;
  try {
    const config = {
      ...(database ? { databaseUrl: database.url, env: { DATABASE_POOL_SIZE: '6' } } : { sqliteFile: join(dir, 'jiangxin.sqlite') }),
      redisUrl: redis.url,
      queuePrefix: 'bench-scale',
    };
    const apiOptions = {
      ...config,
      readyWithinMs: 240_000,
      ...(profileDir ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, ...NodeProcess.EXIT_ON_SIGUSR2] } : {}),
    };
    // The first node seeds the demo catalogue; the others find it there.
    processes.push(await NodeProcess.api('api-1', apiOptions));
    for (let n = 2; n <= apiNodes; n++) processes.push(await NodeProcess.api(`api-${n}`, apiOptions));
    const nodes = [...processes];
    const worker = await NodeProcess.worker('worker', config);
    processes.push(worker);

    const trades = await prepareTrades(new ContestApi(nodes[0]!.url!, { maxInFlight: 16 }), {
      trades: options.boards,
      contestantsPerTrade: options.contestants,
      seed: options.seed,
    });
    const count = Math.round(options.rate * options.durationS);
    const marks = roundRobin(trades.map((trade) => planTradeMarks(trade, options.seed)));
    if (marks.length < count) throw new Error(`Only ${marks.length} marks planned for ${count}: raise --contestants or --boards`);
    const outcome = await runConfiguration(nodes, worker, trades, marks.slice(0, count), options);
    // The profile covers the node's whole life; the measured window is most of its busy time.
    if (profileDir) await Promise.all(nodes.map((node) => node.exitNormally()));
    const profiles = profileDir && existsSync(profileDir) ? readdirSync(profileDir).map((file) => join(profileDir, file)) : [];
    return { outcome, competitors: trades.reduce((n, t) => n + t.competitors.length, 0), profiles };
  } finally {
    await Promise.all(processes.map((node) => node.stop()));
    await redis.kill();
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(options: Options): Promise<void> {
  console.log(
    `bench:scale — ${options.spectators} spectators, ${options.rate} marks/s for ${options.durationS} s per configuration, ${options.boards} boards`,
  );
  const outcomes: Outcome[] = [];
  const profiles: string[] = [];
  let competitors = 0;
  for (const apiNodes of options.nodes) {
    console.log(`${apiNodes} api node(s): starting, preparing ${options.boards} trades…`);
    const measured = await measure(apiNodes, options);
    outcomes.push(measured.outcome);
    competitors = measured.competitors;
    for (const [i, file] of measured.profiles.entries()) {
      profiles.push(
        profileTable(`CPU of api node ${i + 1} of ${apiNodes}, ${options.spectators} spectators (${file})`, summariseProfile(file)),
      );
    }
  }
  report(outcomes, options, competitors);
  if (profiles.length > 0) console.log(`\n${profiles.join('\n\n')}`);
}

if (isMainThread) {
  try {
    await main(parseOptions(process.argv.slice(2)));
  } catch (error) {
    console.error(`\nbench:scale failed: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 2;
  }
} else if ((workerData as { role?: string })?.role === 'crowd') {
  await runCrowdThread(workerData as { urls: string[]; boards: string[]; count: number });
}
