/**
 * A small typed client of the Jiangxin API for simulations and benchmarks: logs in (tokens cached),
 * prepares trades for marking (entries → city approval → confirmation → draw), generates plausible
 * contestants from a seed and plans every mark a trade needs in a realistic order.
 *
 * Everything random comes from seeded PRNGs, so a seed gives the same contestants and marks;
 * command ids are random UUIDs (a retry of one request reuses its id, so it is never applied twice).
 */
import { randomUUID } from 'node:crypto';
import { CITIES, drawCommitment, type CityId, type SkillLevel } from '#domain';
import type { ApiSchemas } from './api-types.js';
import { createRng, DEMO_PASSWORD, demoEmployers, demoPerson, hashString, type DemoEmployer, type Rng } from '#demo';

// ---------------------------------------------------------------------------------------------
// API shapes: the types generated from the OpenAPI document (scripts/lib/api-types.ts)
// ---------------------------------------------------------------------------------------------

export type TradeSummary = ApiSchemas['TradeSummaryView'];
export type AspectView = ApiSchemas['AspectView'];
/** A trade with its scheme; a team entry is a captain and teamSize − 1 members. */
export type TradeDefinitionView = ApiSchemas['TradeView'];
export type PanelMemberView = ApiSchemas['PanelMemberView'];
export type LoggedInUser = ApiSchemas['UserProfileView'];
export type MarkAnswer = ApiSchemas['CommandAnswer'];
export type BoardRow = ApiSchemas['BoardRowView'];
export type BoardSnapshot = ApiSchemas['BoardSnapshotView'];

/** A refusal or failure answered by the server, with its own message. */
export class ApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`${method} ${path} → ${status} ${describeBody(body)}`);
    this.name = 'ApiError';
  }

  /** The server's own message (`message` of the error body), or the status. */
  get serverMessage(): string {
    return describeBody(this.body);
  }

  /** The field the server named, when it named one (`fields` of the error body). */
  get fields(): string[] {
    const fields = (this.body as { fields?: Record<string, unknown> } | undefined)?.fields;
    return fields ? Object.keys(fields) : [];
  }
}

function describeBody(body: unknown): string {
  if (body && typeof body === 'object') {
    const { error, message } = body as { error?: unknown; message?: unknown };
    if (message !== undefined) return `${error ?? 'error'}: ${String(message)}`;
  }
  return typeof body === 'string' ? body.slice(0, 300) : JSON.stringify(body ?? null).slice(0, 300);
}

// ---------------------------------------------------------------------------------------------
// Concurrency limit
// ---------------------------------------------------------------------------------------------

/** At most `limit` tasks at once; the others wait their turn (first come, first served). */
export class Limiter {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new Error(`A limiter needs a limit ≥ 1, got ${limit}`);
  }

  get inFlight(): number {
    return this.running;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.running += 1;
    try {
      return await task();
    } finally {
      this.running -= 1;
      this.queue.shift()?.();
    }
  }
}

/** Runs `work` over `items` through the limiter and keeps the results in order. */
export function mapLimited<T, R>(limiter: Limiter, items: readonly T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  return Promise.all(items.map((item, index) => limiter.run(() => work(item, index))));
}

// ---------------------------------------------------------------------------------------------
// The HTTP client
// ---------------------------------------------------------------------------------------------

export interface ContestApiOptions {
  /** Requests in flight at most (default 12). */
  maxInFlight?: number;
  /** Per-request timeout (default 15 s). */
  timeoutMs?: number;
  password?: string;
  /** Sent as `x-device-id` with every request: the device the events' metadata names. */
  deviceId?: string;
}

const RETRYABLE_STATUSES = new Set([502, 503, 504]);
const ATTEMPTS = 3;

export class ContestApi {
  readonly baseUrl: string;
  private readonly limiter: Limiter;
  private readonly timeoutMs: number;
  private readonly password: string;
  private readonly deviceId: string | undefined;
  /** username → token (shared by every `withMaxInFlight` copy). */
  private readonly sessions: Map<string, Promise<{ token: string; user: LoggedInUser }>>;

