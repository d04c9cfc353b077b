import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { eventSchemas } from '#application';
import { EVENT_STORE, type EventStore, type StoredEvent, type Subscription } from '#event-store';
import { APP_CONFIG, type AppConfig } from '#platform';
import { ReadModels } from '#read-models';

/** Something else this node keeps from the log (the audit index), fed by the same subscription after the read models. */
export interface Projection {
  apply(event: StoredEvent): void;
}

/**
 * Where the runner stands: `live` (following the store), `stopped` (its subscription failed: a
 * restart is scheduled) or `behind` (the oldest event it has not applied is older than
 * READINESS_MAX_LAG_SECONDS). Readiness is 503 unless `live`; spectators are told their boards are stale.
 */
export type ProjectionHealth = { state: 'live' } | { state: 'stopped'; reason: string } | { state: 'behind'; lagSeconds: number };

/** After a failure, the subscription starts again after this delay, doubled at each failure in a row up to the max. */
const RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 10_000;
/** How often the runner checks how far behind the store it is. */
const CHECK_EVERY_MS = 1_000;

/**
 * The projection runner of this node: one subscription to the store feeds the read models and then
 * every registered projection (the audit index), in global order. Read models are memory only: the
 * store rebuilds them on every start (replay from the first event), then the live tail follows.
 *
 * Supervised: when the subscription fails (the store unreachable, a projection throwing), it starts
 * again from the last event applied, after a delay that doubles at each failure in a row (250 ms up
 * to 10 s). While it is stopped or lagging, `health` says so: readiness answers 503 (the load
 * balancer sends traffic to other nodes) and the live gateway marks this node's boards stale.
 */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, OnModuleDestroy {
  readonly models = new ReadModels();
  private readonly logger = new Logger('Projections');
  /** The registered projections, each with the position of the last event it applied. */
  private readonly projections: Array<{ projection: Projection; position: number }> = [];
  private subscription?: Subscription;
  private waiters: Array<{ position: number; resolve: () => void }> = [];
  /** Listeners to the events applied after the replay at start (metrics count what happens now). */
  private readonly liveListeners = new Set<(event: StoredEvent) => void>();
  private readonly healthListeners = new Set<(health: ProjectionHealth) => void>();
  private live = false;
  /** The subscription is following the store (false from its failure to its restart). */
  private running = false;
  private stopping = false;
  private failuresInARow = 0;
  private restartTimer?: NodeJS.Timeout;
  private checkTimer?: NodeJS.Timeout;
  private current: ProjectionHealth = { state: 'stopped', reason: 'not started' };

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Adds a projection fed after the read models; register before the application starts (it gets every event from the first). */
  register(projection: Projection): void {
    if (this.subscription) throw new Error('Projections must be registered before the runner starts');
    this.projections.push({ projection, position: 0 });
  }

  async onApplicationBootstrap(): Promise<void> {
    const started = performance.now();
    this.start();
    // The first replay: the application starts once the read models hold the whole log (retrying through failures).
    for (;;) {
      try {
        await this.subscription!.caughtUp();
        break;
      } catch (error) {
        if (this.stopping) return;
        this.logger.warn(`Replay interrupted (${messageOf(error)}); waiting for the restart`);
        await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
      }
    }
    this.models.boards.goLive();
    this.live = true;
    this.setHealth({ state: 'live' });
    this.checkTimer = setInterval(() => void this.checkLag(), CHECK_EVERY_MS);
    this.logger.log(`Read models rebuilt to position ${this.models.position} in ${Math.round(performance.now() - started)} ms`);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    clearInterval(this.checkTimer);
    await this.subscription?.stop();
  }

  /** Follows the store after the last event applied. */
  private start(): void {
    const subscription = this.store.subscribeToAll(
      (event) => this.apply(event),
      { name: 'projections', after: Math.min(this.models.position, ...this.projections.map((p) => p.position)), batchSize: 2000 },
      (error) => this.failed(subscription, error),
    );
    this.subscription = subscription;
    this.running = true;
  }

  /**
   * Each projection skips what it applied before a restart (a failure may have come between two of them).
   * Events are upcast first: read models only see the current schema version of each event.
   */
  private apply(stored: StoredEvent): void {
    const event = eventSchemas.upcast(stored);
    this.models.apply(event);
    for (const entry of this.projections) {
      if (event.position <= entry.position) continue;
      entry.projection.apply(event);
      entry.position = event.position;
    }
    this.failuresInARow = 0;
    if (this.waiters.length > 0) this.settle();
    if (this.live) for (const listener of this.liveListeners) listener(event);
  }

  private failed(subscription: Subscription, error: unknown): void {
    if (this.stopping || subscription !== this.subscription) return;
    this.running = false;
    this.failuresInARow += 1;
    const delay = Math.min(MAX_RESTART_DELAY_MS, RESTART_DELAY_MS * 2 ** (this.failuresInARow - 1));
    this.logger.error(`Projections stopped at position ${this.models.position} (${messageOf(error)}); starting again in ${delay} ms`);
    this.setHealth({ state: 'stopped', reason: messageOf(error) });
    this.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      this.start();
      void this.checkLag();
    }, delay);
  }

  /** While the subscription runs: live, or behind by how long the oldest event not applied yet has waited. */
  private async checkLag(): Promise<void> {
    if (!this.running) return;
    try {
      const [oldest] = await this.store.readAll({ after: this.models.position, maxCount: 1 });
      if (!this.running) return;
      const lagSeconds = oldest ? (Date.now() - Date.parse(oldest.recordedAt)) / 1000 : 0;
      this.setHealth(lagSeconds > this.config.READINESS_MAX_LAG_SECONDS ? { state: 'behind', lagSeconds } : { state: 'live' });
    } catch (error) {
      // The subscription's next read fails too, and restarts it; meanwhile this node is not fit to serve.
      this.setHealth({ state: 'stopped', reason: `the store does not answer: ${messageOf(error)}` });
    }
  }

  get health(): ProjectionHealth {
    return this.current;
  }

  /** Calls `listener` at each change of health (live, stopped, behind); returns how to stop. */
  onHealth(listener: (health: ProjectionHealth) => void): () => void {
    this.healthListeners.add(listener);
    return () => this.healthListeners.delete(listener);
  }

  private setHealth(health: ProjectionHealth): void {
    const changed = health.state !== this.current.state;
    this.current = health;
    if (!changed) return;
    if (health.state === 'live') this.logger.log(`Projections live again at position ${this.models.position}`);
    else if (health.state === 'behind') this.logger.warn(`Projections behind the store by ${health.lagSeconds.toFixed(1)} s`);
    for (const listener of this.healthListeners) listener(health);
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
      this.waiters.push({
        position,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  /** Resolves once the read models include every event stored now. */
  async catchUpToHead(timeoutMs?: number): Promise<void> {
    await this.waitFor(await this.store.headPosition(), timeoutMs);
  }

  private settle(): void {
    const position = this.models.position;
    const ready = this.waiters.filter((w) => w.position <= position);
    this.waiters = this.waiters.filter((w) => w.position > position);
    for (const waiter of ready) waiter.resolve();
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
