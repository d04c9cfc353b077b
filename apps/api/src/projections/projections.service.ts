import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent, type Subscription } from '#event-store';
import { ReadModels } from '#read-models';

/**
 * Feeds this process's read models from the event store: a replay from the first event at start,
 * then the live tail. Read models are memory only; the store rebuilds them on every start.
 */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, OnModuleDestroy {
  readonly models = new ReadModels();
  private readonly logger = new Logger('Projections');
  private subscription?: Subscription;
  private waiters: Array<{ position: number; resolve: () => void }> = [];
  /** Listeners to the events applied after the replay at start (metrics count what happens now). */
  private readonly liveListeners = new Set<(event: StoredEvent) => void>();
  private live = false;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = performance.now();
    this.subscription = this.store.subscribeToAll(
      (event) => {
        this.models.apply(event);
        if (this.waiters.length > 0) this.settle();
        if (this.live) for (const listener of this.liveListeners) listener(event);
      },
      { name: 'read-models', after: 0, batchSize: 2000 },
      (error) => this.logger.error(`Read models stopped: ${error instanceof Error ? error.stack : String(error)}`),
    );
    await this.subscription.caughtUp();
    this.models.boards.goLive();
    this.live = true;
    this.logger.log(`Read models rebuilt to position ${this.models.position} in ${Math.round(performance.now() - started)} ms`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Calls `listener` with every event applied from now on, once the replay at start is done; returns how to stop. */
  onLiveEvent(listener: (event: StoredEvent) => void): () => void {
    this.liveListeners.add(listener);
    return () => this.liveListeners.delete(listener);
  }

  /** Resolves once the read models include the event at `position` (read your own writes). */
  waitFor(position: number, timeoutMs = 5000): Promise<void> {
    if (this.models.position >= position) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Read models did not reach position ${position} in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ position, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** Resolves once the read models include every event stored now. */
  async catchUpToHead(): Promise<void> {
    await this.waitFor(await this.store.headPosition());
  }

  private settle(): void {
    const position = this.models.position;
    const ready = this.waiters.filter((w) => w.position <= position);
    this.waiters = this.waiters.filter((w) => w.position > position);
    for (const waiter of ready) waiter.resolve();
  }
}