  constructor(baseUrl: string, options: ContestApiOptions = {}, sessions?: ContestApi['sessions']) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.limiter = new Limiter(options.maxInFlight ?? 12);
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.password = options.password ?? DEMO_PASSWORD;
    this.deviceId = options.deviceId;
    this.sessions = sessions ?? new Map();
  }

  /** The same server and logged-in users, with another limit on requests in flight. */
  withMaxInFlight(maxInFlight: number): ContestApi {
    return new ContestApi(
      this.baseUrl,
      { maxInFlight, timeoutMs: this.timeoutMs, password: this.password, deviceId: this.deviceId },
      this.sessions,
    );
  }

  get inFlight(): number {
    return this.limiter.inFlight;
  }

  /** Logs `username` in once; later calls answer the cached session. */
  login(username: string): Promise<{ token: string; user: LoggedInUser }> {
    let session = this.sessions.get(username);
    if (!session) {
      session = this.request<ApiSchemas['LoginAnswer']>('POST', '/api/auth/login', {
        body: { username, password: this.password },
      }).then(({ accessToken, user }) => ({ token: accessToken, user }));
      session.catch(() => this.sessions.delete(username));
      this.sessions.set(username, session);
    }
    return session;
  }

  async getAs<T>(username: string | undefined, path: string): Promise<T> {
    const token = username ? (await this.login(username)).token : undefined;
    return this.request<T>('GET', path, { token });
  }

  async postAs<T>(username: string, path: string, body: object): Promise<T> {
    const { token } = await this.login(username);
    return this.request<T>('POST', path, { token, body });
  }

  /**
   * One request through the limiter. Network failures and 502–504 are retried with the same body
   * (commands carry their commandId, so a retry is never applied twice); any other answer ≥ 400 throws ApiError.
   */
  request<T>(method: 'GET' | 'POST', path: string, options: { token?: string; body?: unknown } = {}): Promise<T> {
    return this.limiter.run(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.send<T>(method, path, options);
        } catch (error) {
          const retryable = !(error instanceof ApiError) || RETRYABLE_STATUSES.has(error.status);
          if (!retryable || attempt >= ATTEMPTS) throw error;
          await sleep(100 * 2 ** attempt);
        }
      }
    });
  }

  private async send<T>(method: string, path: string, { token, body }: { token?: string; body?: unknown }): Promise<T> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(this.deviceId ? { 'x-device-id': this.deviceId } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await response.text();
    const parsed = parseJson(text);
    if (!response.ok) throw new ApiError(method, path, response.status, parsed);
    return parsed as T;
  }

  // --- the endpoints the driver uses ---

  health() {
    return this.request<ApiSchemas['HealthView']>('GET', '/api/health');
  }

  contest() {
    return this.request<ApiSchemas['ContestView']>('GET', '/api/catalogue/contest');
  }

  trades() {
    return this.request<TradeSummary[]>('GET', '/api/catalogue/trades');
  }

  /** The events with their kind (an achievement review has no draw and no marking on tablets). */
  events() {
    return this.request<Array<{ id: string; kind?: 'practical' | 'achievement'; tradeIds: string[] }>>('GET', '/api/catalogue/events');
  }

  trade(tradeId: string) {
    return this.request<TradeDefinitionView>('GET', `/api/catalogue/trades/${encodeURIComponent(tradeId)}`);
  }

  board(tradeId: string) {
    return this.request<BoardSnapshot>('GET', `/api/trades/${encodeURIComponent(tradeId)}/board`);
  }

  panel(tradeId: string) {
    return this.getAs<PanelMemberView[]>(ORGANISER, `/api/trades/${encodeURIComponent(tradeId)}/panel`);
  }

  submitEntry(reviewer: string, entry: EntryRequest) {
    return this.postAs<ApiSchemas['EntryAnswer']>(reviewer, '/api/entries', { commandId: randomUUID(), ...entry });
  }

  approveByCity(reviewer: string, entryId: string) {
    return this.postAs(reviewer, `/api/entries/${entryId}/city-approval`, { commandId: randomUUID() });
  }

  confirm(entryId: string) {
    return this.postAs(ORGANISER, `/api/entries/${entryId}/confirmation`, { commandId: randomUUID() });
  }

  /** Commit–reveal: the SHA-256 of the seed is published before the draw reveals the seed. */
  commitDraw(tradeId: string, seed: string) {
    return this.postAs<ApiSchemas['DrawCommitmentAnswer']>(ORGANISER, `/api/trades/${encodeURIComponent(tradeId)}/draw/commitment`, {
      commandId: randomUUID(),
      commitment: drawCommitment(seed),
    });
  }

  drawLots(tradeId: string, seed: string) {
    return this.postAs<ApiSchemas['DrawLotsAnswer']>(ORGANISER, `/api/trades/${encodeURIComponent(tradeId)}/draw`, {
      commandId: randomUUID(),
      seed,
    });
  }

  /** A mark; a retry passes the first attempt's `commandId`, so that it is never counted twice. */
  postMark(mark: PlannedMark, commandId: string = randomUUID()) {
    const { judge, tradeId, competitorNumber, aspectId, mark: value } = mark;
    return this.postAs<MarkAnswer>(judge, `/api/trades/${encodeURIComponent(tradeId)}/marks`, {
      commandId,
      competitorNumber,
      aspectId,
      mark: value,
    });
  }
}

