import { Injectable, type OnModuleDestroy, type OnModuleInit, ServiceUnavailableException } from '@nestjs/common';
import type { StoredEvent } from '#event-store';
import { type Projection, ProjectionsService } from '../projections/projections.service.js';
import { checkpointOf, type PublishedCheckpoint } from './checkpoints.js';
import { type FeedEvent, FeedProjection } from './feed.js';
import { Timeline } from './timeline.js';

export interface FeedListener {
  item(item: FeedEvent): void;
  /** The server is shutting down: end the answer so that it does not hold the shutdown up. */
  end(): void;
}

/**
 * What the audit endpoints need from the whole log, kept in memory: the public feed, the recorded
 * checkpoints and when each event happened. Fed by this node's projection runner, after the read
 * models; each endpoint waits until it has every event stored when it asks.
 */
@Injectable()
export class AuditIndexService implements Projection, OnModuleInit, OnModuleDestroy {
  readonly timeline = new Timeline();
  readonly checkpoints: PublishedCheckpoint[] = [];
  readonly feed: FeedEvent[] = [];
  /** `tradeId competitorNumber` → the ids of the contestant's appeals. */
  private readonly appeals = new Map<string, string[]>();
  private readonly projection = new FeedProjection();
  private readonly listeners = new Set<FeedListener>();
  constructor(private readonly projections: ProjectionsService) {}

  onModuleInit(): void {
    this.projections.register(this);
  }

  onModuleDestroy(): void {
    for (const listener of this.listeners) listener.end();
    this.listeners.clear();
  }

  /** Resolves once every event stored now is in the index. */
  async caughtUp(): Promise<void> {
    try {
      await this.projections.catchUpToHead(30_000);
    } catch (error) {
      throw new ServiceUnavailableException(`The audit index is behind the store: ${(error as Error).message}`);
    }
  }

  /** Feed events after a token (a position), in order. */
  feedSince(since: number): FeedEvent[] {
    // Tokens increase along the feed: find the first one after `since`.
    let low = 0;
    let high = this.feed.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (Number(this.feed[middle].token) <= since) low = middle + 1;
      else high = middle;
    }
    return this.feed.slice(low);
  }

  appealsOf(tradeId: string, competitorNumber: number): readonly string[] {
    return this.appeals.get(`${tradeId} ${competitorNumber}`) ?? [];
  }

  onFeed(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  apply(event: StoredEvent): void {
    this.timeline.add(event.position, event.metadata.occurredAt);
    if (event.type === 'AppealFiled') {
      const { appealId, tradeId, competitorNumber } = event.data as { appealId: string; tradeId: string; competitorNumber: number };
      const key = `${tradeId} ${competitorNumber}`;
      this.appeals.set(key, [...(this.appeals.get(key) ?? []), appealId]);
    }
    const checkpoint = checkpointOf(event);
    if (checkpoint) this.checkpoints.push(checkpoint);
    const item = this.projection.apply(event);
    if (item) {
      this.feed.push(item);
      for (const listener of this.listeners) listener.item(item);
    }
  }
}
