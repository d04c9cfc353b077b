import { Controller, Get, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import { SCORING_QUEUE } from '#contracts';
import { EVENT_STORE, type EventStore } from '#event-store';
import { APP_CONFIG, type AppConfig } from '#platform';
import { Public } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';

type Check = 'up' | 'down' | 'not_configured';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionsService,
    @Optional() @Inject(getQueueToken(SCORING_QUEUE)) private readonly queue?: Queue,
  ) {}

  @Get()
  @ApiOperation({ summary: '200 when the event store (and Redis, where configured) answer; 503 otherwise' })
  async health() {
    const [store, redis] = await Promise.all([this.storeCheck(), this.redisCheck()]);
    const body = {
      status: store === 'up' && redis !== 'down' ? 'ok' : 'unavailable',
      profile: this.config.profile,
      store,
      redis,
      readModelPosition: this.projections.models.position,
    };
    if (body.status !== 'ok') {
      throw new ServiceUnavailableException({ ...body, error: 'unavailable', message: `event store ${store}, redis ${redis}` });
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
    if (!this.config.REDIS_URL || !this.queue) return 'not_configured';
    try {
      const client = await this.queue.getBackend().client;
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