export const ORGANISER = 'organiser';
export const reviewerOf = (city: CityId) => `reviewer-${city}`;

const parseJson = (text: string): unknown => {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Contestants: deterministic, plausible, valid
// ---------------------------------------------------------------------------------------------

export interface EntryRequest {
  tradeId: string;
  name: string;
  idNumber: string;
  phone: string;
  employer: { name: string; creditCode: string; techBased: boolean };
  city: CityId;
  skillLevel: SkillLevel;
  /** Team trades: the members besides the captain. */
  members: Array<{ name: string; idNumber: string; phone: string }>;
}

export interface Contestant extends EntryRequest {
  /** 0–1: how well this person does; drives the marks the judges give. */
  ability: number;
}

/** Skill levels of people a city sends to a provincial contest: mostly intermediate to senior. */
const SKILL_LEVEL_WEIGHTS: ReadonlyArray<readonly [SkillLevel, number]> = [
  ['none', 1],
  ['level-5', 1],
  ['level-4', 3],
  ['level-3', 5],
  ['level-2', 4],
  ['level-1', 2],
];

function weightedPick<T>(rng: Rng, weighted: ReadonlyArray<readonly [T, number]>): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let ticket = rng.next() * total;
  for (const [value, weight] of weighted) {
    ticket -= weight;
    if (ticket < 0) return value;
  }
  return weighted[weighted.length - 1]![0];
}

/** An employer of the city (or of anywhere, if the city has none left), never one of `excluded`. */
function employerFor(rng: Rng, city: CityId, excluded: ReadonlySet<string>): DemoEmployer {
  const allowed = demoEmployers.filter((e) => !excluded.has(e.name));
  const local = allowed.filter((e) => e.city === city);
  return rng.pick(local.length > 0 ? local : allowed);
}

export interface ContestantOptions {
  tradeId: string;
  /** People per entry: 1, or a team's size (a captain and its members, all of one employer). */
  teamSize: number;
  city: CityId;
  /** The contest year: ages are 22–50 on its last day (the server's contest day when an event has no date). */
  year: number;
  /** Employers of the trade's judges: a judge never marks someone of the same employer (回避). */
  excludedEmployers: ReadonlySet<string>;
}

export function generateContestant(rng: Rng, { tradeId, teamSize, city, year, excludedEmployers }: ContestantOptions): Contestant {
  const employer = employerFor(rng, city, excludedEmployers);
  const person = () => demoPerson(rng, { city, onDay: `${year}-12-31`, minAge: 22, maxAge: 50 });
  const { name, idNumber, phone } = person();
  const members = Array.from({ length: teamSize - 1 }, () => {
    const { name, idNumber, phone } = person();
    return { name, idNumber, phone };
  });
  return {
    members,
    tradeId,
    name,
    idNumber,
    phone,
    employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
    city,
    skillLevel: weightedPick(rng, SKILL_LEVEL_WEIGHTS),
    ability: 0.45 + rng.next() * 0.5,
  };
}

// ---------------------------------------------------------------------------------------------
// Preparing trades: entries → city approval → confirmation → draw
// ---------------------------------------------------------------------------------------------

export interface Competitor {
  competitorNumber: number;
  entryId: string;
  /** Known when this run entered the person; an entry left by an earlier run has none. */
  contestant?: Contestant;
}

