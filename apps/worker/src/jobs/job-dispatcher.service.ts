import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { scoreContestantJobId } from '#contracts';
import type { ScoreSheetEvent } from '#domain';
import { CHECKPOINT_STORE, type CheckpointStore, EVENT_STORE, type EventStore, type StoredEvent, type Subscription } from '#event-store';
import { ScoringJobQueue } from './scoring-job-queue.js';

export const DISPATCHER_CHECKPOINT = 'scoring-dispatcher';
/** Saving the checkpoint at most this often: a restart re-dispatches at most this window, harmlessly. */
const CHECKPOINT_EVERY_MS = 200;

/**
 * Follows the store from its checkpoint and turns every mark into a scoring job with a
 * deterministic id. After a crash (or the loss of Redis) it resumes from the checkpoint: jobs
 * dispatched twice map to the same job id and to results with the same event id.
 */
@Injectable()
export class JobDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('JobDispatcher');
  private subscription?: Subscription;
  private savedPosition = 0;
  private lastSave = 0;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    private readonly queue: ScoringJobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.savedPosition = await this.checkpoints.load(DISPATCHER_CHECKPOINT);
    this.subscription = this.store.subscribeToAll((event) => this.dispatch(event), { name: DISPATCHER_CHECKPOINT, after: this.savedPosition }, (error) =>
      this.logger.error(`Dispatcher stopped: ${error instanceof Error ? error.stack : String(error)}`),
    );
    this.logger.log(`Dispatching scoring jobs from position ${this.savedPosition}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
    try {
      await this.saveCheckpoint(true);
    } catch (error) {
      // Nothing is lost: the next start re-dispatches from the last saved checkpoint.
      this.logger.warn(`Checkpoint not saved on shutdown: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Resolves once every mark stored now has been dispatched (and, inline, scored). */
  caughtUp(): Promise<void> {
    return this.subscription ? this.subscription.caughtUp() : Promise.resolve();
  }

  private async dispatch(stored: StoredEvent): Promise<void> {
    if (stored.type === 'MarkSubmitted') {
      const { tradeId, competitorNumber } = (stored as unknown as ScoreSheetEvent).data;
      await this.queue.enqueue(
        { tradeId, competitorNumber, causationId: stored.id, correlationId: stored.metadata.correlationId },
        scoreContestantJobId(tradeId, competitorNumber, stored.revision),
      );
    }
    await this.saveCheckpoint(false);
  }

  private async saveCheckpoint(force: boolean): Promise<void> {
    const position = this.subscription?.position ?? this.savedPosition;
    const now = Date.now();
    if (position <= this.savedPosition || (!force && now - this.lastSave < CHECKPOINT_EVERY_MS)) return;
    await this.checkpoints.save(DISPATCHER_CHECKPOINT, position);
    this.savedPosition = position;
    this.lastSave = now;
  }
}
