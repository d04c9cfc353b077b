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

/**
 * Score jobs wait behind a trade's ranking (BullMQ runs jobs without a priority first): during a
 * burst of marks the standings keep up with the results instead of waiting for the whole backlog.
 */
const SCORE_JOB_PRIORITY = 1;

/**
 * Where the dispatcher sends scoring jobs: BullMQ on Redis, or inline in this process. Each enqueue
 * answers the id of the job now in the queue, for the dispatcher to follow until it completes, or
 * nothing when the job has already run.
 */
export abstract class ScoringJobQueue {
  /** How many events the dispatcher may be enqueuing at once. */
  abstract readonly maxInFlight: number;

  abstract enqueue(job: ScoreContestantJob, jobId: string): Promise<string | undefined>;
  /** Asks for the trade to be re-ranked; coalesced with the requests of the trade already pending. */
  abstract enqueueRanking(tradeId: string): Promise<string | undefined>;
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
}

/** Adds asked for in the same turn of the event loop go to Redis together, at most this many per pipeline. */
export const MAX_ADDS_PER_PIPELINE = 500;

interface PendingAdd {
  name: string;
  data: object;
  opts: JobsOptions;
  resolve: (jobId: string | undefined) => void;
  reject: (error: unknown) => void;
}

/**
 * BullMQ: a job id that exists already is not added again; results are idempotent anyway. Attempts,
 * backoff and retention are the queue's defaults (queue-settings.ts).
 *
 * The adds asked for in one turn of the event loop (the dispatcher handles a polled batch of events
 * in one turn) are sent as one pipeline (`Queue.addBulk`): one write to Redis instead of one per job.
 * Each add is still its own script, with the same job id, deduplication and options, and answers the
 * id of the job it left in the queue; if the pipeline fails, every add in it fails (the dispatcher
 * then starts again from its checkpoint, as after any failed add).
 */
@Injectable()
export class BullMqScoringJobQueue extends ScoringJobQueue implements OnApplicationShutdown {
  /** Each enqueue is a Redis round trip: overlapping them keeps the dispatcher up with a burst of marks. */
  readonly maxInFlight = 64;
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

  enqueue(job: ScoreContestantJob, jobId: string): Promise<string | undefined> {
    return this.add(ScoringJobs.scoreContestant, job, { jobId, priority: SCORE_JOB_PRIORITY });
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

  private pendingAdds: PendingAdd[] = [];
  private pipelinesSent = 0;

  /** How many pipelines have carried adds (tests: adds of one turn share one). */
  get pipelines(): number {
    return this.pipelinesSent;
  }

  private add(name: string, data: object, opts: JobsOptions): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      if (this.pendingAdds.length === 0) setImmediate(() => this.flushAdds());
      this.pendingAdds.push({ name, data, opts, resolve, reject });
    });
  }

  private flushAdds(): void {
    const adds = this.pendingAdds;
    this.pendingAdds = [];
    for (let from = 0; from < adds.length; from += MAX_ADDS_PER_PIPELINE) {
      const batch = adds.slice(from, from + MAX_ADDS_PER_PIPELINE);
      this.pipelinesSent += 1;
      this.queue.addBulk(batch.map(({ name, data, opts }) => ({ name, data, opts }))).then(
        (jobs) => {
          for (const [i, add] of batch.entries()) add.resolve(jobs[i]?.id);
        },
        (error: unknown) => {
          for (const add of batch) add.reject(error);
        },
      );
    }
  }

  enqueueRanking(tradeId: string): Promise<string | undefined> {
    return this.add(
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
  /** One job at a time: the dispatcher waits for each, so its checkpoint never passes a result not written. */
  readonly maxInFlight = 1;

  /** Trades waiting to be re-ranked, and the run that ranks them. */
  private readonly dirty = new Set<string>();
  private ranking?: Promise<void>;

  constructor(
    private readonly scoring: ScoreContestantService,
    private readonly ranker: RankTradeService,
  ) {
    super();
  }

  /** Runs the job now: nothing is left in a queue for the dispatcher to follow. */
  async enqueue(job: ScoreContestantJob, jobId: string): Promise<undefined> {
    await this.withRetries(jobId, () => this.scoring.run(job));
    return undefined;
  }

  /** The ranking runs after the coalescing delay; the dispatcher's checkpoint waits for it through `settled`. */
  async enqueueRanking(tradeId: string): Promise<undefined> {
    this.dirty.add(tradeId);
    this.ranking ??= new Promise<void>((resolve) => setTimeout(resolve, RANKING_DELAY_MS)).then(() => this.rankDirtyTrades());
    return undefined;
  }

  override async settled(): Promise<void> {
    while (this.ranking) await this.ranking;
  }

  /** Nothing is ever pending here: a job is done when its enqueue returns. */
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
