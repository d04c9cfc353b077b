import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { rankTradeDeduplicationId, SCORING_QUEUE, ScoringJobs, type ScoreContestantJob } from '#contracts';
import { APP_CONFIG, type AppConfig } from '#platform';
import { RankTradeService } from '../scoring/rank-trade.service.js';
import { ScoreContestantService } from '../scoring/score-contestant.service.js';
import type { JobStanding } from './pending-jobs.js';

/** A trade's ranking waits this long for more results before it runs: a burst of marks re-ranks a few times. */
export const RANKING_DELAY_MS = 50;

/** Where the dispatcher sends scoring jobs: BullMQ on Redis, or inline in this process. */
export abstract class ScoringJobQueue {
  private readonly enqueuedListeners = new Set<(jobId: string) => void>();

  abstract enqueue(job: ScoreContestantJob, jobId: string): Promise<void>;
  /** Asks for the trade to be re-ranked; coalesced with the requests of the trade already pending. */
  abstract enqueueRanking(tradeId: string): Promise<void>;
  /** Resolves when every ranking asked for so far is done or durably queued (before a checkpoint moves on). */
  settled(): Promise<void> {
    return Promise.resolve();
  }

  /** Where these jobs stand now (the dispatcher's checkpoint waits for them). */
  abstract standings(jobIds: readonly string[]): Promise<Map<string, JobStanding>>;

  /**
   * An id of the queue's storage that changes when the storage loses its data (Redis restarted
   * without persistence, or flushed): a marker kept in the storage itself, created when missing.
   */
  abstract storageEpoch(): Promise<string>;

  /** Tells `listener` the id of every job added to the queue from now on; answers the unsubscribe function. */
  onEnqueued(listener: (jobId: string) => void): () => void {
    this.enqueuedListeners.add(listener);
    return () => this.enqueuedListeners.delete(listener);
  }

  protected enqueued(jobId: string): void {
    for (const listener of this.enqueuedListeners) listener(jobId);
  }
}

/**
 * BullMQ: a job id that exists already is not added again; results are idempotent anyway. Attempts,
 * backoff and retention are the queue's defaults (queue-settings.ts).
 */
@Injectable()
export class BullMqScoringJobQueue extends ScoringJobQueue implements OnApplicationShutdown {
  /** The dispatcher's bookkeeping (job standings, the storage epoch) on a connection of its own. */
  private readonly redis: Redis;

  constructor(
    @InjectQueue(SCORING_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    this.redis = new Redis(config.REDIS_URL!, { maxRetriesPerRequest: null });
    // Connection errors are retried by ioredis; the queue's own clients report them already.
    this.redis.on('error', () => undefined);
  }

  async enqueue(job: ScoreContestantJob, jobId: string): Promise<void> {
    await this.add(ScoringJobs.scoreContestant, job, { jobId });
  }

  async standings(jobIds: readonly string[]): Promise<Map<string, JobStanding>> {
    const { completed, failed } = this.queue.keys;
    const pipeline = this.redis.pipeline();
    for (const jobId of jobIds) pipeline.zscore(completed, jobId).zscore(failed, jobId).exists(this.queue.toKey(jobId));
    const replies = (await pipeline.exec()) ?? [];
    const answer = (i: number) => {
      const [error, value] = replies[i] ?? [new Error('no reply')];
      if (error) throw error;
      return value;
    };
    return new Map(
      jobIds.map((jobId, i): [string, JobStanding] => {
        if (answer(3 * i) !== null) return [jobId, 'completed'];
        if (answer(3 * i + 1) !== null) return [jobId, 'failed'];
        return [jobId, answer(3 * i + 2) === 1 ? 'pending' : 'gone'];
      }),
    );
  }

  async storageEpoch(): Promise<string> {
    const key = this.queue.toKey('storage-epoch');
    const replies = await this.redis.pipeline().set(key, randomUUID(), 'NX').get(key).exec();
    const [error, epoch] = replies?.[1] ?? [new Error('no reply')];
    if (error || typeof epoch !== 'string') throw error ?? new Error(`No storage epoch in ${key}`);
    return epoch;
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  private async add(name: string, data: object, options: JobsOptions): Promise<void> {
    const added = await this.queue.add(name, data, options);
    if (added.id) this.enqueued(added.id);
  }

  async enqueueRanking(tradeId: string): Promise<void> {
    await this.add(
      ScoringJobs.rankTrade,
      { tradeId },
      {
        deduplication: { id: rankTradeDeduplicationId(tradeId), keepLastIfActive: true },
        delay: RANKING_DELAY_MS,
        attempts: 10,
        backoff: { type: 'exponential', delay: 100 },
        removeOnComplete: { age: 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    );
  }
}

/**
 * Without Redis: the same processor runs at once, in this process. The dispatcher waits for it,
 * so its checkpoint never passes a mark whose result is not written. A failure is retried.
 */
@Injectable()
export class InlineScoringJobQueue extends ScoringJobQueue {
  private readonly logger = new Logger('InlineScoringJobs');

  /** Trades waiting to be re-ranked, and the run that ranks them. */
  private readonly dirty = new Set<string>();
  private ranking?: Promise<void>;

  constructor(
    private readonly scoring: ScoreContestantService,
    private readonly ranker: RankTradeService,
  ) {
    super();
  }

  enqueue(job: ScoreContestantJob, jobId: string): Promise<void> {
    return this.withRetries(jobId, () => this.scoring.run(job));
  }

  async enqueueRanking(tradeId: string): Promise<void> {
    this.dirty.add(tradeId);
    this.ranking ??= new Promise<void>((resolve) => setTimeout(resolve, RANKING_DELAY_MS)).then(() => this.rankDirtyTrades());
  }

  override async settled(): Promise<void> {
    while (this.ranking) await this.ranking;
  }

  /** Nothing is ever pending here: a job is done when its enqueue returns (and no listener hears of it). */
  async standings(jobIds: readonly string[]): Promise<Map<string, JobStanding>> {
    return new Map(jobIds.map((jobId) => [jobId, 'completed']));
  }

  /** The storage is this process's memory: it cannot lose jobs without the dispatcher losing them too. */
  async storageEpoch(): Promise<string> {
    return 'inline';
  }

  private async rankDirtyTrades(): Promise<void> {
    try {
      while (this.dirty.size > 0) {
        const [tradeId] = this.dirty;
        this.dirty.delete(tradeId);
        await this.withRetries(`rank ${tradeId}`, () => this.ranker.run({ tradeId })).catch((error) =>
          this.logger.error(`Ranking ${tradeId} failed: ${error instanceof Error ? error.message : error}`),
        );
      }
    } finally {
      this.ranking = undefined;
    }
  }

  private async withRetries(what: string, run: () => Promise<unknown>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await run();
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        this.logger.warn(`Job ${what} failed (attempt ${attempt}): ${error instanceof Error ? error.message : error}`);
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      }
    }
  }
}
