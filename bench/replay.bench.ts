/**
 * Replay benchmark: how long does it take to rebuild every read model from the event store?
 *
 *   npm run bench:replay -- [--events 1000000] [--contestants N (auto)] [--db <file>] [--keep]
 *
 * 1. Generation (timed on its own): a temp SQLite file filled through `SqliteEventStore.appendMany`
 *    (batches of ~10k events, one transaction each) with a history made by the real deciders:
 *    the demo contest as the seeder writes it (ContestDefined, ContestEventDefined, TradeDefined,
 *    UserRegistered, JudgeAssigned), entries (EntrySubmitted, EntryApprovedByCity, EntryConfirmed, a few
 *    rejections), DrawCommitted and LotsDrawn per trade, then MarkSubmitted into `scoresheet-<tradeId>-<n>` and, after every
 *    mark, the ResultCalculated the scoring job would write into `results-<tradeId>` (calculateResult),
 *    trades interleaved, until the event count is reached. Metadata as the real writers make it.
 * 2. Rebuild, direct: `new ReadModels()`, `store.readAllSync(after, 5000)` batches, `apply` each event,
 *    then `boards.goLive()` (the ranking pass), all in the time.
 * 3. Rebuild through the real subscription path: `store.subscribeToAll` (batch size 2000, as the API's
 *    ProjectionsService) + `caughtUp()` + `goLive()`.
 * Each rebuild runs in a fresh child process, so its peak RSS is its own. Target: ≥ 100,000 events/s.
 *
 * With `--db <file>` an existing file is reused (generated first if it does not exist) and kept;
 * `--phase direct|subscription --db <file>` runs one rebuild only (e.g. under `node --cpu-prof`).
 */
import { spawnSync } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hash } from '@node-rs/argon2';
import Database from 'better-sqlite3';
import { deterministicId } from '#application';
import {
  calculateResult,
  contestDecider,
  drawCommitment,
  entryDecider,
  evolveScoreSheet,
  evolveTrade,
  initialScoreSheetState,
  initialTradeState,
  scoreSheetDecider,
  streams,
  tradeDecider,
  userDecider,
  type Aspect,
  type CityId,
  type EntryCommand,
  type EntryContext,
  type EntryState,
  type PanelMember,
  type ScoreSheetState,
  type SkillLevel,
  type TeamMember,
  type TradeCommand,
  type TradeDefinition,
  type TradeState,
} from '#domain';
import { createRng, DEMO_PASSWORD, demoEmployers, demoPerson, generateDemoAccounts, generateDemoContest, type Rng } from '#demo';
import { type EventMetadata, type NewEvent, SqliteEventStore } from '#event-store';
import { ReadModels } from '#read-models';

const TARGET_EVENTS_PER_SECOND = 100_000;
const APPEND_BATCH_EVENTS = 10_000;
const READ_BATCH = 5_000;
/** The API's ProjectionsService reads with this batch size. */
const SUBSCRIPTION_BATCH = 2_000;
const DEFAULT_CONTESTANTS = 45;
/** The default PERSON_KEY_SECRET of the local profile: entry ids as the API would derive them. */
const PERSON_KEY_SECRET = 'jiangxin-local-demo-person-key';
const SEEDER = { userId: 'system:demo-seed', role: 'system' };
const SCORING = { userId: 'system:scoring', role: 'system' };

// ---- arguments ------------------------------------------------------------------------------------

interface Args {
  events: number;
  contestants?: number;
  db?: string;
  keep: boolean;
  phase?: 'direct' | 'subscription';
}

