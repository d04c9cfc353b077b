import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { SCORING_QUEUE, type ScoreContestantJob } from '#contracts';
import { ScoreContestantService } from './score-contestant.service.js';

/** BullMQ's worker for scoring jobs; the work itself is ScoreContestantService, shared with the inline driver. */
@Processor(SCORING_QUEUE, { concurrency: 8 })
export class ScoringProcessor extends WorkerHost {
  constructor(private readonly scoring: ScoreContestantService) {
    super();
  }

  process(job: Job<ScoreContestantJob>) {
    return this.scoring.run(job.data);
  }
}
