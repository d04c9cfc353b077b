import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import {
  type AppendResult,
  type CheckpointStore,
  type EventHandler,
  type EventStore,
  EventIdConflictError,
  EventStoreUnavailableError,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
  type Subscription,
  WrongExpectedRevisionError,
} from '../event-store.port.js';
import { type ChainHead, EMPTY_CHAIN, HashChain } from '../audit/hash-chain.js';
import { PollingSubscription } from '../polling-subscription.js';
import { type EventRow, openStoreFile, SCHEMA } from './sqlite-append-writer.js';
import { SqliteWriterThread } from './sqlite-writer-thread.js';

export interface SqliteEventStoreOptions {
  /** How often a subscription looks for events written by another process. Appends from this process wake it at once. */
  pollIntervalMs?: number;
  /** Clock for `recordedAt`; injectable for tests. */
  now?: () => Date;
}

/**
 * The embedded event store: one SQLite file in WAL mode.
 *
 * Writes (appends, checkpoints) go to a writer thread with its own connection (`sqlite-writer-thread.ts`):
 * it commits the appends waiting at that moment in one transaction (group commit, one fsync with
 * synchronous=FULL) off the event loop, and an append is answered only once its transaction has
 * committed. Reads stay on this thread's connection: WAL lets them run beside the writer, and an
 * append's events are visible here when it is answered.
 *
 * Global order: SQLite serialises writers and a position is assigned inside the writer's
 * transaction, so a reader never sees position N+1 committed before N. A reader that
 * follows `position` therefore cannot skip an event that commits late.
 *
 * ':memory:' stands for a temporary file (removed at close): the writer thread's connection and this
 * one must see the same database.
 */
export class SqliteEventStore implements EventStore, CheckpointStore {
  private readonly db: Database.Database;
  private readonly writer: SqliteWriterThread;
  private readonly listeners = new Set<() => void>();
  private readonly subscriptions = new Set<PollingSubscription<EventRow>>();
  private readonly pollIntervalMs: number;
  private readonly now: () => Date;
  private readonly statements;
  /** The folder of the temporary file that stands for ':memory:'. */
  private readonly temporaryDir: string | undefined;

