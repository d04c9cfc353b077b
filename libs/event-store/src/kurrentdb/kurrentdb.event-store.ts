import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  ANY,
  type AppendStreamState,
  BACKWARDS,
  type CommandError,
  convertToCommandError,
  type CurrentStreamState,
  END,
  ErrorType,
  type EventData,
  excludeSystemEvents,
  FORWARDS,
  isCommandError,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  type Position,
  type ResolvedEvent,
  START,
  STREAM_EXISTS,
} from '@kurrent/kurrentdb-client';
import {
  type AppendResult,
  type EventHandler,
  type EventMetadata,
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
import { ChainIndex } from '../audit/chain-index.js';
import type { ChainHead } from '../audit/hash-chain.js';

/*
 * KurrentDB adapter of the event store port.
 *
 * Positions: our `position` is the commit position of the event in $all. Every append made through
 * the gRPC API is an implicit transaction in which each event is its own commit record, so commit
 * position === prepare position === the event's log position: distinct and strictly increasing.
 * Reading $all "from" a position is inclusive on the server, so every read and subscription also
 * drops what is not strictly after the requested position.
 *
 * Hash chain: the client cannot hash inside the server's commit, so the chain is computed over $all
 * order when the log is read (readAll, chainHead) by a ChainIndex that remembers where it got to.
 * Events from readStream and subscriptions carry no hash.
 */

/** Checkpoints live in the event log (see KurrentDbCheckpointStore); they are not domain events. */
export const CHECKPOINT_STREAM_PREFIX = 'checkpoint-';
export const CHECKPOINT_EVENT_TYPE = 'CheckpointStored';

/** Positions at or above 2^63 are the server's "no position" markers (u64::MAX). */
const MAX_VALID_POSITION = 2n ** 63n;
/** Page size for reading $all; the bridge cannot abandon a read half-way, so reads are bounded. */
const READ_PAGE_SIZE = 1000;
const HEAD_PAGE_SIZE = 32;

type AnyResolvedEvent = ResolvedEvent | AllStreamResolvedEvent;
type AnyRecordedEvent = NonNullable<AnyResolvedEvent['event']>;

// ---------------------------------------------------------------------------------------------
// Pure mapping functions (unit-tested without a server in kurrentdb.mapping.spec.ts)
// ---------------------------------------------------------------------------------------------

/** Our expected revision → the client's stream state. */
export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) {
        throw new RangeError(`Expected revision must be a non-negative integer, got ${String(expected)}`);
      }
      return BigInt(expected);
  }
}

/** The client's stream state (as reported in a WrongExpectedVersionError) → our expected revision. */
export function fromStreamState(state: AppendStreamState): ExpectedRevision {
  if (typeof state === 'bigint') return state < 0n ? 'no_stream' : Number(state);
  return state;
}

/** The client's current stream state → our actual revision (a negative revision means no stream). */
export function fromCurrentState(state: CurrentStreamState): number | 'no_stream' {
  if (typeof state === 'bigint') return state < 0n ? 'no_stream' : Number(state);
  return 'no_stream';
}

/** Our numeric position → a $all position to read or subscribe from. */
export function toPosition(position: number): Position {
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new RangeError(`Position must be a non-negative integer, got ${String(position)}`);
  }
  return { commit: BigInt(position), prepare: BigInt(position) };
}

/** A $all position → our numeric position, or undefined when the server gave no usable position. */
export function fromPosition(position: Position | undefined): number | undefined {
  if (!position) return undefined;
  if (position.commit >= 0n && position.commit < MAX_VALID_POSITION) return Number(position.commit);
  // Older servers give no commit position on stream reads; for implicit transactions prepare === commit.
  if (position.prepare >= 0n && position.prepare < MAX_VALID_POSITION) return Number(position.prepare);
  return undefined;
}

/** Our new event → a JSON event with our id, and our metadata as the event's JSON metadata. */
export function toEventData(event: NewEvent): EventData {
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: event.metadata as unknown as Record<string, unknown>,
  });
}

/** System records ($-streams, $-types) and our own checkpoint records are never handed out as domain events. */
export function isInternalEvent(event: { streamId: string; type: string }): boolean {
  return (
    event.streamId.startsWith('$') ||
    event.type.startsWith('$') ||
    (event.streamId.startsWith(CHECKPOINT_STREAM_PREFIX) && event.type === CHECKPOINT_EVENT_TYPE)
  );
}

function decodeJson(value: unknown): unknown {
  if (value instanceof Uint8Array) return JSON.parse(Buffer.from(value).toString('utf8'));
  return value;
}