function parseArgs(argv: string[]): Args {
  const args: Args = { events: 1_000_000, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const count = () => {
      const n = Number(value().replace(/[_,]/g, ''));
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive integer`);
      return n;
    };
    if (flag === '--events') args.events = count();
    else if (flag === '--contestants') args.contestants = count();
    else if (flag === '--db') args.db = value();
    else if (flag === '--keep') args.keep = true;
    else if (flag === '--phase') {
      const phase = value();
      if (phase !== 'direct' && phase !== 'subscription') throw new Error('--phase is direct or subscription');
      args.phase = phase;
    } else throw new Error(`Unknown flag ${flag}`);
  }
  return args;
}

// ---- generation -----------------------------------------------------------------------------------

class HistoryFull extends Error {}

/** Buffers appends and writes them with `appendMany`, ~10k events per transaction. */
class BulkWriter {
  total = 0;
  readonly byType = new Map<string, number>();
  private readonly revisions = new Map<string, number>();
  private pending: Array<{ streamId: string; events: NewEvent[]; expected: number | 'no_stream' }> = [];
  private pendingEvents = 0;
  /** The batches handed to the store's writer thread and not yet committed (it commits them in order). */
  private committing: Array<Promise<unknown>> = [];

  constructor(
    private readonly store: SqliteEventStore,
    private readonly limit: number,
    private readonly onProgress: (total: number) => void,
  ) {}

  get remaining(): number {
    return this.limit - this.total;
  }

  /** Appends the events to the stream (with its exact expected revision); throws HistoryFull at the limit. */
  append(streamId: string, events: NewEvent[]): void {
    if (this.total + events.length > this.limit) throw new HistoryFull();
    const revision = this.revisions.get(streamId);
    this.pending.push({ streamId, events, expected: revision === undefined ? 'no_stream' : revision });
    this.revisions.set(streamId, (revision ?? -1) + events.length);
    for (const event of events) this.byType.set(event.type, (this.byType.get(event.type) ?? 0) + 1);
    this.total += events.length;
    this.pendingEvents += events.length;
    if (this.pendingEvents >= APPEND_BATCH_EVENTS) this.flush();
  }

  /** Flushes and waits until every batch has committed. */
  async committed(): Promise<void> {
    this.flush();
    const batches = this.committing;
    this.committing = [];
    await Promise.all(batches);
  }

  revisionOf(streamId: string): number {
    return this.revisions.get(streamId) ?? -1;
  }

  flush(): void {
    if (this.pending.length === 0) return;
    this.committing.push(this.store.appendMany(this.pending));
    this.pending = [];
    this.pendingEvents = 0;
    this.onProgress(this.total);
  }
}

/** A clock that moves forward by the given steps: occurredAt values of a plausible contest timeline. */
class TimelineClock {
  constructor(private ms: number) {}
  advance(seconds: number): string {
    this.ms += Math.round(seconds * 1000);
    return new Date(this.ms).toISOString();
  }
  set(iso: string): void {
    this.ms = Math.max(this.ms, Date.parse(iso));
  }
}

const metadata = (
  actor: { userId: string; role: string },
  commandId: string,
  occurredAt: string,
  extra: Partial<EventMetadata> = {},
): EventMetadata => ({
  actor,
  ...(extra.device ? { device: extra.device } : {}),
  commandId,
  correlationId: extra.correlationId ?? commandId,
  causationId: extra.causationId ?? commandId,
  occurredAt,
  schemaVersion: 1,
  ...(extra.reason ? { reason: extra.reason } : {}),
});

/** As the CommandExecutor makes them: event ids derive from the command id. */
const toNewEvents = (events: ReadonlyArray<{ type: string; data: unknown }>, commandId: string, meta: EventMetadata): NewEvent[] =>
  events.map((event, index) => ({ id: deterministicId(`${commandId}/${index}`), type: event.type, data: event.data, metadata: meta }));

const SKILL_LEVELS: SkillLevel[] = ['none', 'level-5', 'level-4', 'level-4', 'level-3', 'level-3', 'level-2', 'level-1'];
const REJECTION_REASONS = ['材料不全：缺少单位推荐表', '不符合参赛年龄要求', '同一人重复报名', '职业资格等级证明不符'];

/** A fictitious person (valid GB 11643 ID number, aged 22–50 on `onDay`) whose ID number is unique within the run. */
function uniquePerson(rng: Rng, city: CityId, onDay: string, used: Set<string>): TeamMember {
  for (;;) {
    const { name, idNumber, phone } = demoPerson(rng, { city, onDay, minAge: 22, maxAge: 50 });
    if (!used.has(idNumber)) {
      used.add(idNumber);
      return { name, idNumber, phone };
    }
  }
}

/** Like RegistrationContext.personKey (apps/api/src/registration/registration-context.service.ts). */
const entryIdFor = (contestId: string, idNumber: string) =>
  `e${createHmac('sha256', PERSON_KEY_SECRET).update(`${contestId}/${idNumber}`).digest('base64url').slice(0, 22)}`;

const marksPerContestant = (trade: TradeDefinition) =>
  trade.scheme.subCriteria.reduce((n, s) => n + s.aspects.reduce((m, a) => m + (a.type === 'measurement' ? 1 : trade.panelSize), 0), 0);

/** Contestants per trade: 45, or as many as needed for every sheet's marks to reach the event count. */
function contestantsFor(events: number, trades: readonly TradeDefinition[], fixedEvents: number): number {
  const marksPerRound = trades.reduce((n, t) => n + marksPerContestant(t), 0);
  // Per contestant: ~3.1 entry events, marks × 2 (MarkSubmitted + ResultCalculated); DrawCommitted and LotsDrawn once per trade.
  const perContestant = trades.length * 3.1 + marksPerRound * 2;
  return Math.max(DEFAULT_CONTESTANTS, Math.ceil((events - fixedEvents - 2 * trades.length) / perContestant));
}

interface GenerationReport {
  events: number;
  seconds: number;
  contestants: number;
  entries: number;
  marks: number;
  completeSheets: number;
  sheets: number;
  byType: Map<string, number>;
  peakRssMb: number;
  fileMb: number;
}

async function generate(file: string, limit: number, requestedContestants: number | undefined): Promise<GenerationReport> {
  const started = performance.now();
  const rng = createRng(20260623);
  const contest = generateDemoContest();
  const accounts = generateDemoAccounts(contest);
  const store = new SqliteEventStore(file);
  let lastReport = 0;
  const writer = new BulkWriter(store, limit, (total) => {
    if (total - lastReport >= 100_000 || total === limit) {
      lastReport = total;
      process.stderr.write(
        `  generated ${total.toLocaleString('en-US')} events (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
      );
    }
  });
  const clock = new TimelineClock(Date.parse('2026-03-02T01:00:00Z'));
  const tradeStates = new Map<string, TradeState>();
  let contestants = 0;
  let entryCount = 0;
  let markCount = 0;
  const sheets = new Map<string, { state: ScoreSheetState; revision: number; marksLeft: number }>();

  try {
    // -- The demo seed, as DemoSeeder writes it.
    const seed = (name: string) => deterministicId(`demo-seed/${contest.id}/${name}`);
    const seedAppend = (streamId: string, events: ReadonlyArray<{ type: string; data: unknown }>, name: string) => {
      const commandId = seed(name);
      writer.append(streamId, toNewEvents(events, commandId, metadata(SEEDER, commandId, clock.advance(0.01))));
    };
    seedAppend(
      streams.contest(contest.id),
      contestDecider.decide({ type: 'DefineContest', contest }, contestDecider.initialState, undefined),
      'contest',
    );
    for (const trade of contest.trades) {
      const events = tradeDecider.decide({ type: 'DefineTrade', contestId: contest.id, trade }, initialTradeState, undefined);
      tradeStates.set(trade.id, events.reduce(evolveTrade, initialTradeState));
      seedAppend(streams.trade(trade.id), events, `trade/${trade.id}`);
    }
    const passwordHash = await hash(DEMO_PASSWORD);
    for (const account of accounts) {
      const { id: userId, ...profile } = account;
      seedAppend(
        streams.user(userId),
        userDecider.decide({ type: 'RegisterUser', profile: { userId, ...profile }, passwordHash }, userDecider.initialState, undefined),
        `user/${userId}`,
      );
      if (account.role !== 'judge' && account.role !== 'chief_judge') continue;
      const member: PanelMember = {
        judgeId: userId,
        role: account.role,
        employer: account.employer?.name ?? '',
        city: (account.city ?? '') as CityId,
      };
      for (const tradeId of account.tradeIds ?? []) {
        const state = tradeStates.get(tradeId)!;
        const events = tradeDecider.decide({ type: 'AssignJudge', member }, state, undefined);
        tradeStates.set(tradeId, events.reduce(evolveTrade, state));
        seedAppend(streams.trade(tradeId), events, `panel/${tradeId}/${userId}`);
      }
    }
    const fixedEvents = writer.total;
    contestants = requestedContestants ?? contestantsFor(limit, contest.trades, fixedEvents);

    // -- Entries: submitted by the city unions, approved by the city, confirmed by the province; a few rejected.
    // As RegistrationContext answers it: the trade, its event's day, no deadline, no earlier first prizes.
    const eventDays = new Map(contest.events.map((e) => [e.id, e.date]));
    const contestDayOf = (trade: TradeDefinition) => eventDays.get(trade.eventId) ?? `${contest.year}-12-31`;
    const contexts = new Map(
      contest.trades.map((trade): [string, EntryContext] => [
        trade.id,
        {
          trade,
          lotsDrawn: false,
          registrationClosesAt: undefined,
          contestDay: contestDayOf(trade),
          contestYear: contest.year,
          firstPrizeYears: () => [],
        },
      ]),
    );
    const entryStates = new Map<string, EntryState>();
    const usedIds = new Set<string>();
    const decideEntry = (
      entryId: string,
      tradeId: string,
      command: EntryCommand | ((at: string) => EntryCommand),
      actor: { userId: string; role: string },
      name: string,
      reason?: string,
    ) => {
      const occurredAt = clock.advance(rng.int(5, 90));
      const state = entryStates.get(entryId) ?? entryDecider.initialState;
      const events = entryDecider.decide(typeof command === 'function' ? command(occurredAt) : command, state, contexts.get(tradeId)!);
      entryStates.set(entryId, events.reduce(entryDecider.evolve, state));
      const commandId = deterministicId(`bench-replay/entry/${entryId}/${name}`);
      writer.append(
        streams.entry(entryId),
        toNewEvents(events, commandId, metadata(actor, commandId, occurredAt, { device: `web-${actor.userId}`, reason })),
      );
    };
    const submitted: Array<{ entryId: string; tradeId: string; city: CityId; fate: 'confirm' | 'city' | 'province' }> = [];
    for (let i = 0; i < contestants; i++) {
      for (const trade of contest.trades) {
        // ~4% of the submissions are rejected (3% by the city, 1% by the province); the rest make the field.
        const extra = rng.chance(0.04);
        for (const fate of extra ? (['confirm', rng.chance(0.75) ? 'city' : 'province'] as const) : (['confirm'] as const)) {
          const employer = rng.pick(demoEmployers);
          const city = employer.city;
          // The individual or the team's captain, then the team's other members (same employer and city).
          const [person, ...members] = Array.from({ length: trade.teamSize }, () => uniquePerson(rng, city, contestDayOf(trade), usedIds));
          const entryId = entryIdFor(contest.id, person!.idNumber);
          decideEntry(
            entryId,
            trade.id,
            (at) => ({
              type: 'SubmitEntry',
              entryId,
              contestId: contest.id,
              details: {
                tradeId: trade.id,
                ...person!,
                employer: { name: employer.name, creditCode: employer.creditCode, techBased: employer.techBased },
                city,
                skillLevel: rng.pick(SKILL_LEVELS),
                members,
              },
              at,
            }),
            { userId: `u-reviewer-${city}`, role: 'city_reviewer' },
            'submit',
          );
          submitted.push({ entryId, tradeId: trade.id, city, fate });
          entryCount++;
        }
      }
    }
    for (const entry of submitted) {
      const reviewer = { userId: `u-reviewer-${entry.city}`, role: 'city_reviewer' };
      if (entry.fate === 'city') {
        const reason = rng.pick(REJECTION_REASONS);
        decideEntry(
          entry.entryId,
          entry.tradeId,
          { type: 'RejectEntryByCity', reviewerCity: entry.city, reason },
          reviewer,
          'city-rejection',
          reason,
        );
      } else {
        decideEntry(entry.entryId, entry.tradeId, { type: 'ApproveEntryByCity', reviewerCity: entry.city }, reviewer, 'city-approval');
      }
    }
    const organiser = { userId: 'u-organiser', role: 'organiser' };
    const confirmed = new Map<string, string[]>(contest.trades.map((t) => [t.id, []]));
    for (const entry of submitted) {
      if (entry.fate === 'city') continue;
      if (entry.fate === 'province') {
        const reason = rng.pick(REJECTION_REASONS);
        decideEntry(entry.entryId, entry.tradeId, { type: 'RejectEntryByProvince', reason }, organiser, 'province-rejection', reason);
      } else {
        decideEntry(entry.entryId, entry.tradeId, { type: 'ConfirmEntry' }, organiser, 'confirmation');
        confirmed.get(entry.tradeId)!.push(entry.entryId);
      }
    }

    // -- The draw, per trade: the commitment to the seed first, then the draw that reveals it.
    for (const trade of contest.trades) {
      const seed = `draw/${trade.id}/2026`;
      const commands: Array<[name: string, command: TradeCommand]> = [
        ['draw-commitment', { type: 'CommitDraw', commitment: drawCommitment(seed) }],
        ['draw', { type: 'DrawLots', seed, confirmedEntryIds: confirmed.get(trade.id)! }],
      ];
      for (const [name, command] of commands) {
        const state = tradeStates.get(trade.id)!;
        const events = tradeDecider.decide(command, state, undefined);
        tradeStates.set(trade.id, events.reduce(evolveTrade, state));
        const commandId = deterministicId(`bench-replay/${name}/${trade.id}`);
        writer.append(streams.trade(trade.id), toNewEvents(events, commandId, metadata(organiser, commandId, clock.advance(60))));
      }
    }

    // -- Marking: all trades at once, each judge panel working aspect by aspect across the competitors.
    const cursors = contest.trades.map((trade) => markPlan(trade, tradeStates.get(trade.id)!, rng));
    for (const trade of contest.trades) {
      for (let n = 1; n <= contestants; n++) {
        sheets.set(`${trade.id}/${n}`, { state: initialScoreSheetState, revision: -1, marksLeft: marksPerContestant(trade) });
      }
    }
    const skill = new Map<string, number>();
    clock.set('2026-06-23T01:00:00Z');
    const active = [...cursors];
    while (active.length > 0 && writer.remaining > 0) {
      const index = rng.int(0, active.length - 1);
      const cursor = active[index];
      // A judge posts a few marks in a row before another panel's mark comes in.
      for (let burst = rng.int(1, 6); burst > 0; burst--) {
        const next = cursor.next();
        if (next.done) {
          active.splice(index, 1);
          break;
        }
        const { trade, state: tradeState, competitorNumber, aspect, judgeId } = next.value;
        const key = `${trade.id}/${competitorNumber}`;
        let ability = skill.get(key);
        if (ability === undefined) skill.set(key, (ability = 0.3 + rng.next() * 0.68));
        const mark =
          aspect.type === 'measurement'
            ? Math.round(aspect.maxMark * Math.min(1, Math.max(0, ability + (rng.next() - 0.5) * 0.3)) * 100) / 100
            : Math.min(3, Math.max(0, Math.round(ability * 3 + (rng.next() - 0.5) * 1.6)));
        const sheet = sheets.get(key)!;
        const events = scoreSheetDecider.decide(
          { type: 'SubmitMark', tradeId: trade.id, competitorNumber, aspectId: aspect.id, judgeId, mark },
          sheet.state,
          // Generated judges and contestants never share an employer here: no conflicts to check.
          { trade: tradeState, contestant: { employers: [], city: '' } },
        );
        const commandId = deterministicId(`bench-replay/mark/${trade.id}/${competitorNumber}/${aspect.id}/${judgeId}`);
        const markEvents = toNewEvents(
          events,
          commandId,
          metadata({ userId: judgeId, role: 'judge' }, commandId, clock.advance(rng.next() * 0.15), { device: `pad-${judgeId}` }),
        );
        const sheetStream = streams.scoreSheet(trade.id, competitorNumber);
        writer.append(sheetStream, markEvents);
        sheet.state = events.reduce(evolveScoreSheet, sheet.state);
        sheet.revision = writer.revisionOf(sheetStream);
        sheet.marksLeft -= 1;
        markCount++;
        if (writer.remaining === 0) break; // the last mark's scoring job is still in flight
        // The scoring job that follows the mark (ScoreContestantService).
        const result = calculateResult(trade, competitorNumber, sheet.state, sheet.revision);
        const resultId = `result/${trade.id}/${competitorNumber}/${sheet.revision}`;
        writer.append(streams.results(trade.id), [
          {
            id: deterministicId(resultId),
            type: 'ResultCalculated',
            data: result,
            metadata: metadata(SCORING, resultId, clock.advance(0.02), { correlationId: commandId, causationId: markEvents[0].id }),
          },
        ]);
      }
    }
  } catch (error) {
    if (!(error instanceof HistoryFull)) throw error;
  }
  await writer.committed();
  await store.close();
  if (writer.total < limit) {
    process.stderr.write(
      `  note: every sheet is fully marked at ${writer.total.toLocaleString('en-US')} events; use --contestants to go further\n`,
    );
  }
  return {
    events: writer.total,
    seconds: (performance.now() - started) / 1000,
    contestants,
    entries: entryCount,
    marks: markCount,
    sheets: sheets.size,
    completeSheets: [...sheets.values()].filter((s) => s.marksLeft === 0).length,
    byType: writer.byType,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    fileMb: fileSizeMb(file),
  };
}