  constructor(filename: string, options: SqliteEventStoreOptions = {}) {
    if (filename === ':memory:') {
      this.temporaryDir = mkdtempSync(join(tmpdir(), 'jiangxin-memory-'));
      filename = join(this.temporaryDir, 'events.sqlite');
    }
    mkdirSync(dirname(filename), { recursive: true });
    this.db = openStoreFile(filename);
    this.db.exec(SCHEMA);
    this.chainUnhashedTail();
    this.writer = new SqliteWriterThread(filename);
    this.pollIntervalMs = options.pollIntervalMs ?? 20;
    this.now = options.now ?? (() => new Date());
    this.statements = {
      chainHead: this.db.prepare<[], { position: number; hash: string | null }>(
        'SELECT position, hash FROM events ORDER BY position DESC LIMIT 1',
      ),
      readStream: this.db.prepare<[string, number, number], EventRow>(
        'SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?',
      ),
      readAll: this.db.prepare<[number, number], EventRow>('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?'),
      head: this.db.prepare<[], { position: number | null }>('SELECT max(position) AS position FROM events'),
      loadCheckpoint: this.db.prepare<[string], { position: number }>('SELECT position FROM checkpoints WHERE name = ?'),
    };
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) throw new Error('append needs at least one event');
    const result = await this.writer.write<AppendResult>({
      kind: 'append',
      streamId,
      events,
      expected,
      recordedAt: this.now().toISOString(),
    });
    for (const wake of this.listeners) wake();
    return result;
  }

  /** Appends many batches in one transaction, all or none (bulk loads and benchmarks). */
  async appendMany(
    batches: ReadonlyArray<{ streamId: string; events: readonly NewEvent[]; expected: ExpectedRevision }>,
  ): Promise<AppendResult[]> {
    if (batches.some((b) => b.events.length === 0)) throw new Error('append needs at least one event');
    const results = await this.writer.write<AppendResult[]>({ kind: 'appendMany', batches, recordedAt: this.now().toISOString() });
    for (const wake of this.listeners) wake();
    return results;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const rows = this.statements.readStream.all(streamId, options.fromRevision ?? 0, options.maxCount ?? -1);
    return rows.map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return this.readAllSync(options.after ?? 0, options.maxCount ?? -1);
  }

  /** Synchronous read used by subscriptions and replays: no promise per batch. */
  readAllSync(after: number, maxCount: number): StoredEvent[] {
    return this.statements.readAll.all(after, maxCount).map(toStoredEvent);
  }

  headPositionSync(): number {
    return this.statements.head.get()?.position ?? 0;
  }

  async headPosition(): Promise<number> {
    return this.headPositionSync();
  }

  async chainHead(): Promise<ChainHead> {
    return this.chainHeadSync();
  }

  private chainHeadSync(): ChainHead {
    const last = this.statements.chainHead.get();
    if (!last) return EMPTY_CHAIN;
    if (last.hash === null) throw new Error(`SQLite event store: the event at position ${last.position} has no hash`);
    return { position: last.position, hash: last.hash };
  }

  /**
   * A file written before the hash chain: adds the column, then chains the events at the end that
   * have no hash yet, in global order. Only a trailing run is chained: an event without a hash
   * before a hashed one is left as it is, for verification to report, never silently re-chained.
   */
  private chainUnhashedTail(): void {
    const hasHashColumn = (this.db.pragma('table_info(events)') as Array<{ name: string }>).some((c) => c.name === 'hash');
    const lastIsHashed = () =>
      this.db.prepare<[], { hash: string | null }>('SELECT hash FROM events ORDER BY position DESC LIMIT 1').get()?.hash !== null;
    if (hasHashColumn && lastIsHashed()) return;
    this.db
      .transaction(() => {
        const columns = this.db.pragma('table_info(events)') as Array<{ name: string }>;
        if (!columns.some((c) => c.name === 'hash')) this.db.exec('ALTER TABLE events ADD COLUMN hash TEXT');
        if (lastIsHashed()) return; // another process chained it meanwhile
        const from =
          this.db
            .prepare<[], { position: number; hash: string }>(
              'SELECT position, hash FROM events WHERE hash IS NOT NULL ORDER BY position DESC LIMIT 1',
            )
            .get() ?? EMPTY_CHAIN;
        const chain = new HashChain(from);
        const page = this.db.prepare<[number], EventRow>('SELECT * FROM events WHERE position > ? ORDER BY position LIMIT 1000');
        const setHash = this.db.prepare('UPDATE events SET hash = ? WHERE position = ?');
        for (let rows = page.all(from.position); rows.length > 0; rows = page.all(chain.head.position)) {
          for (const row of rows) setHash.run(chain.next(toStoredEvent(row)).hash, row.position);
        }
      })
      .immediate();
  }

  subscribeToAll(handler: EventHandler, options: SubscribeOptions, onError?: (error: unknown) => void): Subscription {
    const subscription = new PollingSubscription({
      name: options.name,
      after: options.after ?? 0,
      batchSize: options.batchSize ?? 500,
      pollIntervalMs: this.pollIntervalMs,
      read: (after, max) => this.statements.readAll.all(after, max),
      toEvent: toStoredEvent,
      head: () => this.headPositionSync(),
      handler,
      onError,
      listen: (wake) => {
        this.listeners.add(wake);
        return () => this.listeners.delete(wake);
      },
      onStop: (s) => this.subscriptions.delete(s),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * An online copy of the file (SQLite's backup API) through the writer thread's connection, a few
   * pages per turn of its event loop: appends go on meanwhile, and since this store's appends are made
   * through that connection, those made during the copy are carried into it, so the copy is the store
   * as it stands when it completes.
   */
  async backupTo(file: string, pagesPerStep = 100): Promise<void> {
    await this.writer.backup(file, pagesPerStep);
  }

  async ping(): Promise<void> {
    this.guard(() => this.db.prepare('SELECT 1').get());
  }

  async load(name: string): Promise<number> {
    return this.guard(() => this.statements.loadCheckpoint.get(name)?.position ?? 0);
  }

  async save(name: string, position: number): Promise<void> {
    await this.writer.write<void>({ kind: 'save', name, position });
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.writer.close();
    if (this.db.open) this.db.close();
    if (this.temporaryDir) rmSync(this.temporaryDir, { recursive: true, force: true });
  }

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError || error instanceof EventIdConflictError) throw error;
      if (error instanceof Database.SqliteError && /BUSY|LOCKED|IOERR|CANTOPEN|READONLY/.test(error.code)) {
        throw new EventStoreUnavailableError(`SQLite event store unavailable: ${error.message}`, { cause: error });
      }
      if (error instanceof TypeError && /database connection is not open/.test(error.message)) {
        throw new EventStoreUnavailableError('SQLite event store is closed', { cause: error });
      }
      throw error;
    }
  }
}

function toStoredEvent(row: EventRow): StoredEvent {
  try {
    return storedEventOf(row);
  } catch (error) {
    // A corrupt row is named by its position (not only a JSON parse error).
    throw new Error(
      `SQLite event store: the row at position ${row.position} is corrupt: its stored data is not JSON (${(error as Error).message})`,
    );
  }
}

function storedEventOf(row: EventRow): StoredEvent {
  return {
    id: row.id,
    streamId: row.stream_id,
    revision: row.revision,
    position: row.position,
    type: row.type,
    data: JSON.parse(row.data),
    metadata: JSON.parse(row.metadata),
    recordedAt: row.recorded_at,
    ...(row.hash === null ? {} : { hash: row.hash }),
  };
}
