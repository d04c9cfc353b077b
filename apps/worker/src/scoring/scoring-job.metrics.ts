import type { Job } from 'bullmq';
import { Histogram } from 'prom-client';
import { processMetric } from '#platform';

export type JobOutcome = 'completed' | 'failed';

/**
 * A job attempt's times from BullMQ's own timestamps (ms): waited = enqueued → taken by a worker,
 * ran = taken → finished (`now` for a failed attempt that will be retried, which has no finishedOn).
 */
export function jobTimings(
  job: Pick<Job, 'timestamp' | 'processedOn' | 'finishedOn'>,
  now: number,
): { waitSeconds: number; runSeconds: number } | undefined {
  if (!job.processedOn) return undefined;
  return {
    waitSeconds: Math.max(0, job.processedOn - job.timestamp) / 1000,
    runSeconds: Math.max(0, (job.finishedOn ?? now) - job.processedOn) / 1000,
  };
}

const waitTime = () =>
  processMetric(
    'jiangxin_scoring_job_wait_seconds',
    () =>
      new Histogram({
        name: 'jiangxin_scoring_job_wait_seconds',
        help: 'Time a job attempt on the scoring queue waited before a worker took it, by job name and outcome',
        labelNames: ['job', 'outcome'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      }),
  );

const runTime = () =>
  processMetric(
    'jiangxin_scoring_job_run_seconds',
    () =>
      new Histogram({
        name: 'jiangxin_scoring_job_run_seconds',
        help: 'Time a job attempt on the scoring queue ran, from being taken to completing or failing, by job name and outcome',
        labelNames: ['job', 'outcome'],
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      }),
  );

/** Creates the histograms, so that a scrape shows them before the first job. */
export function registerScoringJobMetrics(): void {
  waitTime();
  runTime();
}

/** Observes one finished attempt of a job on the scoring queue (scoring or ranking). */
export function recordScoringJob(job: Pick<Job, 'name' | 'timestamp' | 'processedOn' | 'finishedOn'>, outcome: JobOutcome): void {
  const timings = jobTimings(job, Date.now());
  if (!timings) return;
  waitTime().observe({ job: job.name, outcome }, timings.waitSeconds);
  runTime().observe({ job: job.name, outcome }, timings.runSeconds);
}
