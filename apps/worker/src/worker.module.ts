import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '#platform';
import { JobDispatcher } from './jobs/job-dispatcher.service.js';
import { JobQueuesModule } from './jobs/job-queues.module.js';
import { BullMqScoringJobQueue, InlineScoringJobQueue, ScoringJobQueue } from './jobs/scoring-job-queue.js';
import { RankTradeService } from './scoring/rank-trade.service.js';
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
        providers: [ScoreContestantService, RankTradeService, JobDispatcher, { provide: ScoringJobQueue, useClass: InlineScoringJobQueue }],
        exports: [JobDispatcher, ScoringJobQueue],
      };
    }
    return {
      module: WorkerModule,
      imports: [JobQueuesModule.forRoot(config, config.REDIS_URL)],
      providers: [
        ScoreContestantService,
        RankTradeService,
        ScoringProcessor,
        JobDispatcher,
        { provide: ScoringJobQueue, useClass: BullMqScoringJobQueue },
      ],
      exports: [JobDispatcher, ScoringJobQueue, JobQueuesModule],
    };
  }
}
