import { Controller, Get, Inject, Optional, Query, ServiceUnavailableException } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Job, Queue } from 'bullmq';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FailedJobsView, type FailedJobView, SCORING_QUEUE } from '#contracts';
import { OperationsQueues } from '../observability/queue-dashboard.js';

/** How long the view waits for Redis before it answers 503. */
const REDIS_TIMEOUT_MS = 3000;

export class FailedJobsQuery {
  /** Index of the first job, newest failure first. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'start must be an integer' })
  @Min(0, { message: 'start must be 0 or more' })
  start = 0;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer' })
  @Min(1, { message: 'limit must be 1 to 200' })
  @Max(200, { message: 'limit must be 1 to 200' })
  limit = 50;
}

/**
 * The dead letters: scoring jobs that failed all their attempts (they stay a week). The dispatcher's
 * checkpoint waits behind them, so they are dispatched again after a restart or a Redis loss; retry
 * or remove one from the queue dashboard (/api/admin/queues) once its cause is fixed.
 */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/jobs')
export class FailedJobsController {
  constructor(
    @Optional() @Inject(getQueueToken(SCORING_QUEUE)) private readonly workerQueue?: Queue,
    // An api node that does not host the worker (RUN_WORKER=false) reaches the queue through this one.
    @Optional() private readonly operationsQueues?: OperationsQueues,
  ) {}

  @Get('failed')
  @ApiOkResponse({ type: FailedJobsView })
  @ApiOkResponse({ type: FailedJobsView })
  @ApiOperation({
    operationId: 'listFailedJobs',
    summary:
      'Organiser: scoring jobs that failed all their attempts, newest first, with reason and attempts. Without REDIS_URL jobs run inline and are retried until they succeed: the list is empty.',
  })
  async failed(@Query() { start, limit }: FailedJobsQuery): Promise<FailedJobsView> {
    const queue = this.workerQueue ?? this.operationsQueues?.scoring;
    if (!queue) return { queue: SCORING_QUEUE, driver: 'inline' as const, total: 0, start, limit, jobs: [] };
    const [total, jobs] = await withinTimeout(Promise.all([queue.getFailedCount(), queue.getFailed(start, start + limit - 1)]));
    return { queue: SCORING_QUEUE, driver: 'bullmq' as const, total, start, limit, jobs: jobs.filter(Boolean).map(toView) };
  }
}

function toView(job: Job): FailedJobView {
  return {
    id: job.id ?? '',
    name: job.name,
    data: job.data,
    failedReason: job.failedReason,
    attemptsMade: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    enqueuedAt: new Date(job.timestamp).toISOString(),
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

async function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ServiceUnavailableException({
            error: 'unavailable',
            code: 'service.unavailable',
            params: {},
            message: 'Redis does not answer',
          }),
        ),
      REDIS_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
