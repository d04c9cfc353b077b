import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { SCORING_QUEUE, ScoringJobs, type RankTradeJob, type ScoreContestantJob } from '#contracts';
import { SCORING_WORKER_OPTIONS } from '../jobs/queue-settings.js';
import { RankTradeService } from './rank-trade.service.js';
import { ScoreContestantService } from './score-contestant.service.js';
import { recordScoringJob, registerScoringJobMetrics } from './scoring-job.metrics.js';

/** BullMQ's worker for scoring and ranking jobs; the work itself is shared with the inline driver. */
@Processor(SCORING_QUEUE, SCORING_WORKER_OPTIONS)
export class ScoringProcessor extends WorkerHost {
  constructor(
    private readonly scoring: ScoreContestantService,
    private readonly ranker: RankTradeService,
  ) {
    super();
    registerScoringJobMetrics();
  }

  process(job: Job<ScoreContestantJob | RankTradeJob>) {
    if (job.name === ScoringJobs.rankTrade) return this.ranker.run(job.data as RankTradeJob);
    return this.scoring.run(job.data as ScoreContestantJob);
  }

  // Wait and run times of every attempt, for the metrics (BullMQ stamps the job; nothing is measured here).
  @OnWorkerEvent('completed')
  onCompleted(job: Job) {
    recordScoringJob(job, 'completed');
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined) {
    if (job) recordScoringJob(job, 'failed');
  }
}
