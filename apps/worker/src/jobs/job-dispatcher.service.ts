import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { scoreContestantJobId } from '#contracts';
import type { ScoreSheetEvent } from '#domain';
import { CHECKPOINT_STORE, type CheckpointStore, EVENT_STORE, type EventStore, type StoredEvent, type Subscription } from '#event-store';
import { settlesWithin, trackSubscriptionLag } from '#platform';
import { DispatchWindow } from './dispatch-window.js';
import { type JobStanding, PendingJobs } from './pending-jobs.js';
import { ScoringJobQueue } from './scoring-job-queue.js';

export const DISPATCHER_CHECKPOINT = 'scoring-dispatcher';
/** Score-sheet events that can change a contestant's result. */
const RESCORING = new Set<string>([
  'MarkSubmitted',
  'SpreadFlagged',
  'CorrectionApproved',
  'AppealRemedyApplied',
  'TheoryAnswersRecorded',
  'TheoryScoreRecorded',
  'CompletionTimeRecorded',
]);
/** Events that can change a trade's standings. */
const RERANKING = new Set<string>(['ResultCalculated', 'LotsDrawn', 'CheckInClosed']);
/** Saving the checkpoint at most this often: a restart re-dispatches at most this window, harmlessly. */
const CHECKPOINT_EVERY_MS = 200;
/** How often the dispatcher asks the queue which jobs finished, and whether Redis kept its data. */
const SETTLE_EVERY_MS = 200;
/** Jobs asked about per round (the oldest first: they decide the checkpoint). */
const SETTLE_BATCH = 500;
/** After a failure, dispatching starts again after this delay, doubled at each failure in a row up to the max. */
const RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 10_000;
/** Stopping waits this long for the events being dispatched (their enqueues may be waiting for Redis). */
const STOP_GRACE_MS = 2_000;

/**
 * Follows the store from its checkpoint and turns events into jobs with deterministic ids. Up to
 * the queue's `maxInFlight` events are enqueued at once (Redis round trips overlap); an event counts
 * as dispatched once it and every earlier one are (DispatchWindow).
 *
 * It trusts Redis with nothing: its checkpoint passes an event only once every job made from it
 * has completed (the job's result is then in the store), so a restart — of this process, or after
 * Redis lost its queue — re-dispatches from there and re-creates every job that may be missing.
 * Jobs dispatched twice map to the same job id and to results with the same event id: harmless.
 * - An enqueue that fails stops the subscription: it starts again from the checkpoint, with backoff.
 * - Redis that lost its data (restarted without persistence, flushed) is seen by a marker key the
 *   queue keeps in Redis (its storage epoch) changing or vanishing: dispatching starts again from
 *   the checkpoint at once.
 */