interface PlannedMark {
  trade: TradeDefinition;
  state: TradeState;
  competitorNumber: number;
  aspect: Aspect;
  judgeId: string;
}

/** A panel's marking order: aspect by aspect, competitor by competitor; every judge for a judgement aspect. */
function* markPlan(trade: TradeDefinition, state: TradeState, rng: Rng): Generator<PlannedMark> {
  const judges = state.panel.filter((m) => m.role === 'judge').map((m) => m.judgeId);
  const numbers = [...(state.competitors?.keys() ?? [])].sort((a, b) => a - b);
  for (const subCriterion of trade.scheme.subCriteria) {
    for (const aspect of subCriterion.aspects) {
      for (const competitorNumber of numbers) {
        if (aspect.type === 'measurement') {
          yield { trade, state, competitorNumber, aspect, judgeId: judges[(competitorNumber - 1) % judges.length] };
        } else {
          for (const judgeId of rng.shuffle(judges)) yield { trade, state, competitorNumber, aspect, judgeId };
        }
      }
    }
  }
}

const fileSizeMb = (file: string) =>
  ['', '-wal', '-shm'].reduce((sum, suffix) => sum + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0) / 1024 ** 2;

// ---- rebuild (child process) ------------------------------------------------------------------------

interface RebuildReport {
  phase: 'direct' | 'subscription';
  events: number;
  seconds: number;
  readSeconds?: number;
  applySeconds?: number;
  goLiveSeconds: number;
  peakRssMb: number;
  heapUsedMb: number;
  digest: string;
  boards: number;
  rows: number;
}

