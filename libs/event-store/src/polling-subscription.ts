import type { EventHandler, StoredEvent, Subscription } from './event-store.port.js';

export interface PollingSubscriptionOptions<Row> {
  name: string;
  after: number;
  batchSize: number;
  pollIntervalMs: number;
  /** Raw rows after a position; each becomes an event only when its turn comes (less garbage per batch). */
  read: (after: number, maxCount: number) => Row[] | Promise<Row[]>;
  toEvent: (row: Row) => StoredEvent;
  head: () => number | Promise<number>;
  handler: EventHandler;
  onError?: (error: unknown) => void;
  /** Registers a wake-up call for appends (made by this process, or announced by the store); returns the unregister function. */
  listen: (wake: () => void) => () => void;
  onStop: (subscription: PollingSubscription<Row>) => void;
}

/**
 * Catch-up then live: reads in batches after its position, hands events one at a time to the
 * handler, then sleeps until an append wakes it or the poll interval passes. SQLite: an append in
 * this process wakes it, the poll finds those of other processes on the same file. PostgreSQL:
 * every append, of any node, wakes it through LISTEN/NOTIFY; the poll is only a safety net.
 */
export class PollingSubscription<Row> implements Subscription {
  readonly name: string;
  private current: number;
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  /** An append happened while the handler was busy: read again before sleeping. */
  private woken = false;
  private readonly waiters: Array<{ target: number; resolve: () => void; reject: (e: unknown) => void }> = [];
  private readonly unlisten: () => void;
  private readonly done: Promise<void>;
  private failure: unknown;
  private finished = false;

  constructor(private readonly options: PollingSubscriptionOptions<Row>) {
    this.name = options.name;
    this.current = options.after;
    this.unlisten = options.listen(() => {
      this.woken = true;
      this.wakeUp?.();
    });
    this.done = this.run();
  }

  get position(): number {
    return this.current;
  }

  async caughtUp(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    const target = await this.options.head();
    if (this.failure !== undefined) throw this.failure;
    if (this.current >= target) return;
    if (this.finished) throw new Error(`Subscription ${this.name} stopped`);
    return new Promise((resolve, reject) => this.waiters.push({ target, resolve, reject }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.done;
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped) {
        this.woken = false;
        const batch = await this.options.read(this.current, this.options.batchSize);
        for (const row of batch) {
          if (this.stopped) break;
          const event = this.options.toEvent(row);
          await this.options.handler(event);
          this.current = event.position;
        }
        this.settleWaiters();
        if (batch.length < this.options.batchSize) await this.sleep();
      }
    } catch (error) {
      this.failure = error;
      for (const waiter of this.waiters.splice(0)) waiter.reject(error);
      this.options.onError?.(error);
    } finally {
      this.finished = true;
      const stopped = new Error(`Subscription ${this.name} stopped`);
      for (const waiter of this.waiters.splice(0)) waiter.reject(stopped);
      this.unlisten();
      this.options.onStop(this);
    }
  }

  private settleWaiters(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      if (this.current >= this.waiters[i].target) this.waiters.splice(i, 1)[0].resolve();
    }
  }

  private sleep(): Promise<void> {
    if (this.woken || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(finish, this.options.pollIntervalMs);
      this.wakeUp = finish;
    });
  }
}
