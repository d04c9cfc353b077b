import type { DefaultJobOptions, RedisOptions, WorkerOptions } from 'bullmq';

/**
 * BullMQ in production settings, in one place for the queue (producer), the workers and the
 * dispatcher's bookkeeping. Scoring jobs are short (one stream read, one append) and idempotent
 * (deterministic job ids and result event ids), which is what the numbers below lean on.
 */

/**
 * The connection options every BullMQ client gets; each Queue and Worker opens its own connection
 * from them (none is shared). `maxRetriesPerRequest: null` lets the workers' blocking commands and
 * the producer's `add` wait out a Redis restart instead of failing after 20 retries.
 */
export const bullConnection = (redisUrl: string): RedisOptions => ({ url: redisUrl, maxRetriesPerRequest: null });

/** Every job of the queue: retried with exponential backoff (0.1 s … ~51 s, about 100 s in all), kept for the dead-letter view once failed. */
export const JOB_DEFAULTS: DefaultJobOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 100 },
  removeOnComplete: { age: 3600, count: 50_000 },
  // Failed after all attempts: the dead letters (GET /api/admin/jobs/failed), kept a week.
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * The scoring workers. A worker that dies (SIGKILL, OOM, lost machine) leaves its active jobs
 * locked until `lockDuration` passes; the stalled check of any worker (every `stalledInterval`)
 * then puts them back in the wait list. A job runs well under a second, so 10 s of lock (renewed
 * every 5 s while it runs) is plenty; re-running a stalled job is harmless, so it may stall a few times
 * before it counts as failed.
 */
export const SCORING_WORKER_OPTIONS: Omit<WorkerOptions, 'connection'> = {
  concurrency: 8,
  lockDuration: 10_000,
  stalledInterval: 5_000,
  maxStalledCount: 3,
};
