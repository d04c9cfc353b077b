/**
 * A contest day against a running server: cities enter contestants, approve them, the province
 * confirms and draws lots, then the judges mark at a realistic pace spread over the duration.
 *
 *   npm run simulate -- --url http://127.0.0.1:3000 [--trades 3] [--contestants 12] [--duration 120] [--seed 2026]
 *
 * Stops by itself once every mark is sent and answered (Ctrl-C stops early, with a summary).
 */
import {
  ApiError,
  ContestApi,
  arrivalOffsets,
  leaderOf,
  mergeEvenly,
  liveUrl,
  numberFlag,
  paceOpenLoop,
  parseFlags,
  planTradeMarks,
  prepareTrades,
  reviewAchievements,
  sleep,
  type PlannedMark,
  type PreparedTrade,
} from './lib/contest-driver.js';

interface SimulationOptions {
  url: string;
  trades: number;
  contestants: number;
  durationS: number;
  seed: number;
}

const USAGE =
  'Usage: npm run simulate -- --url http://127.0.0.1:3000 [--trades N (3)] [--contestants K (12)] [--duration S (120)] [--seed K (2026)]';

/** Marks are spread over this share of the duration, so that the last answers land within it. */
const MARKING_SHARE = 0.9;
/** Judges' tablets in flight at once, at most: a real venue never has more outstanding. */
const MAX_MARKS_IN_FLIGHT = 64;
/** The first refusals are printed in full; after that only counted. */
const ERRORS_PRINTED = 10;

/** A wrong command line: the message and the usage. */
class UsageError extends Error {}

