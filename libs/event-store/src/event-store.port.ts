import type { ChainHead } from './audit/hash-chain.js';

/**
 * The event store port: the only source of truth. Two adapters implement it
 * (embedded SQLite, KurrentDB) and both pass the shared contract suite in `contract/`.
 */

/** Who did it, from where, why: recorded on every event (the audit trail). */
export interface EventMetadata {
  actor: { userId: string; role: string };
  device?: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  /** Server clock, ISO 8601. */
  occurredAt: string;
  schemaVersion: number;
  reason?: string;
}

/** An event to append. `id` is a UUID derived from the command so that a retry appends nothing new. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  id: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
}

export interface StoredEvent<Type extends string = string, Data = unknown> extends NewEvent<Type, Data> {
  streamId: string;
  /** 0-based revision of the event inside its stream. */
  revision: number;
  /** Global, strictly increasing position across all streams (1-based). */
  position: number;
  /** When the store recorded it, ISO 8601. */
  recordedAt: string;
  /**
   * Its link in the hash chain (audit/hash-chain.ts): SHA-256 over its content, position and the
   * previous event's hash. Set by adapters that chain (SQLite always; KurrentDB on readAll only).
   */
  hash?: string;
}

/**
 * - a number: the stream's current revision must be exactly this (the revision of its last event);
 * - 'no_stream': the stream must not exist; 'stream_exists': it must; 'any': no check.
 */
export type ExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

export interface AppendResult {
  /** Revision of the last event of the stream after the append. */
  nextRevision: number;
  /** Global position of the last appended event. */
  position: number;
}

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** An event id is already stored, but by a different append (another stream or position). */
export class EventIdConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventId: string,
  ) {
    super(`Stream ${streamId}: event id ${eventId} was already used by a different append`);
    this.name = 'EventIdConflictError';
  }
}

export class EventStoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }
}

export interface ReadStreamOptions {
  /** First revision to return (inclusive). Default 0. */
  fromRevision?: number;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Return events with position strictly greater than this. Default 0 (from the start). */
  after?: number;
  maxCount?: number;
}

export interface SubscribeOptions {
  /** Deliver events with position strictly greater than this (a checkpoint). Default 0. */
  after?: number;
  /** Name used in logs and errors. */
  name: string;
  /** How many events to read at a time while catching up. */
  batchSize?: number;
}

/**
 * Events are delivered in global order, one at a time: the handler's promise settles
 * before the next event is delivered. A handler that throws stops the subscription
 * and the error is reported through `onError`.
 */
export type EventHandler = (event: StoredEvent) => void | Promise<void>;

export interface Subscription {
  readonly name: string;
  /** Position of the last event handled. */
  readonly position: number;
  /** Resolves once the subscription has handled every event that existed when it was called. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

export interface EventStore {
  /**
   * Appends atomically. Idempotent by event id: appending events whose ids are all already
   * stored in that stream, in the same order, returns the original result and writes nothing.
   * Throws WrongExpectedRevisionError on a revision mismatch.
   */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream in revision order; an empty array for a stream that does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Events of all streams in global order. */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** Catch up from a position, then follow the live tail until stopped. */
  subscribeToAll(handler: EventHandler, options: SubscribeOptions, onError?: (error: unknown) => void): Subscription;
  /** Global position of the last stored event (0 when empty). */
  headPosition(): Promise<number>;
  /** The hash chain's head: position and hash of the last stored event ({0, GENESIS_HASH} when empty). */
  chainHead(): Promise<ChainHead>;
  /** Answers when the store is reachable; throws EventStoreUnavailableError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Durable positions of the subscriptions that must resume where they stopped (the job dispatcher). */
export interface CheckpointStore {
  load(name: string): Promise<number>;
  save(name: string, position: number): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
export const CHECKPOINT_STORE = Symbol('CHECKPOINT_STORE');

/**
 * A decorator that changes events on their way in and out of a store (encryption of personal data)
 * names the store it wraps, so that an audit export can carry the events exactly as they were
 * stored and hashed.
 */
export interface EventStoreDecorator extends EventStore {
  readonly inner: EventStore;
}

/** The store that holds the events as stored: the innermost one under any decorators. */
export function storedForm(store: EventStore): EventStore {
  let current = store;
  while ('inner' in current && current.inner && typeof (current.inner as EventStore).readAll === 'function') {
    current = (current as EventStoreDecorator).inner;
  }
  return current;
}