/** What the rebuilt read models hold: the same digest on both paths means the same state. */
function digestOf(models: ReadModels): { digest: string; boards: number; rows: number } {
  const sha = createHash('sha1');
  let boards = 0;
  let rows = 0;
  for (const tradeId of [...models.catalogue.trades.keys()].sort()) {
    const snapshot = models.boards.snapshot(`trade:${tradeId}`);
    if (!snapshot) continue;
    boards++;
    rows += snapshot.rows.length;
    sha.update(JSON.stringify(snapshot));
  }
  sha.update(`${models.position}|${models.users.count}|${models.entries.entries.size}|${models.catalogue.events.size}`);
  return { digest: sha.digest('hex').slice(0, 16), boards, rows };
}

async function rebuild(file: string, phase: 'direct' | 'subscription'): Promise<RebuildReport> {
  const store = new SqliteEventStore(file);
  const head = store.headPositionSync();
  let report: Omit<RebuildReport, 'peakRssMb' | 'heapUsedMb' | 'digest' | 'boards' | 'rows'>;
  let models: ReadModels;
  if (phase === 'direct') {
    const started = performance.now();
    models = new ReadModels();
    let after = 0;
    let readMs = 0;
    let applyMs = 0;
    for (;;) {
      const r0 = performance.now();
      const batch = store.readAllSync(after, READ_BATCH);
      const r1 = performance.now();
      readMs += r1 - r0;
      if (batch.length === 0) break;
      for (const event of batch) models.apply(event);
      applyMs += performance.now() - r1;
      after = batch[batch.length - 1].position;
    }
    const g0 = performance.now();
    models.boards.goLive();
    const end = performance.now();
    report = {
      phase,
      events: models.position,
      seconds: (end - started) / 1000,
      readSeconds: readMs / 1000,
      applySeconds: applyMs / 1000,
      goLiveSeconds: (end - g0) / 1000,
    };
  } else {
    const started = performance.now();
    const rebuilt = new ReadModels();
    models = rebuilt;
    const subscription = store.subscribeToAll(
      (event) => rebuilt.apply(event),
      { name: 'bench-replay', after: 0, batchSize: SUBSCRIPTION_BATCH },
      (error) =>
        // caughtUp() rejects with the same error.
        console.error(error),
    );
    await subscription.caughtUp();
    const g0 = performance.now();
    rebuilt.boards.goLive();
    const end = performance.now();
    await subscription.stop();
    report = { phase, events: rebuilt.position, seconds: (end - started) / 1000, goLiveSeconds: (end - g0) / 1000 };
  }
  if (models.position !== head) throw new Error(`Rebuilt to ${models.position}, head is ${head}`);
  await store.close();
  return {
    ...report,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 ** 2,
    ...digestOf(models),
  };
}