export interface PreparedTrade {
  trade: TradeDefinitionView;
  /** Usernames of the judges (role `judge`) who mark. */
  judges: string[];
  competitors: Competitor[];
}

export interface PrepareOptions {
  /** How many trades whose lots are not drawn yet to pick (at random, from the seed), or the ids of the trades. */
  trades: number | readonly string[];
  contestantsPerTrade: number | ((trade: TradeDefinitionView) => number);
  seed: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

/**
 * Picks `count` trades whose lots are not drawn yet, in an order that depends on the seed. Trades with
 * the same-city conflict rule are left out: the drivers mark without substitutes, and a demo judge's
 * city is often a contestant's. The trades of achievement reviews are left out: they have no draw.
 */
export async function pickUndrawnTrades(api: ContestApi, count: number, seed: number): Promise<TradeSummary[]> {
  const reviews = new Set((await api.events()).filter((e) => e.kind === 'achievement').flatMap((e) => e.tradeIds));
  const open = (await api.trades()).filter((t) => !t.lotsDrawn && !t.conflictOfInterest?.sameCity);
  // Shuffled before the reviews are left out: a seed picks the practical trades it picked before they were reviews.
  const practical = createRng(hashString(`${seed}|trades`))
    .shuffle(open)
    .filter((t) => !reviews.has(t.id));
  if (practical.length < count) {
    throw new Error(
      `Only ${practical.length} trades still have their lots undrawn; ${count} were asked for (start the server on a fresh SQLITE_FILE)`,
    );
  }
  return practical.slice(0, count);
}

/** Entries, approvals, confirmations and the draw for the trades (picked, or named by `trades`), ready for marking. */
export async function prepareTrades(api: ContestApi, options: PrepareOptions): Promise<PreparedTrade[]> {
  const log = options.log ?? (() => {});
  const { year } = await api.contest();
  const picked =
    typeof options.trades === 'number' ? await pickUndrawnTrades(api, options.trades, options.seed) : options.trades.map((id) => ({ id }));
  const usedIdNumbers = new Set<string>();
  const prepared: PreparedTrade[] = [];
  // Trades one after another (each one's requests run concurrently): a failure names its trade.
  for (const summary of picked) {
    const trade = await api.trade(summary.id);
    const count = typeof options.contestantsPerTrade === 'function' ? options.contestantsPerTrade(trade) : options.contestantsPerTrade;
    const one = await prepareTrade(api, trade, { count, year, seed: options.seed, usedIdNumbers });
    log(`  ${trade.id} ${trade.name}: ${one.competitors.length} competitors drawn, panel of ${one.judges.length} judges`);
    prepared.push(one);
  }
  return prepared;
}

interface PrepareTradeOptions {
  count: number;
  year: number;
  seed: number;
  usedIdNumbers: Set<string>;
}

async function prepareTrade(api: ContestApi, trade: TradeDefinitionView, options: PrepareTradeOptions): Promise<PreparedTrade> {
  const judges = (await api.panel(trade.id)).filter((m) => m.role === 'judge').map((m) => m.username);
  const judgeEmployers = await employersOf(api, judges);
  const rng = createRng(hashString(`${options.seed}|contestants|${trade.id}`));
  const cities = rng.shuffle(CITIES.map((c) => c.id));

  // A city's reviewer cannot approve past the city's quota in the trade.
  const perCity = trade.registration?.quotaPerCity ?? Infinity;
  const count = Math.min(options.count, perCity * cities.length);
  const slots = Array.from({ length: count }, (_, i) => cities[i % cities.length]!);
  const entered = await Promise.all(
    slots.map((city) =>
      enterApprovedAndConfirmed(
        api,
        rng,
        { tradeId: trade.id, teamSize: trade.teamSize, city, year: options.year, excludedEmployers: judgeEmployers },
        options.usedIdNumbers,
      ),
    ),
  );
  const byEntryId = new Map(entered.map((e) => [e.entryId, e.contestant]));
  const drawSeed = `${options.seed}-${trade.id}`;
  await api.commitDraw(trade.id, drawSeed);
  const { assignments } = await api.drawLots(trade.id, drawSeed);
  const competitors = assignments
    .map(({ entryId, competitorNumber }) => ({ entryId, competitorNumber, contestant: byEntryId.get(entryId) }))
    .sort((a, b) => a.competitorNumber - b.competitorNumber);
  return { trade, judges, competitors };
}

async function employersOf(api: ContestApi, usernames: readonly string[]): Promise<Set<string>> {
  const sessions = await Promise.all(usernames.map((u) => api.login(u)));
  return new Set(sessions.flatMap((s) => (s.user.employer ? [s.user.employer.name] : [])));
}

const MAX_IDENTITY_TRIES = 5;

/**
 * One person through registration: entered by the city's reviewer, approved by the city, confirmed
 * by the province. A resident ID already used (by this run, or an earlier run on the same server) is replaced.
 */
async function enterApprovedAndConfirmed(
  api: ContestApi,
  rng: Rng,
  options: ContestantOptions,
  usedIdNumbers: Set<string>,
): Promise<{ entryId: string; contestant: Contestant }> {
  const reviewer = reviewerOf(options.city);
  for (let attempt = 1; ; attempt++) {
    const contestant = uniqueContestant(rng, options, usedIdNumbers);
    const { ability: _ability, ...entry } = contestant;
    try {
      const { entryId } = await api.submitEntry(reviewer, entry);
      await api.approveByCity(reviewer, entryId);
      await api.confirm(entryId);
      return { entryId, contestant };
    } catch (error) {
      const idTaken = error instanceof ApiError && error.status === 409 && error.fields.includes('idNumber');
      if (!idTaken || attempt >= MAX_IDENTITY_TRIES) throw error;
    }
  }
}

function uniqueContestant(rng: Rng, options: ContestantOptions, usedIdNumbers: Set<string>): Contestant {
  for (;;) {
    const contestant = generateContestant(rng, options);
    const idNumbers = [contestant.idNumber, ...contestant.members.map((m) => m.idNumber)];
    if (idNumbers.some((id) => usedIdNumbers.has(id)) || new Set(idNumbers).size < idNumbers.length) continue;
    for (const id of idNumbers) usedIdNumbers.add(id);
    return contestant;
  }
}

// ---------------------------------------------------------------------------------------------
// Planning marks
// ---------------------------------------------------------------------------------------------

export interface AchievementReviewTally {
  recommended: number;
  /** Refused a recommendation (the city's quota of the trade was full). */
  quotaFull: number;
  eligible: number;
  /** Achievements the organiser checked, and how many of those it found eligible. */
  checked: number;
}

/**
 * The two tiers of the demo's achievement reviews (docs/achievements.md): each city's reviewer
 * recommends its city's submitted achievements (a full quota is counted, not fatal), then the
 * organiser finds each recommended one eligible and reads its files' integrity. A second run finds
 * nothing left to do.
 */
export async function reviewAchievements(api: ContestApi): Promise<AchievementReviewTally> {
  type Summary = ApiSchemas['AchievementSummaryView'];
  type Integrity = ApiSchemas['AttachmentIntegrityView'];
  const tally: AchievementReviewTally = { recommended: 0, quotaFull: 0, eligible: 0, checked: 0 };
  await Promise.all(
    CITIES.map(async ({ id: city }) => {
      const reviewer = reviewerOf(city);
      for (const a of await api.getAs<Summary[]>(reviewer, '/api/achievements?status=submitted')) {
        try {
          await api.postAs(reviewer, `/api/achievements/${a.achievementId}/city-recommendation`, { commandId: randomUUID() });
          tally.recommended++;
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 409)) throw error;
          tally.quotaFull++;
        }
      }
    }),
  );
  for (const a of await api.getAs<Summary[]>(ORGANISER, '/api/achievements?status=recommended')) {
    tally.checked++;
    const files = await api.getAs<Integrity[]>(ORGANISER, `/api/achievements/${a.achievementId}/integrity`);
    if (files.every((f) => f.intact)) {
      await api.postAs(ORGANISER, `/api/achievements/${a.achievementId}/eligibility`, { commandId: randomUUID() });
      tally.eligible++;
    } else {
      await api.postAs(ORGANISER, `/api/achievements/${a.achievementId}/ineligibility`, {
        commandId: randomUUID(),
        reason: 'A file no longer matches its recorded hash',
      });
    }
  }
  return tally;
}

