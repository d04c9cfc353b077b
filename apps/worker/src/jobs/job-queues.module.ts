import { BullModule, WorkerHost } from '@nestjs/bullmq';
import {
  type BeforeApplicationShutdown,
  type DynamicModule,
  Injectable,
  Logger,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { Queue, type Worker } from 'bullmq';
import { SCORING_QUEUE } from '#contracts';
import { type AppConfig, closeBounded, logRedisOutages } from '#platform';
import { bullConnection, JOB_DEFAULTS } from './queue-settings.js';

/**
 * The BullMQ workers and queues of this process, whoever made them (@nestjs/bullmq):
 * - a Redis outage is logged once when it starts and once when it ends (logRedisOutages);
 * - closing is bounded (closeBounded): with Redis unreachable a close would never end. This runs
 *   before @nestjs/bullmq's own close hooks, which then find everything closed. Nothing is lost by
 *   cutting connections: see JobDispatcher.
 */
@Injectable()
class QueueConnections implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueues');

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const { workers, queues } = this.bullInstances();
    logRedisOutages([...queues, ...workers], this.logger, 'the job queues');
  }

  async beforeApplicationShutdown(): Promise<void> {
    const { workers, queues } = this.bullInstances();
    await Promise.all(workers.map((worker) => closeBounded(worker, this.logger)));
    await Promise.all(queues.map((queue) => closeBounded(queue, this.logger)));
  }

  private bullInstances(): { workers: Worker[]; queues: Queue[] } {
    const instances = this.discovery.getProviders().map((wrapper) => wrapper.instance as unknown);
    return {
      workers: instances.flatMap((instance) => (instance instanceof WorkerHost ? workerOf(instance) : [])),
      queues: instances.filter((instance): instance is Queue => instance instanceof Queue),
    };
  }
}

function workerOf(host: WorkerHost): Worker[] {
  try {
    return [host.worker];
  } catch {
    return []; // never started
  }
}

/**
 * The BullMQ queues on REDIS_URL, for the process that adds jobs (the dispatcher) and runs them (the
 * workers): one connection per Queue and per Worker (none shared), keys under QUEUE_PREFIX, the job
 * defaults of queue-settings.ts. (Without REDIS_URL there is no queue: jobs run inline.)
 */
@Module({})
export class JobQueuesModule {
  static forRoot(config: AppConfig, redisUrl: string): DynamicModule {
    return {
      module: JobQueuesModule,
      imports: [
        DiscoveryModule,
        BullModule.forRoot({ prefix: config.QUEUE_PREFIX, connection: bullConnection(redisUrl) }),
        BullModule.registerQueue({ name: SCORING_QUEUE, defaultJobOptions: JOB_DEFAULTS }),
      ],
      providers: [QueueConnections],
      exports: [BullModule],
    };
  }
}