/** The position of a resolved event: the recorded event's own position, else the resolved commit position. */
export function positionOf(resolved: AnyResolvedEvent): number | undefined {
  const recorded = resolved.event;
  const fromRecorded = fromPosition(recorded?.position);
  if (fromRecorded !== undefined) return fromRecorded;
  const commit = resolved.commitPosition;
  if (commit !== undefined && commit >= 0n && commit < MAX_VALID_POSITION) return Number(commit);
  return undefined;
}

/** A resolved event read from a stream, from $all or from a subscription → our stored event. */
export function toStoredEvent(resolved: AnyResolvedEvent): StoredEvent {
  const recorded: AnyRecordedEvent | undefined = resolved.event;
  if (!recorded) throw new Error('KurrentDB returned a resolved event without an event (unresolved link?)');
  const position = positionOf(resolved);
  if (position === undefined) {
    throw new Error(
      `KurrentDB returned event ${recorded.id} of stream ${recorded.streamId} without a position (KurrentDB/EventStoreDB >= 22.6 is required)`,
    );
  }
  const metadata = decodeJson(recorded.metadata);
  if (metadata === undefined || metadata === null || typeof metadata !== 'object') {
    throw new Error(`Event ${recorded.id} of stream ${recorded.streamId} has no JSON metadata`);
  }
  return {
    id: recorded.id,
    streamId: recorded.streamId,
    revision: Number(recorded.revision),
    position,
    type: recorded.type,
    data: decodeJson(recorded.data),
    metadata: metadata as EventMetadata,
    recordedAt: recorded.created.toISOString(),
  };
}

/** What we were doing when the error happened, to give a precise WrongExpectedRevisionError. */
export interface ErrorContext {
  streamId?: string;
  expected?: ExpectedRevision;
}

const UNAVAILABLE_TYPES: ReadonlySet<ErrorType> = new Set([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
  ErrorType.CANCELLED,
]);

const NETWORK_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** Raw gRPC errors (e.g. `14 UNAVAILABLE` from an append) → the client's command errors; others unchanged. */
function toCommandError(error: unknown): unknown {
  if (!(error instanceof Error) || isCommandError(error)) return error;
  try {
    return convertToCommandError(error);
  } catch {
    return error; // a gRPC-looking error the client cannot convert (no details)
  }
}

/**
 * A client error → our error:
 * - WrongExpectedVersionError → WrongExpectedRevisionError (expected from the context when known);
 * - unavailable, deadline exceeded, timeout, not leader, cancelled, discovery and network failures
 *   → EventStoreUnavailableError with the original error as cause;
 * - anything else is returned unchanged.
 */
export function mapKurrentError(error: unknown, context: ErrorContext = {}): unknown {
  if (error instanceof WrongExpectedRevisionError || error instanceof EventStoreUnavailableError) return error;
  const converted = toCommandError(error);
  if (converted instanceof Error && isCommandError(converted)) {
    const commandError = converted as CommandError;
    if (commandError.type === ErrorType.WRONG_EXPECTED_VERSION) {
      return new WrongExpectedRevisionError(
        context.streamId ?? commandError.streamName,
        context.expected ?? fromStreamState(commandError.expectedState),
        fromCurrentState(commandError.actualState),
      );
    }
    if (UNAVAILABLE_TYPES.has(commandError.type)) {
      return new EventStoreUnavailableError(`KurrentDB unavailable (${commandError.type}): ${commandError.message}`, {
        cause: error,
      });
    }
    return converted;
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) {
      return new EventStoreUnavailableError(`KurrentDB unreachable (${code}): ${error.message}`, { cause: error });
    }
    if (/^Failed to discover after \d+ attempts/.test(error.message)) {
      return new EventStoreUnavailableError(`KurrentDB unreachable: ${error.message}`, { cause: error });
    }
  }
  return error;
}

/** True when the client reports that a stream does not exist (reading a missing stream). */
export function isStreamNotFound(error: unknown): boolean {
  return error instanceof Error && isCommandError(error) && (error as CommandError).type === ErrorType.STREAM_NOT_FOUND;
}

// ---------------------------------------------------------------------------------------------
// The adapter
// ---------------------------------------------------------------------------------------------

export interface KurrentDbEventStoreOptions {
  /** How long ping() waits for an answer before declaring the store unavailable. Default 5000 ms. */
  pingTimeoutMs?: number;
}

export class KurrentDbEventStore implements EventStore {
  private readonly subscriptions = new Set<KurrentDbSubscription>();
  private readonly pingTimeoutMs: number;
  private closed = false;
  private readonly chain = new ChainIndex((after, maxCount) => this.readUnchained({ after, maxCount }));