function runChild(file: string, phase: 'direct' | 'subscription'): RebuildReport {
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--phase', phase, '--db', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`The ${phase} rebuild failed (exit ${child.status ?? child.signal})`);
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as RebuildReport;
}

// ---- report ---------------------------------------------------------------------------------------

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (n: number) => n.toFixed(2);
const mb = (n: number) => `${int(n)} MB`;
const verdict = (eventsPerSecond: number) => (eventsPerSecond >= TARGET_EVENTS_PER_SECOND ? '**PASS**' : '**MISS**');

function sqliteVersion(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  } finally {
    db.close();
  }
}

function countByType(file: string): Map<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT type, count(*) AS n FROM events GROUP BY type').all() as Array<{ type: string; n: number }>;
    return new Map(rows.map((r) => [r.type, r.n]));
  } finally {
    db.close();
  }
}

function markdown(args: {
  file: string;
  generation?: GenerationReport;
  direct: RebuildReport;
  subscription: RebuildReport;
  byType: Map<string, number>;
}): string {
  const { generation, direct, subscription, byType } = args;
  const cpus = os.cpus();
  const machine =
    `${os.type()} ${os.release()} ${os.arch()}, ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ` +
    `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}, SQLite ${sqliteVersion(args.file)} (better-sqlite3)`;
  const rate = (r: { events: number; seconds: number }) => r.events / r.seconds;
  const lines = [
    `### Replay: rebuild every read model from ${int(direct.events)} events`,
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${machine}`,
    `- Store: SQLite file in WAL mode, ${mb(fileSizeMb(args.file))} on disk, page cache warm (file just written)`,
  ];
  if (generation) {
    lines.push(
      `- History: demo contest (90 events, 133 trades, 614 accounts), ${int(generation.contestants)} confirmed contestants per trade ` +
        `(${int(generation.entries)} entries), ${int(generation.marks)} marks on ${int(generation.sheets)} score sheets ` +
        `(${int(generation.completeSheets)} fully marked), a ResultCalculated after every mark`,
    );
  }
  lines.push(
    `- Event mix: ${[...byType.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([type, n]) => `${type} ${int(n)}`)
      .join(', ')}`,
    '',
    `| Step | Events | Seconds | Events/s | Peak RSS | Target ≥ ${int(TARGET_EVENTS_PER_SECOND)} events/s |`,
    '|---|---:|---:|---:|---:|:---:|',
  );
  if (generation) {
    lines.push(
      `| Generate with the real deciders + \`appendMany\` (10k events/transaction) | ${int(generation.events)} | ${secs(generation.seconds)} | ${int(rate(generation))} | ${mb(generation.peakRssMb)} | n/a |`,
    );
  }
  lines.push(
    `| **Rebuild**: \`readAllSync(after, ${int(READ_BATCH)})\` + \`apply\` + \`boards.goLive()\` | ${int(direct.events)} | ${secs(direct.seconds)} | ${int(rate(direct))} | ${mb(direct.peakRssMb)} | ${verdict(rate(direct))} |`,
    `| &nbsp;&nbsp;of which read + JSON parse (\`readAllSync\`) | | ${secs(direct.readSeconds ?? 0)} | ${int(direct.events / (direct.readSeconds ?? 1))} | | |`,
    `| &nbsp;&nbsp;of which \`ReadModels.apply\` | | ${secs(direct.applySeconds ?? 0)} | ${int(direct.events / (direct.applySeconds ?? 1))} | | |`,
    `| &nbsp;&nbsp;of which \`boards.goLive()\` (ranking ${int(direct.boards)} boards, ${int(direct.rows)} rows) | | ${secs(direct.goLiveSeconds)} | | | |`,
    `| **Rebuild via subscription**: \`subscribeToAll\` (batch ${int(SUBSCRIPTION_BATCH)}) + \`caughtUp()\` + \`goLive()\` | ${int(subscription.events)} | ${secs(subscription.seconds)} | ${int(rate(subscription))} | ${mb(subscription.peakRssMb)} | ${verdict(rate(subscription))} |`,
    '',
    `Both rebuilds reach the same state (digest ${direct.digest}${direct.digest === subscription.digest ? '' : ` ≠ ${subscription.digest}: MISMATCH`}); ` +
      `heap after the rebuild ${mb(direct.heapUsedMb)}. Each rebuild ran in a fresh Node process; peak RSS is that process's maximum resident set.`,
  );
  return lines.join('\n');
}