function parseOptions(argv: readonly string[]): SimulationOptions {
  try {
    return readOptions(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function readOptions(argv: readonly string[]): SimulationOptions {
  const flags = parseFlags(argv);
  if (flags.has('help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const url = flags.get('url') ?? 'http://127.0.0.1:3000';
  if (!/^https?:\/\/[^/]+/.test(url)) throw new Error(`--url must be an http(s) URL, got ${url}`);
  return {
    url: url.replace(/\/+$/, ''),
    trades: numberFlag(flags, 'trades', 3),
    contestants: numberFlag(flags, 'contestants', 12),
    durationS: numberFlag(flags, 'duration', 120, { integer: false }),
    seed: numberFlag(flags, 'seed', 2026),
  };
}

class MarkingTally {
  sent = 0;
  accepted = 0;
  refused = 0;
  private readonly refusals = new Map<string, number>();

  record(error: unknown, mark: PlannedMark): void {
    this.refused += 1;
    const message = error instanceof ApiError ? `${error.status} ${error.serverMessage}` : `network: ${String(error)}`;
    if (this.refused <= ERRORS_PRINTED) {
      console.error(`  ! mark ${mark.tradeId} #${mark.competitorNumber} ${mark.aspectId} by ${mark.judge}: ${message}`);
    }
    const key = error instanceof ApiError ? `${error.status} ${error.serverMessage.replace(/\d+/g, 'N')}` : 'network error';
    this.refusals.set(key, (this.refusals.get(key) ?? 0) + 1);
  }

  get summary(): string {
    return [...this.refusals].map(([reason, n]) => `${n}× ${reason}`).join('; ');
  }
}

async function checkServer(api: ContestApi): Promise<void> {
  try {
    const health = await api.health();
    console.log(`Server ${api.baseUrl}: ${health.status} (${health.profile} profile, store ${health.store}, redis ${health.redis})`);
  } catch (error) {
    const reason = error instanceof ApiError ? error.message : `no answer (${(error as Error).cause ?? error})`;
    throw new Error(`The server at ${api.baseUrl} is not ready: ${reason}`);
  }
}

async function printLeaders(api: ContestApi, trades: readonly PreparedTrade[]): Promise<void> {
  for (const { trade } of trades) {
    try {
      const board = await api.board(trade.id);
      const leader = leaderOf(board);
      const marked = board.rows.reduce((n, r) => n + r.markedAspects, 0);
      const total = board.rows.reduce((n, r) => n + r.totalAspects, 0);
      const lead =
        leader && leader.total > 0
          ? `leader #${leader.competitorNumber} ${leader.name} (${leader.cityName}) ${leader.total.toFixed(2)}`
          : 'no marked aspect yet';
      console.log(`    ${trade.id}: ${lead}; aspects marked ${marked}/${total}; board v${board.version}`);
    } catch (error) {
      console.log(`    ${trade.id}: board unavailable (${(error as Error).message})`);
    }
  }
}

async function printPodiums(api: ContestApi, trades: readonly PreparedTrade[]): Promise<void> {
  console.log('\nBoards at the end:');
  for (const { trade } of trades) {
    const board = await api.board(trade.id);
    console.log(`  ${trade.name} (${trade.id}) — ${liveUrl(api.baseUrl, trade.id)}`);
    for (const row of [...board.rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)).slice(0, 3)) {
      console.log(
        `    ${row.rank}. #${row.competitorNumber} ${row.name} ${row.cityName} ${row.employer} — ${row.total.toFixed(2)} (${row.progress}${row.prize ? `, ${row.prize} prize` : ''})`,
      );
    }
  }
}

async function simulate(options: SimulationOptions): Promise<number> {
  const api = new ContestApi(options.url, { maxInFlight: 12 });
  await checkServer(api);

  console.log(`\nRegistration: ${options.trades} trades × ${options.contestants} contestants (seed ${options.seed})`);
  const trades = await prepareTrades(api, {
    trades: options.trades,
    contestantsPerTrade: options.contestants,
    seed: options.seed,
    log: (line) => console.log(line),
  });
  const reviewed = await reviewAchievements(api);
  console.log(
    `\nAchievement reviews: ${reviewed.recommended} recommended by their city (${reviewed.quotaFull} over quota), ` +
      `${reviewed.eligible} of ${reviewed.checked} recommended found eligible`,
  );
  console.log('\nLive boards:');
  for (const { trade } of trades) console.log(`  ${trade.name}: ${liveUrl(options.url, trade.id)}`);

  const marks = mergeEvenly(trades.map((t) => planTradeMarks(t, options.seed)));
  const markingMs = options.durationS * 1000 * MARKING_SHARE;
  const offsets = arrivalOffsets(marks.length, markingMs, options.seed);
  console.log(`\nMarking: ${marks.length} marks by ${trades.reduce((n, t) => n + t.judges.length, 0)} judges over ${options.durationS} s`);

  const markingApi = api.withMaxInFlight(MAX_MARKS_IN_FLIGHT);
  const tally = new MarkingTally();
  const pending = new Set<Promise<void>>();
  const stop = new AbortController();
  process.once('SIGINT', () => {
    console.log('\nStopping: no more marks are sent.');
    stop.abort();
  });

  const started = performance.now();
  const progress = setInterval(() => {
    const elapsed = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`  [${elapsed}s] marks sent ${tally.sent}/${marks.length}, accepted ${tally.accepted}, refused ${tally.refused}`);
    void printLeaders(api, trades);
  }, progressEveryMs(options.durationS));

  try {
    await paceOpenLoop({
      count: marks.length,
      offsetMs: (i) => offsets[i]!,
      signal: stop.signal,
      send: (i) => {
        const mark = marks[i]!;
        tally.sent += 1;
        const request = markingApi
          .postMark(mark)
          .then(() => void (tally.accepted += 1))
          .catch((error: unknown) => tally.record(error, mark))
          .finally(() => pending.delete(request));
        pending.add(request);
      },
    });
    await Promise.all(pending);
  } finally {
    clearInterval(progress);
  }

  await sleep(500); // the last scoring jobs
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\nDone in ${seconds.toFixed(1)} s: ${tally.accepted} marks accepted, ${tally.refused} refused, ${marks.length - tally.sent} not sent.`,
  );
  if (tally.refused > 0) console.log(`Refusals: ${tally.summary}`);
  await printPodiums(api, trades);
  return tally.refused === 0 && !stop.signal.aborted ? 0 : 1;
}

const progressEveryMs = (durationS: number) => Math.max(2000, Math.min(10_000, (durationS * 1000) / 12));

try {
  const options = parseOptions(process.argv.slice(2));
  process.exitCode = await simulate(options);
} catch (error) {
  console.error(`\nsimulate: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG) console.error(error);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = 1;
}
