import { type BeforeApplicationShutdown, Injectable, Logger, type OnApplicationBootstrap, Optional } from '@nestjs/common';
import { closeBounded, logRedisOutages } from '#platform';
import { OperationsQueues } from '../observability/queue-dashboard.js';

/**
 * The api node's own BullMQ handle (dashboard, readiness, dead letters): a Redis outage is logged
 * once, not once per reconnection attempt, and it closes in bounded time also while Redis is away
 * (closed here first, so that its owner's close finds it closed).
 */
@Injectable()
export class ApiQueueConnections implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueues');

  constructor(@Optional() private readonly operationsQueues?: OperationsQueues) {}

  onApplicationBootstrap(): void {
    if (this.operationsQueues) logRedisOutages([this.operationsQueues.scoring], this.logger, 'the job queues');
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.operationsQueues) await closeBounded(this.operationsQueues.scoring, this.logger);
  }
}