// ---- main -----------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.phase) {
    if (!args.db) throw new Error('--phase needs --db');
    process.stdout.write(`${JSON.stringify(await rebuild(args.db, args.phase))}\n`);
    return;
  }

  const dir = args.db ? undefined : mkdtempSync(join(os.tmpdir(), 'jiangxin-replay-'));
  const file = args.db ?? join(dir!, 'events.sqlite');
  let generation: GenerationReport | undefined;
  try {
    if (!existsSync(file)) {
      process.stderr.write(`Generating ${int(args.events)} events into ${file}…\n`);
      generation = await generate(file, args.events, args.contestants);
      process.stderr.write(
        `Generated ${int(generation.events)} events in ${secs(generation.seconds)} s (${int(generation.events / generation.seconds)} events/s)\n`,
      );
    } else {
      process.stderr.write(`Reusing ${file}\n`);
    }
    process.stderr.write('Rebuilding (direct)…\n');
    const direct = runChild(file, 'direct');
    process.stderr.write(`  ${secs(direct.seconds)} s, ${int(direct.events / direct.seconds)} events/s\n`);
    process.stderr.write('Rebuilding (subscription)…\n');
    const subscription = runChild(file, 'subscription');
    process.stderr.write(`  ${secs(subscription.seconds)} s, ${int(subscription.events / subscription.seconds)} events/s\n`);
    const byType = generation?.byType ?? countByType(file);
    console.log(`\n${markdown({ file, generation, direct, subscription, byType })}\n`);
    if (direct.digest !== subscription.digest) process.exitCode = 1;
  } finally {
    if (dir && !args.keep) rmSync(dir, { recursive: true, force: true });
    else if (dir) process.stderr.write(`Kept ${file}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
