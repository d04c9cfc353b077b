import { Controller, Get, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import { HealthView, LivenessView, ReadinessView, SCORING_QUEUE } from '#contracts';
import { EVENT_STORE, type EventStore } from '#event-store';
import { APP_CONFIG, type AppConfig } from '#platform';
import { ChainIntegrity } from '../audit/chain-integrity.service.js';
import { OperationsQueues } from '../observability/queue-dashboard.js';
import { ProjectionsService } from '../projections/projections.service.js';

type Check = 'up' | 'down' | 'not_configured';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionsService,
    private readonly chain: ChainIntegrity,
    @Optional() @Inject(getQueueToken(SCORING_QUEUE)) private readonly queue?: Queue,
    // An api node without the worker's modules (RUN_WORKER=false) reaches Redis through this one.
    @Optional() private readonly operationsQueues?: OperationsQueues,
  ) {}

  @Get('live')
  @ApiOkResponse({ type: LivenessView })
  @ApiOperation({
    operationId: 'getLiveness',
    summary: 'Liveness: 200 while the process answers HTTP; checks nothing else (a restart would not fix a dependency)',
  })
  live(): LivenessView {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({ type: ReadinessView })
  @ApiOperation({
    operationId: 'getReadiness',
    summary:
      'Readiness: 200 when the event store and Redis (where configured) answer and the projections are live; 503 while a projection is stopped ' +
      '(it restarts by itself) or behind the store by more than READINESS_MAX_LAG_SECONDS',
  })
  async ready(): Promise<ReadinessView> {
    const [store, redis] = await Promise.all([this.storeCheck(), this.redisCheck()]);
    const health = this.projections.health;
    // With the store down, a runner that has not failed yet cannot know how far behind it is.
    const projections = store === 'up' || health.state === 'stopped' ? health.state : 'unknown';
    // A broken hash chain fails readiness, naming the first bad position (a verification under way is reported only).
    const chain = this.chain.state;
    const body = {
      status: store === 'up' && redis !== 'down' && projections === 'live' && chain.state !== 'broken' ? 'ready' : 'unavailable',
      store,
      redis,
      projections,
      chain: this.chain.describe(),
      ...(chain.state === 'broken' ? { chainBrokenAt: chain.position } : {}),
      ...(health.state === 'stopped' ? { projectionsStoppedBecause: health.reason } : {}),
      ...(health.state === 'behind' ? { projectionsLagSeconds: Math.round(health.lagSeconds) } : {}),
      readModelPosition: this.projections.models.position,
    };
    if (body.status !== 'ready') {
      throw new ServiceUnavailableException({
        ...body,
        error: 'unavailable',
        code: 'service.unavailable',
        params: {},
        message: `event store ${store}, redis ${redis}, read models ${projections}, ${this.chain.describe()}`,
      });
    }
    return body;
  }

  @Get()
  @ApiOkResponse({ type: HealthView })
  @ApiOperation({
    operationId: 'getHealth',
    summary: '200 when the event store (and Redis, where configured) answer; 503 otherwise',
  })
  async health(): Promise<HealthView> {
    const [store, redis] = await Promise.all([this.storeCheck(), this.redisCheck()]);
    const body = {
      status: store === 'up' && redis !== 'down' ? 'ok' : 'unavailable',
      profile: this.config.profile,
      store,
      redis,
      readModelPosition: this.projections.models.position,
    };
    if (body.status !== 'ok') {
      throw new ServiceUnavailableException({
        ...body,
        error: 'unavailable',
        code: 'service.unavailable',
        params: {},
        message: `event store ${store}, redis ${redis}`,
      });
    }
    return body;
  }

  private async storeCheck(): Promise<Check> {
    try {
      await this.store.ping();
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async redisCheck(): Promise<Check> {
    const queue = this.queue ?? this.operationsQueues?.scoring;
    if (!this.config.REDIS_URL || !queue) return 'not_configured';
    try {
      const client = await queue.getBackend().client;
      const answer = await Promise.race([
        client.runCommand('ping', []),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000)),
      ]);
      return answer === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }
}
