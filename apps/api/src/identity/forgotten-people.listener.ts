import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { StreamStateCache } from '#application';
import { type DomainEvent, streams } from '#domain';
import { ProjectionsService } from '../projections/projections.service.js';

/**
 * On every node: when a person is forgotten, the entry states this node keeps in its command-side
 * cache are dropped, so the plaintext they were folded from does not outlive the key.
 */
@Injectable()
export class ForgottenPeopleListener implements OnApplicationBootstrap, OnModuleDestroy {
  private stop?: () => void;

  constructor(
    private readonly projections: ProjectionsService,
    private readonly cache: StreamStateCache,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = this.projections.onLiveEvent((stored) => {
      const event = stored as unknown as DomainEvent;
      if (event.type !== 'PersonForgotten') return;
      for (const { entryId } of event.data.appearances) this.cache.evict(streams.entry(entryId));
    });
  }

  onModuleDestroy(): void {
    this.stop?.();
  }
}