  /** @param connectionString e.g. `kurrentdb://localhost:2113?tls=false` (or the older `esdb://`). */
  constructor(connectionString: string, options?: KurrentDbEventStoreOptions);
  /** Wraps a client created elsewhere; close() then leaves it open unless `ownsClient` is true. */
  constructor(client: KurrentDBClient, options?: KurrentDbEventStoreOptions & { ownsClient?: boolean });
  constructor(connection: string | KurrentDBClient, options: KurrentDbEventStoreOptions & { ownsClient?: boolean } = {}) {
    if (typeof connection === 'string') {
      this.client = KurrentDBClient.connectionString(connection);
      this.ownsClient = true;
    } else {
      this.client = connection;
      this.ownsClient = options.ownsClient ?? false;
    }
    this.pingTimeoutMs = options.pingTimeoutMs ?? 5000;
  }

  /** The underlying client, to share one connection with KurrentDbCheckpointStore. */
  readonly client: KurrentDBClient;
  private readonly ownsClient: boolean;

  static fromConnectionString(connectionString: string, options?: KurrentDbEventStoreOptions): KurrentDbEventStore {
    return new KurrentDbEventStore(connectionString, options);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    if (events.length === 0) throw new Error('append needs at least one event');
    const streamState = toStreamState(expected);
    try {
      const result = await this.client.appendToStream(streamId, events.map(toEventData), { streamState });
      if (!result.success) {
        // Only when the connection string sets throwOnAppendFailure=false.
        throw new WrongExpectedRevisionError(streamId, expected, fromCurrentState(result.nextExpectedRevision));
      }
      const nextRevision = Number(result.nextExpectedRevision);
      // A first append reports the commit position of its last event. An idempotent retry reports the
      // original last event's position on recent servers and no position on older ones: read it then.
      const position = fromPosition(result.position) ?? (await this.positionAt(streamId, nextRevision));
      return { nextRevision, position };
    } catch (error) {
      throw mapKurrentError(error, { streamId, expected });
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const events: StoredEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: FORWARDS,
        fromRevision: BigInt(options.fromRevision ?? 0),
        ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
      })) {
        events.push(toStoredEvent(resolved));
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw mapKurrentError(error, { streamId });
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const events = await this.readUnchained(options);
    return this.chain.link(options.after ?? 0, events);
  }

  async chainHead(): Promise<ChainHead> {
    this.assertOpen();
    return this.chain.head();
  }

  private async readUnchained(options: ReadAllOptions): Promise<StoredEvent[]> {
    this.assertOpen();
    const wanted = options.maxCount ?? Number.POSITIVE_INFINITY;
    const events: StoredEvent[] = [];
    let cursor = options.after ?? 0;
    try {
      while (events.length < wanted) {
        // +1: the server includes the event at the cursor, which we drop.
        const pageSize = Math.min(wanted - events.length + 1, READ_PAGE_SIZE);
        let advanced = false;
        for await (const resolved of this.client.readAll({
          direction: FORWARDS,
          fromPosition: cursor > 0 ? toPosition(cursor) : START,
          maxCount: pageSize,
          filter: excludeSystemEvents(),
        })) {
          // Consume the whole page even once full: the read cannot be abandoned half-way.
          const position = positionOf(resolved);
          if (position === undefined || position <= cursor) continue;
          cursor = position;
          advanced = true;
          if (events.length >= wanted || isInternalRecord(resolved)) continue;
          events.push(toStoredEvent(resolved));
        }
        if (!advanced) break;
      }
    } catch (error) {
      throw mapKurrentError(error);
    }
    return events;
  }

  subscribeToAll(handler: EventHandler, options: SubscribeOptions, onError?: (error: unknown) => void): Subscription {
    this.assertOpen();
    const subscription = new KurrentDbSubscription({
      client: this.client,
      handler,
      name: options.name,
      after: options.after ?? 0,
      batchSize: options.batchSize,
      onError,
      head: () => this.headPosition(),
      onStop: (s) => this.subscriptions.delete(s),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    let cursor: number | undefined;
    try {
      for (;;) {
        let advanced = false;
        let head: number | undefined;
        for await (const resolved of this.client.readAll({
          direction: BACKWARDS,
          fromPosition: cursor === undefined ? END : toPosition(cursor),
          maxCount: HEAD_PAGE_SIZE,
          filter: excludeSystemEvents(),
        })) {
          const position = positionOf(resolved);
          if (position === undefined || (cursor !== undefined && position >= cursor)) continue;
          cursor = position;
          advanced = true;
          if (head === undefined && !isInternalRecord(resolved)) head = position;
        }
        if (head !== undefined) return head;
        if (!advanced) return 0;
      }
    } catch (error) {
      throw mapKurrentError(error);
    }
  }

  async ping(): Promise<void> {
    this.assertOpen();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new EventStoreUnavailableError(`KurrentDB did not answer within ${this.pingTimeoutMs} ms`)),
        this.pingTimeoutMs,
      );
    });
    const read = (async () => {
      for await (const _ of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) {
        // reachable: one record (or none) is enough
      }
    })();
    try {
      await Promise.race([read, timeout]);
    } catch (error) {
      const mapped = mapKurrentError(error);
      if (mapped instanceof EventStoreUnavailableError) throw mapped;
      throw new EventStoreUnavailableError(`KurrentDB ping failed: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      read.catch(() => undefined); // a late failure after a timeout is already reported
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    if (this.ownsClient) await this.client.dispose();
  }

  /** The $all position of the event at `revision` of a stream (used when an append reports no position). */
  private async positionAt(streamId: string, revision: number): Promise<number> {
    for await (const resolved of this.client.readStream(streamId, {
      direction: FORWARDS,
      fromRevision: BigInt(revision),
      maxCount: 1,
    })) {
      const position = positionOf(resolved);
      if (position !== undefined) return position;
    }
    throw new Error(`KurrentDB gave no position for revision ${revision} of stream ${streamId}`);
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreUnavailableError('KurrentDB event store is closed');
  }
}

function isInternalRecord(resolved: AnyResolvedEvent): boolean {
  return resolved.event === undefined || isInternalEvent(resolved.event);
}

// ---------------------------------------------------------------------------------------------
// Subscription
// ---------------------------------------------------------------------------------------------

interface KurrentDbSubscriptionOptions {
  client: KurrentDBClient;
  handler: EventHandler;
  name: string;
  after: number;
  batchSize?: number;
  onError?: (error: unknown) => void;
  head: () => Promise<number>;
  onStop: (subscription: KurrentDbSubscription) => void;
}

/** Marks an error thrown by the handler, so it is reported as is (never mapped as a client error). */
class HandlerFailure {
  constructor(readonly error: unknown) {}
}

/**
 * A catch-up subscription to $all (server-side filter excluding system events), consumed with
 * `for await` so that each event is handled, and awaited, before the next one is read.
 */
class KurrentDbSubscription implements Subscription {
  readonly name: string;
  private current: number;
  private stopped = false;
  private failure: unknown;
  private readonly waiters: Array<{ target: number; resolve: () => void; reject: (e: unknown) => void }> = [];
  private readonly stream: AllStreamSubscription;
  private readonly done: Promise<void>;

  constructor(private readonly options: KurrentDbSubscriptionOptions) {
    this.name = options.name;
    this.current = options.after;
    this.stream = options.client.subscribeToAll(
      {
        fromPosition: options.after > 0 ? toPosition(options.after) : START,
        filter: excludeSystemEvents(),
      },
      options.batchSize !== undefined ? { highWaterMark: options.batchSize } : {},
    );
    // The client emits errors directly (even after being cancelled); never leave one unhandled.
    this.stream.on('error', () => undefined);
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
    if (this.stopped) throw new Error(`Subscription ${this.name} was stopped before catching up`);
    return new Promise((resolve, reject) => this.waiters.push({ target, resolve, reject }));
  }

  async stop(): Promise<void> {
    if (!this.stopped) {
      this.stopped = true;
      this.release();
    }
    await this.done;
  }

  private async run(): Promise<void> {
    try {
      for await (const resolved of this.stream) {
        if (this.stopped) break;
        const position = positionOf(resolved);
        if (position !== undefined && position <= this.current) continue;
        if (!isInternalRecord(resolved)) {
          const event = toStoredEvent(resolved);
          try {
            await this.options.handler(event);
          } catch (error) {
            throw new HandlerFailure(error);
          }
        }
        if (position !== undefined) this.current = position;
        this.settleWaiters();
      }
      if (!this.stopped) {
        throw new EventStoreUnavailableError(`KurrentDB ended subscription ${this.name}`);
      }
    } catch (caught) {
      if (!this.stopped) {
        const error = caught instanceof HandlerFailure ? caught.error : mapKurrentError(caught);
        this.failure = error;
        for (const waiter of this.waiters.splice(0)) waiter.reject(error);
        this.stopped = true;
        this.release();
        this.options.onError?.(error);
      }
    } finally {
      this.stopped = true;
      const stoppedError = new Error(`Subscription ${this.name} was stopped before catching up`);
      for (const waiter of this.waiters.splice(0)) waiter.reject(this.failure ?? stoppedError);
      this.options.onStop(this);
    }
  }

  /**
   * Cancels the server call and ends the local stream, so that the `for await` loop finishes (once
   * the handler in progress, if any, has settled). Not awaited: unsubscribe() waits for the call to
   * be created, which can take long when the server is unreachable.
   */
  private release(): void {
    this.stream.unsubscribe().catch(() => undefined);
    this.stream.destroy();
  }

  private settleWaiters(): void {
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      if (this.current >= this.waiters[i].target) this.waiters.splice(i, 1)[0].resolve();
    }
  }
}
