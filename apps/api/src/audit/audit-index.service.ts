import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent, type Subscription } from '#event-store';
import { checkpointOf, type PublishedCheckpoint } from './checkpoints.js';
import { type FeedEvent, FeedProjection } from './feed.js';
import { Timeline } from './timeline.js';

export interface FeedListener {
  item(item: FeedEvent): void;
  /** The server is shutting down: end the answer so that it does not hold the shutdown up. */
  end(): void;
}

/**
 * What the audit endpoints need from the whole log, kept in memory by one subscription: the public
 * feed, the recorded checkpoints and when each event happened. It catches up in the background
 * (start-up does not wait for it); each endpoint waits until it has caught up.
 */
@Injectable()
export class AuditIndexService implements OnApplicationBootstrap, OnModuleDestroy {
  readonly timeline = new Timeline();
  readonly checkpoints: PublishedCheckpoint[] = [];
  readonly feed: FeedEvent[] = [];
  /** `tradeId competitorNumber` → the ids of the contestant's appeals. */
  private readonly appeals = new Map<string, string[]>();
  private readonly projection = new FeedProjection();
  private readonly listeners = new Set<FeedListener>();
  private readonly logger = new Logger('AuditIndex');
  private subscription?: Subscription;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  onApplicationBootstrap(): void {
    this.subscription = this.store.subscribeToAll(
      (event) => this.apply(event),
      { name: 'audit-index', after: 0, batchSize: 2000 },
      (error) => this.logger.error(`Audit index stopped: ${error instanceof Error ? error.stack : String(error)}`),
    );
  }

  async onModuleDestroy(): Promise<void> {
    for (const listener of this.listeners) listener.end();
    this.listeners.clear();
    await this.subscription?.stop();
  }

  /** Resolves once every event stored now is in the index. */
  async caughtUp(): Promise<void> {
    if (!this.subscription) throw new Error('The audit index is not started');
    await this.subscription.caughtUp();
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

  private apply(event: StoredEvent): void {
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