export interface PlannedMark {
  tradeId: string;
  /** Username of the judge who posts it. */
  judge: string;
  competitorNumber: number;
  aspectId: string;
  mark: number;
}

export const aspectsOf = (trade: TradeDefinitionView): AspectView[] => trade.scheme.subCriteria.flatMap((s) => s.aspects);

/** Marks one competitor needs: every judge on every judgement aspect, one judge per measurement aspect. */
export function marksPerCompetitor(trade: TradeDefinitionView, judges: number): number {
  return aspectsOf(trade).reduce((n, a) => n + (a.type === 'judgement' ? judges : 1), 0);
}

/**
 * Every mark the trade needs, in the order a panel would give them: each judge walks the workstations
 * from a different one, marking the aspects of a competitor in scheme order, and the judges work at the
 * same time (their sequences are interleaved at random). Measurement aspects rotate among the judges.
 */
export function planTradeMarks(prepared: PreparedTrade, seed: number): PlannedMark[] {
  const { trade, judges, competitors } = prepared;
  if (judges.length === 0) throw new Error(`Trade ${trade.id} has no judges on its panel`);
  const rng = createRng(hashString(`${seed}|marks|${trade.id}`));
  const aspects = aspectsOf(trade);
  const walk = rng.shuffle(competitors);
  const abilityOf = new Map(walk.map((c) => [c.competitorNumber, c.contestant?.ability ?? 0.45 + rng.next() * 0.5]));
  const levels = new JudgementLevels(rng, abilityOf);

  const measurer = (workstation: number, aspectIndex: number) => (workstation + aspectIndex) % judges.length;

  const sequences = judges.map((judge, judgeIndex) => {
    const start = Math.floor((judgeIndex * walk.length) / judges.length);
    const stations = walk.map((_, i) => (start + i) % walk.length);
    return stations.flatMap((workstation) =>
      aspects.flatMap((aspect, aspectIndex): PlannedMark[] => {
        const { competitorNumber } = walk[workstation]!;
        if (aspect.type === 'measurement' && measurer(workstation, aspectIndex) !== judgeIndex) return [];
        const mark =
          aspect.type === 'judgement'
            ? levels.of(competitorNumber, aspect.id)
            : measurementMark(rng, aspect.maxMark, abilityOf.get(competitorNumber)!);
        return [{ tradeId: trade.id, judge, competitorNumber, aspectId: aspect.id, mark }];
      }),
    );
  });
  return interleaveAtRandom(rng, sequences);
}

