import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { SCORING_QUEUE, ScoringJobs, type ScoreContestantJob } from '#contracts';
import { ScoreContestantService } from '../scoring/score-contestant.service.js';

/** Where the dispatcher sends scoring jobs: BullMQ on Redis, or inline in this process. */
export abstract class ScoringJobQueue {
  abstract enqueue(job: ScoreContestantJob, jobId: string): Promise<void>;
}

/** BullMQ: a job id that exists already is not added again; results are idempotent anyway. */
@Injectable()
export class BullMqScoringJobQueue extends ScoringJobQueue {
  constructor(@InjectQueue(SCORING_QUEUE) private readonly queue: Queue) {
    super();
  }

  async enqueue(job: ScoreContestantJob, jobId: string): Promise<void> {
    await this.queue.add(ScoringJobs.scoreContestant, job, {
      jobId,
      attempts: 10,
      backoff: { type: 'exponential', delay: 100 },
      removeOnComplete: { age: 3600, count: 50_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }
}

/**
 * Without Redis: the same processor runs at once, in this process. The dispatcher waits for it,
 * so its checkpoint never passes a mark whose result is not written. A failure is retried.
 */
@Injectable()
export class InlineScoringJobQueue extends ScoringJobQueue {
  private readonly logger = new Logger('InlineScoringJobs');

  constructor(private readonly scoring: ScoreContestantService) {
    super();
  }

  async enqueue(job: ScoreContestantJob, jobId: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.scoring.run(job);
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        this.logger.warn(`Job ${jobId} failed (attempt ${attempt}): ${error instanceof Error ? error.message : error}`);
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      }
    }
  }
}
