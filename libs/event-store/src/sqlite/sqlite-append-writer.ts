import Database from 'better-sqlite3';
import { checkExpectedRevision, previousAppend } from '../append-rules.js';
import { type ChainHead, EMPTY_CHAIN, HashChain } from '../audit/hash-chain.js';
import {
  type AppendResult,
  EventIdConflictError,
  type ExpectedRevision,
  type NewEvent,
  WrongExpectedRevisionError,
} from '../event-store.port.js';

/** The events table as SQLite holds it. */
export interface EventRow {
  position: number;
  id: string;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
  recorded_at: string;
  /** Null only in a file written before the hash chain, until it is opened once. */
  hash: string | null;
}

export const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT    NOT NULL UNIQUE,
    stream_id   TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    hash        TEXT,
    UNIQUE (stream_id, revision)
  );
  CREATE TABLE IF NOT EXISTS checkpoints (
    name     TEXT PRIMARY KEY,
    position INTEGER NOT NULL
  );
`;

/** A connection to the store's file, as both the reading and the writing connection open it. */
export function openStoreFile(filename: string): Database.Database {
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  // FULL: a committed append survives a power cut, not only a process crash.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  return db;
}

export interface AppendRequest {
  streamId: string;
  events: readonly NewEvent[];
  expected: ExpectedRevision;
}

/** What the writer is asked to write; `recordedAt` is the caller's clock at the append. */
export type WriteRequest =
  | ({ kind: 'append'; recordedAt: string } & AppendRequest)
  | { kind: 'appendMany'; recordedAt: string; batches: readonly AppendRequest[] }
  | { kind: 'save'; name: string; position: number };

/** An error crossing from the writer thread: the refusals keep their fields, SQLite errors their code. */
export type WriterError =
  | { name: 'WrongExpectedRevisionError'; streamId: string; expected: ExpectedRevision; actual: number | 'no_stream' }
  | { name: 'EventIdConflictError'; streamId: string; eventId: string }
  | { name: 'SqliteError'; message: string; code: string }
  | { name: 'Error'; message: string };

export type WriteOutcome = { ok: true; value: AppendResult | AppendResult[] | undefined } | { ok: false; error: WriterError };

export function writerError(error: unknown): WriterError {
  if (error instanceof WrongExpectedRevisionError) {
    return { name: 'WrongExpectedRevisionError', streamId: error.streamId, expected: error.expected, actual: error.actual };
  }
  if (error instanceof EventIdConflictError) return { name: 'EventIdConflictError', streamId: error.streamId, eventId: error.eventId };
  if (error instanceof Database.SqliteError) return { name: 'SqliteError', message: error.message, code: error.code };
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The store's writes, on the connection of the writer thread (see `sqlite-writer-thread.ts`).
 *
 * `commit` writes the requests waiting at that moment in ONE immediate transaction (group commit: one
 * fsync for all of them) with each request in its own savepoint, so a refused one (wrong expected
 * revision, id conflict) writes nothing and the others still commit. Inside the transaction no other
 * writer, of this process or another, can take the next position: each append checks its expected
 * revision and its ids against what is committed and what the earlier requests of the group wrote, and
 * its hashes link to the chain head read there. The outcomes are answered after the commit returns,
 * i.e. once durable (synchronous=FULL).
 */
export class SqliteAppendWriter {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      lastRevision: db.prepare<[string], { revision: number | null }>('SELECT max(revision) AS revision FROM events WHERE stream_id = ?'),
      byId: db.prepare<[string], EventRow>('SELECT * FROM events WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO events (position, id, stream_id, revision, type, data, metadata, recorded_at, hash)
         VALUES (@position, @id, @stream_id, @revision, @type, @data, @metadata, @recorded_at, @hash)`,
      ),
      chainHead: db.prepare<[], { position: number; hash: string | null }>(
        'SELECT position, hash FROM events ORDER BY position DESC LIMIT 1',
      ),
      saveCheckpoint: db.prepare(
        `INSERT INTO checkpoints (name, position) VALUES (?, ?)
         ON CONFLICT (name) DO UPDATE SET position = excluded.position`,
      ),
    };
  }

  /** Writes the requests in one transaction; the outcomes in the same order. Throws if the commit itself fails. */
  commit(requests: readonly WriteRequest[]): WriteOutcome[] {
    return this.db
      .transaction((): WriteOutcome[] =>
        requests.map((request) => {
          try {
            // A transaction inside a transaction is a savepoint: a refused request is rolled back alone.
            return { ok: true, value: this.db.transaction(() => this.apply(request))() };
          } catch (error) {
            return { ok: false, error: writerError(error) };
          }
        }),
      )
      .immediate();
  }

  private apply(request: WriteRequest): AppendResult | AppendResult[] | undefined {
    switch (request.kind) {
      case 'append':
        return this.append(request, request.recordedAt);
      case 'appendMany':
        return request.batches.map((batch) => this.append(batch, request.recordedAt));
      case 'save':
        this.statements.saveCheckpoint.run(request.name, request.position);
        return undefined;
    }
  }

  private append({ streamId, events, expected }: AppendRequest, recordedAt: string): AppendResult {
    const replay = this.previousAppend(streamId, events);
    if (replay) return replay;

    const last = this.statements.lastRevision.get(streamId)?.revision ?? null;
    checkExpectedRevision(streamId, expected, last);

    const chain = new HashChain(this.chainHead());
    let revision = last ?? -1;
    let position = 0;
    for (const event of events) {
      revision += 1;
      position = chain.head.position + 1;
      // Canonical JSON hashes a value as JSON.stringify stores it, so this is the hash of what is read back.
      const { hash } = chain.next({
        position,
        streamId,
        revision,
        id: event.id,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
      });
      this.statements.insert.run({
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
    return { nextRevision: revision, position };
  }

  /** A retry of an append that already happened: same ids, same stream, same order. */
  private previousAppend(streamId: string, events: readonly NewEvent[]): AppendResult | undefined {
    if (!this.statements.byId.get(events[0]!.id)) return undefined;
    const stored = events.map((event) => this.statements.byId.get(event.id));
    return previousAppend(
      streamId,
      stored.map((row) => row && { streamId: row.stream_id, revision: row.revision, position: row.position }),
      events[0]!.id,
    );
  }

  private chainHead(): ChainHead {
    const last = this.statements.chainHead.get();
    if (!last) return EMPTY_CHAIN;
    if (last.hash === null) throw new Error(`SQLite event store: the event at position ${last.position} has no hash`);
    return { position: last.position, hash: last.hash };
  }
}