/** Judgement levels 0–3 that a sound panel gives: every judge within one level of the others. */
class JudgementLevels {
  private readonly base = new Map<string, { level: number; other: number }>();

  constructor(
    private readonly rng: Rng,
    private readonly abilityOf: ReadonlyMap<number, number>,
  ) {}

  of(competitorNumber: number, aspectId: string): number {
    const key = `${competitorNumber}|${aspectId}`;
    let agreed = this.base.get(key);
    if (!agreed) {
      const ability = this.abilityOf.get(competitorNumber) ?? 0.5;
      const level = clamp(Math.round(ability * 3 + (this.rng.next() - 0.5) * 0.8), 0, 3);
      const other = clamp(level + (this.rng.chance(0.5) ? 1 : -1), 0, 3);
      agreed = { level, other };
      this.base.set(key, agreed);
    }
    return this.rng.chance(0.25) ? agreed.other : agreed.level;
  }
}

/** Full mark within tolerance, else 0, now and then a partial mark (two decimals). */
function measurementMark(rng: Rng, maxMark: number, ability: number): number {
  if (rng.chance(ability)) return maxMark;
  if (rng.chance(0.7)) return 0;
  return Math.round(maxMark * rng.int(2, 8) * 10) / 100;
}

/** Merges sequences keeping each one's order; the next mark comes from a sequence picked by its remaining length. */
export function interleaveAtRandom<T>(rng: Rng, sequences: readonly T[][]): T[] {
  const cursors = sequences.map(() => 0);
  let remaining = sequences.reduce((n, s) => n + s.length, 0);
  const merged: T[] = [];
  while (remaining > 0) {
    let ticket = rng.int(0, remaining - 1);
    const index = sequences.findIndex((s, i) => (ticket -= s.length - cursors[i]!) < 0);
    merged.push(sequences[index]![cursors[index]!]!);
    cursors[index]! += 1;
    remaining -= 1;
  }
  return merged;
}

