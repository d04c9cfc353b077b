import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Gauge } from 'prom-client';
import { EMPTY_CHAIN, EVENT_STORE, type EventStore, eventHash, storedForm } from '#event-store';
import { processMetric } from '#platform';

/** Where the chain stands on this node. */
export type ChainState =
  | { state: 'verifying'; verifiedTo: number; head: number }
  | { state: 'intact'; verifiedTo: number }
  | { state: 'broken'; position: number; reason: string };

/** Events verified before the application starts; a larger store is verified in the background. */
const VERIFY_BEFORE_START = 50_000;
const PAGE = 2_000;
/** How often the events appended since the last pass are verified while running. */
const RECHECK_EVERY_MS = 30_000;

/** Set of every service of this process, for the metric (tests may run several apps). */
const services = new Set<ChainIntegrity>();
const brokenGauge = () =>
  processMetric(
    'jiangxin_audit_chain_broken_position',
    () =>
      new Gauge({
        name: 'jiangxin_audit_chain_broken_position',
        help: "The first position where the store's hash chain is broken (0: intact as far as verified); writes are stopped while it is not 0",
        collect() {
          this.set(Math.max(0, ...[...services].map((s) => (s.state.state === 'broken' ? s.state.position : 0))));
        },
      }),
  );

/**
 * Tamper evidence at start and while running: the store's hash chain is verified from the first
 * event (a SQLite or PostgreSQL store keeps every event's hash: each must be the hash of its content
 * over the hash of the event before). A small store is verified before the application starts; a
 * large one in the background, readiness saying how far it got. Then every RECHECK_EVERY_MS the
 * events appended since. A broken chain — an event changed, deleted or inserted, a row that no
 * longer reads — stops writes (every request that could append answers 503), fails readiness and
 * sets the metric, all naming the first bad position; reads stay available for the investigation.
 */
@Injectable()
export class ChainIntegrity implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ChainIntegrity');
  private readonly store: EventStore;
  state: ChainState = { state: 'verifying', verifiedTo: 0, head: 0 };
  private verified = EMPTY_CHAIN;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    this.store = storedForm(store);
    brokenGauge();
    services.add(this);
  }

  async onApplicationBootstrap(): Promise<void> {
    const head = await this.store.headPosition().catch(() => 0);
    this.state = { state: 'verifying', verifiedTo: 0, head };
    if (head <= VERIFY_BEFORE_START) await this.pass();
    else {
      this.logger.log(`Verifying the hash chain of ${head} events in the background (readiness reports the progress)`);
      this.running = this.pass();
    }
    this.timer = setInterval(() => {
      if (!this.running && this.state.state !== 'broken') this.running = this.pass().finally(() => (this.running = undefined));
    }, RECHECK_EVERY_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    services.delete(this);
    await this.running?.catch(() => undefined);
  }

  get writable(): boolean {
    return this.state.state !== 'broken';
  }

  /** Verifies from the last verified position to the head, page by page. */
  async pass(): Promise<void> {
    for (;;) {
      if (this.stopped || this.state.state === 'broken') return;
      let page: Awaited<ReturnType<EventStore['readAll']>>;
      try {
        page = await this.store.readAll({ after: this.verified.position, maxCount: PAGE });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // A row that cannot be read: the one after the last verified position.
        if (/not (valid )?JSON|Unexpected|corrupt|malformed/i.test(message)) {
          const named = /row at position (\d+)/.exec(message);
          return this.broken(named ? Number(named[1]) : this.verified.position + 1, `the stored row cannot be read (${message})`);
        }
        this.logger.warn(`Hash chain verification paused: ${message}`);
        return;
      }
      if (page.length === 0) {
        this.state = { state: 'intact', verifiedTo: this.verified.position };
        return;
      }
      for (const event of page) {
        if (event.hash === undefined) return this.broken(event.position, 'the event has no hash');
        const expected = eventHash(event, this.verified.hash);
        if (expected !== event.hash) {
          return event.position > this.verified.position + 1
            ? this.broken(
                this.verified.position + 1,
                `no event is stored at position ${this.verified.position + 1}, but the event at ${event.position} links to one (an event was deleted)`,
              )
            : this.broken(event.position, `its content does not match its hash (changed after it was stored)`);
        }
        this.verified = { position: event.position, hash: event.hash };
      }
      const head = this.state.state === 'verifying' ? this.state.head : this.verified.position;
      this.state = { state: 'verifying', verifiedTo: this.verified.position, head: Math.max(head, this.verified.position) };
    }
  }

  private broken(position: number, reason: string): void {
    this.state = { state: 'broken', position, reason };
    this.logger.error(
      `THE EVENT STORE'S HASH CHAIN IS BROKEN AT POSITION ${position}: ${reason}. Writes are stopped; reads stay available. ` +
        'Investigate with `npm run verify:audit -- <store file or postgresql:// URL>` and restore from a backup.',
    );
  }

  /** The sentence readiness and refusals give. */
  describe(): string {
    const s = this.state;
    if (s.state === 'broken') return `hash chain broken at position ${s.position}: ${s.reason}`;
    if (s.state === 'verifying') return `hash chain verified to position ${s.verifiedTo} of ${s.head}`;
    return `hash chain intact to position ${s.verifiedTo}`;
  }
}

/** Logging in, refreshing and signing out stay open: the investigation needs a login to read the history. */
const SESSION_PATHS = new Set(['/api/auth/login', '/api/auth/refresh', '/api/auth/sign-out']);

/**
 * Requests that could append (any method but GET, HEAD, OPTIONS) answer 503 while the chain is
 * broken, except the session's own (login, refresh, sign-out), so that reads stay possible.
 */
export function refuseWritesWhileBroken(chain: ChainIntegrity) {
  return (request: Request, response: Response, next: NextFunction) => {
    if (chain.writable || ['GET', 'HEAD', 'OPTIONS'].includes(request.method) || !request.path.startsWith('/api/')) return next();
    if (request.method === 'POST' && SESSION_PATHS.has(request.path)) return next();
    response.status(503).json({
      statusCode: 503,
      error: 'unavailable',
      message: `Writes are stopped: the event store's ${chain.describe()}. Reads stay available; nothing was recorded.`,
    });
  };
}
