import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { SCORING_QUEUE } from '#contracts';
import type { AppConfig } from '#platform';
import { JobDispatcher } from './jobs/job-dispatcher.service.js';
import { BullMqScoringJobQueue, InlineScoringJobQueue, ScoringJobQueue } from './jobs/scoring-job-queue.js';
import { ScoreContestantService } from './scoring/score-contestant.service.js';
import { ScoringProcessor } from './scoring/scoring.processor.js';

/**
 * Scoring: the dispatcher (store → jobs) and the processor (job → result events).
 * With REDIS_URL the jobs go through BullMQ; without it the same processor runs inline.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.REDIS_URL) {
      return {
        module: WorkerModule,
        providers: [ScoreContestantService, JobDispatcher, { provide: ScoringJobQueue, useClass: InlineScoringJobQueue }],
        exports: [JobDispatcher, ScoringJobQueue],
      };
    }
    return {
      module: WorkerModule,
      imports: [
        // maxRetriesPerRequest: null lets BullMQ's blocking commands wait out a Redis restart.
        BullModule.forRoot({ prefix: config.QUEUE_PREFIX, connection: { url: config.REDIS_URL, maxRetriesPerRequest: null } }),
        BullModule.registerQueue({ name: SCORING_QUEUE }),
      ],
      providers: [
        ScoreContestantService,
        ScoringProcessor,
        JobDispatcher,
        { provide: ScoringJobQueue, useClass: BullMqScoringJobQueue },
      ],
      exports: [JobDispatcher, ScoringJobQueue, BullModule],
    };
  }
}