/** Takes one mark from each trade in turn, so every board gets its share at the same pace. */
export function roundRobin<T>(lists: readonly T[][]): T[] {
  const merged: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) merged.push(list[i]!);
  return merged;
}

/**
 * Merges the trades' lists so that each is spread evenly over the whole run (a trade with twice the
 * marks gets them twice as often), keeping every list's own order: all trades finish together.
 */
export function mergeEvenly<T>(lists: readonly T[][]): T[] {
  const slots = lists.flatMap((list, l) => list.map((item, i) => ({ item, l, at: (i + 0.5) / list.length })));
  return slots.sort((a, b) => a.at - b.at || a.l - b.l).map((slot) => slot.item);
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

// ---------------------------------------------------------------------------------------------
// Open-loop pacing
// ---------------------------------------------------------------------------------------------

export interface PacingReport {
  started: number;
  sent: number;
  /** How late the sends were against their schedule (ms), worst case. */
  maxLatenessMs: number;
  /** Sends skipped because `maxInFlight` requests were already outstanding. */
  skippedOverloaded: number;
}

/**
 * Calls `send(i)` at `startAt + offsetMs(i)` for i in 0..count−1 without waiting for earlier sends
 * (open loop: a slow server does not slow the offered load). Stops early when `signal` aborts.
 */
export async function paceOpenLoop(options: {
  count: number;
  offsetMs: (index: number) => number;
  send: (index: number) => void;
  inFlight?: () => number;
  maxInFlight?: number;
  signal?: AbortSignal;
  tickMs?: number;
}): Promise<PacingReport> {
  const { count, offsetMs, send, signal } = options;
  const tickMs = options.tickMs ?? 2;
  const started = performance.now();
  const report: PacingReport = { started, sent: 0, maxLatenessMs: 0, skippedOverloaded: 0 };
  let next = 0;
  while (next < count && !signal?.aborted) {
    const now = performance.now();
    while (next < count && started + offsetMs(next) <= now) {
      report.maxLatenessMs = Math.max(report.maxLatenessMs, now - (started + offsetMs(next)));
      if (options.maxInFlight !== undefined && (options.inFlight?.() ?? 0) >= options.maxInFlight) {
        report.skippedOverloaded += 1;
      } else {
        send(next);
        report.sent += 1;
      }
      next += 1;
    }
    if (next < count) await sleep(Math.max(0, Math.min(tickMs, started + offsetMs(next) - performance.now())));
  }
  return report;
}

/**
 * Send times (ms from the start, ascending) of `count` marks arriving at random over `spanMs`, as
 * independent judges do: uniform random points, sorted (a Poisson process given its count).
 */
export function arrivalOffsets(count: number, spanMs: number, seed: number): number[] {
  const rng = createRng(hashString(`${seed}|arrivals`));
  return Array.from({ length: count }, () => rng.next() * spanMs).sort((a, b) => a - b);
}

/** Evenly spaced send times at `perSecond` (a fixed-rate open-loop load). */
export const fixedRateOffset = (perSecond: number) => (index: number) => (index * 1000) / perSecond;

// ---------------------------------------------------------------------------------------------
// Boards
// ---------------------------------------------------------------------------------------------

export const liveUrl = (baseUrl: string, tradeId: string) => `${baseUrl.replace(/\/+$/, '')}/live?trade=${encodeURIComponent(tradeId)}`;

export const leaderOf = (board: BoardSnapshot): BoardRow | undefined =>
  [...board.rows].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.competitorNumber - b.competitorNumber)[0];

/** Command-line flags `--name value` (or `--name=value`) into a map; bare `--name` is "true". */
export function parseFlags(argv: readonly string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) flags.set(name, inline);
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) flags.set(name, argv[++i]!);
    else flags.set(name, 'true');
  }
  return flags;
}

/** A positive number flag, or its default; anything else stops with a message. */
export function numberFlag(flags: Map<string, string>, name: string, fallback: number, { integer = true } = {}): number {
  const raw = flags.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new Error(`--${name} must be a positive ${integer ? 'integer' : 'number'}, got ${raw}`);
  }
  return value;
}