@Injectable()
export class JobDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobDispatcher');
  private subscription?: Subscription;
  private savedPosition = 0;
  private lastSave = 0;
  private lastCheckpointSave: Promise<unknown> = Promise.resolve();
  private stopLagMetric?: () => void;
  /** Jobs enqueued and not yet seen finished, by the position of the event that made them. */
  private readonly pending = new PendingJobs();
  /** The events being dispatched since the last (re)start; replaced at each, so a stale enqueue changes nothing. */
  private window = new DispatchWindow(0);
  /** Enqueues in flight: the window waits on them for room, stopping waits for them. */
  private readonly inFlight = new Set<Promise<void>>();
  /** Position of the last event whose dispatch started. */
  private dispatching = 0;
  /** The queue storage's epoch when dispatching (re)started: a different one means Redis lost its data. */
  private epoch?: string;
  private failuresInARow = 0;
  private stopping = false;
  private settleTimer?: NodeJS.Timeout;
  private settling?: Promise<void>;
  private restartTimer?: NodeJS.Timeout;
  private startScheduled = false;
  private readonly caughtUpWaiters: Array<{ target: number; resolve: () => void }> = [];
  /** Resolved when stopping gives up on the events being dispatched (their enqueues wait for an unreachable Redis). */
  private abandonDispatch!: () => void;
  private readonly dispatchAbandoned = new Promise<void>((resolve) => (this.abandonDispatch = resolve));

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    private readonly queue: ScoringJobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.savedPosition = await this.checkpoints.load(DISPATCHER_CHECKPOINT);
    this.window = new DispatchWindow(this.savedPosition);
    this.stopLagMetric = trackSubscriptionLag(DISPATCHER_CHECKPOINT, this.store, () => this.position);
    // Not awaited: the application starts (and reports Redis down) even while Redis does not answer.
    this.scheduleStart(this.savedPosition, 0);
    this.settleTimer = setInterval(() => void this.settle(), SETTLE_EVERY_MS);
  }

  /** Position of the last event dispatched (the metrics report the lag behind the store's head). */
  get position(): number {
    return this.handled;
  }

  /** Position of the last event that, with every earlier one, is fully dispatched. */
  private get handled(): number {
    return this.window.handled;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearInterval(this.settleTimer);
    clearTimeout(this.restartTimer);
    this.stopLagMetric?.();
    const stopped = (async () => {
      await this.subscription?.stop();
      await Promise.all([...this.inFlight, this.settling]);
    })();
    if (!(await settlesWithin(stopped, STOP_GRACE_MS))) {
      // Enqueues waiting for an unreachable Redis: the checkpoint is not past their events, so they are dispatched again at the next start.
      this.logger.warn(
        'Stopping without waiting for the events being dispatched (Redis does not answer); they are dispatched again at the next start',
      );
      this.abandonDispatch();
      await settlesWithin(stopped, 500);
    }
    try {
      await this.saveCheckpoint(true);
    } catch (error) {
      // Nothing is lost: the next start re-dispatches from the last saved checkpoint.
      this.logger.warn(`Checkpoint not saved on shutdown: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Resolves once every event stored now has been dispatched (and, inline, scored); waits through restarts. */
  async caughtUp(): Promise<void> {
    const target = await this.store.headPosition();
    if (this.handled >= target) return;
    await new Promise<void>((resolve) => this.caughtUpWaiters.push({ target, resolve }));
  }

  /** (Re)starts dispatching after `from` once `delayMs` passed; a start already scheduled wins. */
  private scheduleStart(from: number, delayMs: number): void {
    if (this.startScheduled || this.stopping) return;
    this.startScheduled = true;
    this.restartTimer = setTimeout(() => {
      this.startFrom(from).then(
        () => (this.startScheduled = false),
        (error) => {
          this.startScheduled = false;
          this.failedAt(from, error);
        },
      );
    }, delayMs);
  }

  /** Reads the queue storage's epoch (waits for Redis), then follows the store after `from`. */
  private async startFrom(from: number): Promise<void> {
    const epoch = await this.queue.storageEpoch();
    if (this.stopping) return;
    this.epoch = epoch;
    this.pending.clear();
    this.window = new DispatchWindow(from);
    const subscription: Subscription = this.store.subscribeToAll(
      (event) => this.handle(event),
      { name: DISPATCHER_CHECKPOINT, after: from },
      (error) => {
        // Only the current subscription's failure restarts (an older one may report while being replaced).
        if (this.subscription !== subscription) return;
        this.subscription = undefined;
        this.failedAt(this.dispatching, error);
      },
    );
    this.subscription = subscription;
    this.logger.log(`Dispatching scoring jobs from position ${from}`);
  }

  /** Starts the event's dispatch once the window has room; returns without waiting for it to finish. */
  private async handle(event: StoredEvent): Promise<void> {
    const window = this.window;
    while (window.size >= this.queue.maxInFlight) {
      const room = await Promise.race([Promise.race(this.inFlight).then(() => true), this.dispatchAbandoned.then(() => false)]);
      // Stopping, or dispatching failed and starts again: this event is not handled, so not past the checkpoint.
      if (!room || window !== this.window) return;
    }
    this.dispatching = event.position;
    window.start(event.position);
    const dispatched: Promise<void> = this.dispatch(event).then(
      (jobIds) => this.dispatched(window, event.position, jobIds),
      (error) => this.dispatchFailed(window, event.position, error),
    );
    this.inFlight.add(dispatched);
    void dispatched.finally(() => this.inFlight.delete(dispatched));
  }

  private dispatched(window: DispatchWindow, position: number, jobIds: string[]): void {
    if (window !== this.window) return; // dispatching started again meanwhile: that run dispatches this event again
    for (const job of window.finish(position, jobIds)) this.pending.add(job.jobId, job.position);
    this.failuresInARow = 0;
    for (let i = this.caughtUpWaiters.length - 1; i >= 0; i--) {
      if (this.caughtUpWaiters[i].target <= this.handled) this.caughtUpWaiters.splice(i, 1)[0].resolve();
    }
    void this.saveCheckpoint(false).catch((error) =>
      this.logger.warn(`Checkpoint not saved: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /** An enqueue failed: stop following the store, and start again from the checkpoint (the window stays before this event). */
  private dispatchFailed(window: DispatchWindow, position: number, error: unknown): void {
    if (window !== this.window || this.stopping) return;
    this.window = new DispatchWindow(window.handled); // later enqueues of this run are stale now
    const subscription = this.subscription;
    this.subscription = undefined;
    void subscription?.stop();
    this.failedAt(position, error);
  }

  /** Dispatching stopped on a failure (an enqueue refused, the store unreachable): start again from the checkpoint, with backoff. */
  private failedAt(position: number, error: unknown): void {
    if (this.stopping) return;
    this.failuresInARow += 1;
    const delay = Math.min(MAX_RESTART_DELAY_MS, RESTART_DELAY_MS * 2 ** (this.failuresInARow - 1));
    const from = this.pending.safePosition(this.handled);
    this.logger.warn(
      `Dispatching failed at position ${position} (${error instanceof Error ? error.message : String(error)}); ` +
        `dispatching again from position ${from} in ${delay} ms`,
    );
    this.scheduleStart(from, delay);
  }

  /**
   * One round: asks the queue where the oldest pending jobs stand, drops the finished ones, saves
   * the checkpoint. The storage epoch read before and after the question proves that Redis kept its
   * data meanwhile; if it changed, every pending job may be gone: dispatch again from the checkpoint.
   */
  private settle(): Promise<void> {
    this.settling ??= this.settleRound()
      .catch((error) => this.logger.warn(`Could not check the pending jobs: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.settling = undefined));
    return this.settling;
  }

  private async settleRound(): Promise<void> {
    if (!this.subscription || this.stopping) return;
    const asked = [...this.pending.oldest(SETTLE_BATCH), ...this.pending.failedJobs()];
    const epochBefore = await this.queue.storageEpoch();
    const standings = asked.length > 0 ? await this.queue.standings(asked) : new Map<string, JobStanding>();
    const epochAfter = asked.length > 0 ? await this.queue.storageEpoch() : epochBefore;
    if (epochBefore !== this.epoch || epochAfter !== this.epoch) {
      await this.dispatchAgainFromCheckpoint();
      return;
    }
    this.pending.update(standings);
    await this.saveCheckpoint(false);
  }

  /** Redis lost its data: the jobs pending in it are gone; the checkpoint is before all of them. */
  private async dispatchAgainFromCheckpoint(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
    const from = this.pending.safePosition(this.handled);
    this.logger.warn(
      `Redis lost its data (the queue's storage epoch changed): dispatching again from position ${from}, ${this.pending.size} jobs were pending`,
    );
    await this.saveCheckpoint(true);
    this.scheduleStart(from, 0);
  }

  /** Enqueues the event's jobs; answers the ids of those left in the queue to follow. */
  private async dispatch(stored: StoredEvent): Promise<string[]> {
    const jobIds: Array<string | undefined> = [];
    if (RESCORING.has(stored.type)) {
      const { tradeId, competitorNumber } = (stored as unknown as ScoreSheetEvent).data;
      jobIds.push(
        await this.queue.enqueue(
          { tradeId, competitorNumber, causationId: stored.id, correlationId: stored.metadata.correlationId },
          scoreContestantJobId(tradeId, competitorNumber, stored.revision),
        ),
      );
    }
    if (RERANKING.has(stored.type))
      jobIds.push(await this.queue.enqueueRanking((stored as unknown as { data: { tradeId: string } }).data.tradeId));
    return jobIds.filter((jobId) => jobId !== undefined);
  }

  /** Saves one at a time, in call order: a save never overtakes a later one with an older position. */
  private saveCheckpoint(force: boolean): Promise<void> {
    const save = this.lastCheckpointSave.then(() => this.writeCheckpoint(force));
    this.lastCheckpointSave = save.catch(() => undefined);
    return save;
  }

  private async writeCheckpoint(force: boolean): Promise<void> {
    const position = this.pending.safePosition(this.handled);
    const now = Date.now();
    if (position <= this.savedPosition || (!force && now - this.lastSave < CHECKPOINT_EVERY_MS)) return;
    // The checkpoint never passes a ranking asked for but not yet done or queued.
    await this.queue.settled();
    await this.checkpoints.save(DISPATCHER_CHECKPOINT, position);
    this.savedPosition = position;
    this.lastSave = now;
  }
}
