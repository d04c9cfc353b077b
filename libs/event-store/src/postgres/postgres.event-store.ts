import pg from 'pg';
import { type ChainHead, EMPTY_CHAIN, HashChain } from '../audit/hash-chain.js';
import { checkExpectedRevision, previousAppend, type StoredPlace } from '../append-rules.js';
import {
  type AppendResult,
  type CheckpointStore,
  EventIdConflictError,
  type EventHandler,
  type EventStore,
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
import { PollingSubscription } from '../polling-subscription.js';
import { PostgresListener } from './postgres.listener.js';
import { guarded, postgresPool, type PostgresConnectionOptions } from './postgres.pool.js';

interface EventRow {
  position: number;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: unknown;
  recorded_at: string;
  hash: string;
}

/**
 * `json`, not `jsonb`, for data and metadata: the text is kept as written (key order, every string a
 * JSON string can hold, \u0000 included, which jsonb refuses), as SQLite keeps it; cast to jsonb to query.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position    bigint      PRIMARY KEY,
    id          text        NOT NULL UNIQUE,
    stream_id   text        NOT NULL,
    revision    integer     NOT NULL,
    type        text        NOT NULL,
    data        json        NOT NULL,
    metadata    json        NOT NULL,
    recorded_at timestamptz NOT NULL,
    hash        text        NOT NULL,
    UNIQUE (stream_id, revision)
  );
  CREATE TABLE IF NOT EXISTS checkpoints (
    name     text   PRIMARY KEY,
    position bigint NOT NULL
  );
`;

/**
 * The key of the transaction-level advisory lock that serialises appends across every node ("jiangxin"
 * in ASCII, as a bigint): held from position assignment to commit.
 */
export const APPEND_LOCK_KEY = '7667640712165124206';
/** The NOTIFY channel on which every append announces the new head position. */
export const EVENTS_CHANNEL = 'jiangxin_events';

const { escapeLiteral } = pg;

const COLUMNS = 'position, id, stream_id, revision, type, data, metadata, recorded_at, hash';

/** Appends taken into one transaction at most (group commit: one lock and one fsync for all). */
const MAX_APPENDS_PER_COMMIT = 200;

export interface PostgresEventStoreOptions extends PostgresConnectionOptions {
  /**
   * How often a subscription reads without being woken: a safety net only, for a notification lost
   * while the LISTEN connection was down. Every append of every node wakes subscriptions at once.
   */
  safetyPollMs?: number;
  /** Clock for `recordedAt`; injectable for tests. */
  now?: () => Date;
}

interface PendingAppend {
  streamId: string;
  events: readonly NewEvent[];
  expected: ExpectedRevision;
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/** What the append transaction reads under the lock: the chain head, the streams' last revisions, the ids already stored. */
interface AppendState {
  head: [number, string] | null;
  revisions: Record<string, number | null>;
  existing: Array<[string, string, number, number]> | null;
}

/**
 * The event store of the distributed profile on PostgreSQL: several api nodes and workers on one database.
 *
 * Global order without skipped events (the DOMjudge#2498 class of bug, where a transaction that took
 * position N commits after the one that took N+1, and a reader that has seen N+1 never looks at N
 * again): every append transaction first takes one transaction-level advisory lock
 * (`pg_advisory_xact_lock`), held until it commits or rolls back. Under it the transaction reads the
 * chain head (last position and hash), takes the next positions, hashes its events onto the chain
 * and inserts them; PostgreSQL makes a transaction visible before it releases its locks, so the next
 * writer starts from it. Positions therefore become visible strictly in order, without gaps (a
 * rolled-back append took no number from a sequence), and a reader following `position` can never
 * pass an event that has yet to commit. The cost is one writer at a time across the cluster; each
 * process makes up for it by committing every append waiting in it in one transaction (one lock,
 * one fsync), each with its own expected-revision check.
 *
 * Subscriptions are woken by LISTEN/NOTIFY: every append notifies `jiangxin_events` with its head
 * position on commit; each store keeps one dedicated LISTEN connection that reconnects by itself
 * (see PostgresListener), and a slow poll remains as a safety net.
 */
export class PostgresEventStore implements EventStore, CheckpointStore {
  readonly pool: pg.Pool;
  private readonly listener: PostgresListener;
  private readonly subscriptions = new Set<PollingSubscription<EventRow>>();
  private readonly wakers = new Set<() => void>();
  private readonly queue: PendingAppend[] = [];
  private writing = false;
  private readonly safetyPollMs: number;
  private readonly now: () => Date;
  private closed = false;

  private constructor(connectionString: string, options: PostgresEventStoreOptions) {
    this.pool = postgresPool(connectionString, options);
    this.safetyPollMs = options.safetyPollMs ?? 2000;
    this.now = options.now ?? (() => new Date());
    this.listener = new PostgresListener(connectionString, EVENTS_CHANNEL, () => this.wakeAll(), options);
  }

  /** Connects, creates the tables when missing (one node at a time) and starts listening. */
  static async open(connectionString: string, options: PostgresEventStoreOptions = {}): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(connectionString, options);
    try {
      await store.guard(() => createSchema(store.pool, SCHEMA));
      store.listener.start();
      return store;
    } catch (error) {
      await store.close();
      throw error;
    }
  }

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) return Promise.reject(new Error('append needs at least one event'));
    if (this.closed) return Promise.reject(new EventStoreUnavailableError('PostgreSQL event store is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ streamId, events, expected, resolve, reject });
      if (!this.writing) void this.writeQueued();
    });
  }

  /** One writer per process: what queued up while a commit ran goes into the next one. */
  private async writeQueued(): Promise<void> {
    this.writing = true;
    try {
      while (this.queue.length > 0) await this.commit(this.queue.splice(0, MAX_APPENDS_PER_COMMIT));
    } finally {
      this.writing = false;
    }
  }

  private async commit(appends: PendingAppend[]): Promise<void> {
    let outcomes: Array<{ result?: AppendResult; error?: unknown }>;
    try {
      outcomes = await this.guard(() => this.appendTransaction(appends));
    } catch (error) {
      // Stored or not is unknown (the answer to COMMIT may be what was lost): the caller retries with the same event ids, which is idempotent.
      for (const append of appends) append.reject(error);
      return;
    }
    for (const [i, append] of appends.entries()) {
      const { result, error } = outcomes[i];
      if (error === undefined) append.resolve(result!);
      else append.reject(error);
    }
    if (outcomes.some((outcome) => outcome.error === undefined)) this.wakeAll();
  }

  /**
   * Two round trips: (1) BEGIN, the lock, then what the append needs to know, read under the lock;
   * (2) the insert, the notification and COMMIT. Simple-query messages of several statements carry
   * their values as escaped literals (pg's escapeLiteral); in READ COMMITTED each statement takes its
   * own snapshot, so the read after the lock sees the last committed append.
   */
  private async appendTransaction(appends: PendingAppend[]): Promise<Array<{ result?: AppendResult; error?: unknown }>> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      const texts = (values: string[]) => `ARRAY[${values.map((value) => escapeLiteral(value)).join(',')}]::text[]`;
      const streamIds = texts([...new Set(appends.map((a) => a.streamId))]);
      const ids = texts(appends.flatMap((a) => a.events.map((e) => e.id)));
      const results = (await client.query(
        `BEGIN;
         SELECT pg_advisory_xact_lock(${APPEND_LOCK_KEY});
         SELECT
           (SELECT json_build_array(position, hash) FROM events ORDER BY position DESC LIMIT 1) AS head,
           (SELECT json_object_agg(s, (SELECT max(revision) FROM events WHERE stream_id = s)) FROM unnest(${streamIds}) AS s) AS revisions,
           (SELECT json_agg(json_build_array(id, stream_id, revision, position)) FROM events WHERE id = ANY(${ids})) AS existing`,
      )) as unknown as Array<pg.QueryResult<AppendState>>;
      const state = results[results.length - 1].rows[0];
      const chain = new HashChain(state.head ? { position: Number(state.head[0]), hash: state.head[1] } : EMPTY_CHAIN);
      const revisions = new Map(Object.entries(state.revisions ?? {}));
      const places = new Map<string, StoredPlace>(
        (state.existing ?? []).map(([id, streamId, revision, position]) => [id, { streamId, revision, position: Number(position) }]),
      );
      const recordedAt = this.now().toISOString();
      const rows: object[] = [];
      const outcomes = appends.map(({ streamId, events, expected }) => {
        try {
          const replay = previousAppend(
            streamId,
            events.map((e) => places.get(e.id)),
            events[0].id,
          );
          if (replay) return { result: replay };
          const last = revisions.get(streamId) ?? null;
          checkExpectedRevision(streamId, expected, last);
          let revision = last ?? -1;
          for (const event of events) {
            revision += 1;
            const position = chain.head.position + 1;
            // Hashed as it is read back: json keeps the text JSON.stringify wrote, and canonical JSON hashes a value as JSON.stringify writes it.
            const { hash } = chain.next({
              position,
              streamId,
              revision,
              id: event.id,
              type: event.type,
              data: event.data,
              metadata: event.metadata,
            });
            places.set(event.id, { streamId, revision, position });
            // Data and metadata as JSON texts inside the batch: json_to_recordset would refuse a \u0000 in a nested value.
            rows.push({
              position,
              id: event.id,
              stream_id: streamId,
              revision,
              type: event.type,
              data: JSON.stringify(event.data),
              metadata: JSON.stringify(event.metadata),
              recorded_at: recordedAt,
              hash,
            });
          }
          revisions.set(streamId, revision);
          return { result: { nextRevision: revision, position: chain.head.position } };
        } catch (error) {
          if (error instanceof WrongExpectedRevisionError || error instanceof EventIdConflictError) return { error };
          throw error;
        }
      });
      await client.query(
        rows.length === 0
          ? 'COMMIT'
          : `WITH inserted AS (
               INSERT INTO events (${COLUMNS})
               SELECT position, id, stream_id, revision, type, data::json, metadata::json, recorded_at, hash
               FROM json_to_recordset(${escapeLiteral(JSON.stringify(rows))}::json) AS r(
                 position bigint, id text, stream_id text, revision integer, type text, data text, metadata text, recorded_at timestamptz, hash text)
               RETURNING position)
             SELECT pg_notify('${EVENTS_CHANNEL}', max(position)::text) FROM inserted;
             COMMIT`,
      );
      return outcomes;
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // A client whose transaction failed may be in any state: it leaves the pool.
      client.release(broken);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const { rows } = await this.guard(() =>
      this.pool.query<EventRow>({
        name: 'jiangxin-read-stream',
        text: `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 AND revision >= $2 ORDER BY revision LIMIT $3`,
        values: [streamId, options.fromRevision ?? 0, options.maxCount ?? null],
      }),
    );
    return rows.map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return (await this.readRows(options.after ?? 0, options.maxCount ?? null)).map(toStoredEvent);
  }

  private async readRows(after: number, maxCount: number | null): Promise<EventRow[]> {
    const { rows } = await this.guard(() =>
      this.pool.query<EventRow>({
        name: 'jiangxin-read-all',
        text: `SELECT ${COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
        values: [after, maxCount],
      }),
    );
    return rows;
  }

  async headPosition(): Promise<number> {
    return (await this.chainHead()).position;
  }

  async chainHead(): Promise<ChainHead> {
    const { rows } = await this.guard(() =>
      this.pool.query<{ position: number; hash: string }>('SELECT position, hash FROM events ORDER BY position DESC LIMIT 1'),
    );
    return rows[0] ? { position: rows[0].position, hash: rows[0].hash } : EMPTY_CHAIN;
  }

  subscribeToAll(handler: EventHandler, options: SubscribeOptions, onError?: (error: unknown) => void): Subscription {
    const subscription = new PollingSubscription<EventRow>({
      name: options.name,
      after: options.after ?? 0,
      batchSize: options.batchSize ?? 500,
      pollIntervalMs: this.safetyPollMs,
      read: (after, max) => this.readRows(after, max),
      toEvent: toStoredEvent,
      head: () => this.headPosition(),
      handler,
      onError,
      listen: (wake) => {
        this.wakers.add(wake);
        return () => this.wakers.delete(wake);
      },
      onStop: (s) => this.subscriptions.delete(s),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async ping(): Promise<void> {
    await this.guard(() => this.pool.query('SELECT 1'));
  }

  /** Whether the LISTEN connection is up (readiness shows it; subscriptions still poll while it is down). */
  get listening(): boolean {
    return this.listener.connected;
  }

  async load(name: string): Promise<number> {
    const { rows } = await this.guard(() =>
      this.pool.query<{ position: number }>('SELECT position FROM checkpoints WHERE name = $1', [name]),
    );
    return rows[0]?.position ?? 0;
  }

  async save(name: string, position: number): Promise<void> {
    await this.guard(() =>
      this.pool.query(
        'INSERT INTO checkpoints (name, position) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET position = excluded.position',
        [name, position],
      ),
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.listener.stop();
    // Appends already queued finish (or fail) before the pool ends.
    while (this.writing) await new Promise((resolve) => setTimeout(resolve, 5));
    await this.pool.end();
  }

  private wakeAll(): void {
    for (const wake of this.wakers) wake();
  }

  private guard<T>(work: () => Promise<T>): Promise<T> {
    return guarded(work, 'PostgreSQL event store', () => this.closed);
  }
}

/** Creates tables under a session advisory lock, so that nodes starting together do not race on CREATE TABLE. */
export async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(${APPEND_LOCK_KEY})`);
    try {
      await client.query(schema);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${APPEND_LOCK_KEY})`);
    }
  } finally {
    client.release();
  }
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.id,
    streamId: row.stream_id,
    revision: row.revision,
    position: row.position,
    type: row.type,
    data: row.data,
    metadata: row.metadata as StoredEvent['metadata'],
    recordedAt: row.recorded_at,
    hash: row.hash,
  };
}
