import {
  AccessDeniedError,
  type AllStreamResolvedEvent,
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  type ResolvedEvent,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { type EventMetadata, EventStoreUnavailableError, type NewEvent, WrongExpectedRevisionError } from '../event-store.port.js';
import {
  fromCurrentState,
  fromPosition,
  fromStreamState,
  isInternalEvent,
  isStreamNotFound,
  KurrentDbEventStore,
  mapKurrentError,
  positionOf,
  toEventData,
  toPosition,
  toStoredEvent,
  toStreamState,
} from './kurrentdb.event-store.js';

const U64_MAX = 18446744073709551615n;

const metadata: EventMetadata = {
  actor: { userId: 'u-1', role: 'judge' },
  device: 'tablet-3',
  commandId: 'c-1',
  correlationId: 'corr-1',
  causationId: 'cause-1',
  occurredAt: '2026-11-24T08:00:00.000Z',
  schemaVersion: 2,
  reason: 'correction',
};

/** A resolved event shaped as the client returns it when reading $all or subscribing. */
function allStreamEvent(overrides: Partial<NonNullable<AllStreamResolvedEvent['event']>> = {}): AllStreamResolvedEvent {
  return {
    event: {
      streamId: 'contest-42',
      id: '3f2b8a4e-7c1d-4f7e-9a53-0c5d2e1b6a90',
      isJson: true,
      revision: 7n,
      type: 'MarkSubmitted',
      created: new Date('2026-11-24T08:00:01.234Z'),
      data: { mark: 2, name: '张三' },
      metadata,
      position: { commit: 123456n, prepare: 123456n },
      ...overrides,
    } as NonNullable<AllStreamResolvedEvent['event']>,
    commitPosition: 123456n,
  };
}

/** A gRPC ServiceError as grpc-js reports it (e.g. an append while the server is down). */
function grpcError(code: number, details: string): Error {
  return Object.assign(new Error(`${code} ${details}`), { code, details });
}

describe('KurrentDB mapping', () => {
  describe('expected revision → stream state', () => {
    it('maps a revision to a bigint and the named states to the client constants', () => {
      expect(toStreamState(0)).toBe(0n);
      expect(toStreamState(41)).toBe(41n);
      expect(toStreamState('no_stream')).toBe('no_stream');
      expect(toStreamState('stream_exists')).toBe('stream_exists');
      expect(toStreamState('any')).toBe('any');
    });

    it('refuses revisions that are not non-negative integers', () => {
      expect(() => toStreamState(-1)).toThrow(RangeError);
      expect(() => toStreamState(1.5)).toThrow(RangeError);
      expect(() => toStreamState(Number.NaN)).toThrow(RangeError);
    });

    it('maps the states reported by the client back', () => {
      expect(fromStreamState(5n)).toBe(5);
      expect(fromStreamState('no_stream')).toBe('no_stream');
      expect(fromStreamState('stream_exists')).toBe('stream_exists');
      expect(fromStreamState('any')).toBe('any');
      expect(fromCurrentState(9n)).toBe(9);
      expect(fromCurrentState(0n)).toBe(0);
      expect(fromCurrentState(-1n)).toBe('no_stream');
      expect(fromCurrentState('no_stream')).toBe('no_stream');
    });
  });

  describe('positions', () => {
    it('turns a number into a $all position with equal commit and prepare', () => {
      expect(toPosition(0)).toEqual({ commit: 0n, prepare: 0n });
      expect(toPosition(987654321)).toEqual({ commit: 987654321n, prepare: 987654321n });
      expect(() => toPosition(-5)).toThrow(RangeError);
      expect(() => toPosition(2.5)).toThrow(RangeError);
    });

    it('turns a $all position into its commit position, round-tripping', () => {
      expect(fromPosition({ commit: 4242n, prepare: 4100n })).toBe(4242);
      expect(fromPosition(toPosition(31337))).toBe(31337);
      expect(fromPosition(undefined)).toBeUndefined();
    });

    it('falls back to the prepare position when the commit position is the "none" marker', () => {
      expect(fromPosition({ commit: U64_MAX, prepare: 777n })).toBe(777);
      expect(fromPosition({ commit: U64_MAX, prepare: U64_MAX })).toBeUndefined();
      expect(fromPosition({ commit: -1n, prepare: -1n })).toBeUndefined();
    });

    it("uses the resolved event's commit position when the record has none", () => {
      const resolved = allStreamEvent({ position: undefined as never });
      resolved.commitPosition = 5555n;
      expect(positionOf(resolved)).toBe(5555);
      resolved.commitPosition = undefined;
      expect(positionOf(resolved)).toBeUndefined();
    });
  });

  describe('new event → event data', () => {
    it('is a JSON event with our id, type, data and our metadata as JSON metadata', () => {
      const event: NewEvent = {
        id: '0b6c0f1e-5a0e-4b8f-8d7e-6c4b3a291807',
        type: 'ContestantRegistered',
        data: { name: '李四', trade: 'welding' },
        metadata,
      };
      expect(toEventData(event)).toEqual({
        id: '0b6c0f1e-5a0e-4b8f-8d7e-6c4b3a291807',
        contentType: 'application/json',
        type: 'ContestantRegistered',
        data: { name: '李四', trade: 'welding' },
        metadata,
      });
    });
  });

  describe('resolved event → stored event', () => {
    it('maps every field, with the commit position and the ISO creation date', () => {
      expect(toStoredEvent(allStreamEvent())).toEqual({
        id: '3f2b8a4e-7c1d-4f7e-9a53-0c5d2e1b6a90',
        streamId: 'contest-42',
        revision: 7,
        position: 123456,
        type: 'MarkSubmitted',
        data: { mark: 2, name: '张三' },
        metadata,
        recordedAt: '2026-11-24T08:00:01.234Z',
      });
    });

    it('maps an event read from a stream (ResolvedEvent shape)', () => {
      const resolved: ResolvedEvent = {
        event: {
          streamId: 's-1',
          id: 'a9d8c7b6-0000-4000-8000-000000000001',
          isJson: true,
          revision: 0n,
          type: 'Opened',
          created: new Date('2026-01-02T03:04:05.000Z'),
          data: { ok: true },
          metadata: { ...metadata },
          position: { commit: 99n, prepare: 99n },
        },
      };
      const stored = toStoredEvent(resolved);
      expect(stored.revision).toBe(0);
      expect(stored.position).toBe(99);
      expect(stored.recordedAt).toBe('2026-01-02T03:04:05.000Z');
      expect(stored.metadata).toEqual(metadata);
    });

    it('decodes binary JSON data and metadata', () => {
      const stored = toStoredEvent(
        allStreamEvent({
          isJson: false,
          data: new TextEncoder().encode(JSON.stringify({ raw: [1, 2] })),
          metadata: new TextEncoder().encode(JSON.stringify(metadata)),
        } as never),
      );
      expect(stored.data).toEqual({ raw: [1, 2] });
      expect(stored.metadata).toEqual(metadata);
    });

    it('refuses an event without a position, without metadata, or an unresolved link', () => {
      const noPosition = allStreamEvent({ position: undefined as never });
      noPosition.commitPosition = undefined;
      expect(() => toStoredEvent(noPosition)).toThrow(/without a position/);
      expect(() => toStoredEvent(allStreamEvent({ metadata: undefined as never }))).toThrow(/no JSON metadata/);
      expect(() => toStoredEvent({ commitPosition: 1n })).toThrow(/without an event/);
    });

    it('recognises system and checkpoint records', () => {
      expect(isInternalEvent({ streamId: '$stats-0.0.0.0:2113', type: '$statsCollected' })).toBe(true);
      expect(isInternalEvent({ streamId: '$$contest-1', type: '$metadata' })).toBe(true);
      expect(isInternalEvent({ streamId: 'contest-1', type: '$streamDeleted' })).toBe(true);
      expect(isInternalEvent({ streamId: 'checkpoint-job-dispatcher', type: 'CheckpointStored' })).toBe(true);
      expect(isInternalEvent({ streamId: 'checkpoint-job-dispatcher', type: 'SomethingElse' })).toBe(false);
      expect(isInternalEvent({ streamId: 'contest-1', type: 'CheckpointStored' })).toBe(false);
      expect(isInternalEvent({ streamId: 'contest-1', type: 'MarkSubmitted' })).toBe(false);
    });
  });

  describe('errors', () => {
    it('maps WrongExpectedVersionError, preferring the expected revision we sent', () => {
      const clientError = new WrongExpectedVersionError(undefined, {
        streamName: 'contest-42',
        expected: 3n,
        current: 5n,
      });
      const mapped = mapKurrentError(clientError, { streamId: 'contest-42', expected: 3 });
      expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
      expect(mapped).toMatchObject({ streamId: 'contest-42', expected: 3, actual: 5 });
    });

    it("maps a missing stream to 'no_stream' and takes the client's details without context", () => {
      const clientError = new WrongExpectedVersionError(undefined, {
        streamName: 'contest-7',
        expected: 'stream_exists',
        current: 'no_stream',
      });
      const mapped = mapKurrentError(clientError);
      expect(mapped).toBeInstanceOf(WrongExpectedRevisionError);
      expect(mapped).toMatchObject({ streamId: 'contest-7', expected: 'stream_exists', actual: 'no_stream' });
      expect((mapped as Error).message).toBe('Stream contest-7: expected revision stream_exists, actual no_stream');
    });

    it('maps a revision conflict reported by the v2 protocol', () => {
      const clientError = WrongExpectedVersionError.fromRevisionConflict({
        stream: 'contest-9',
        expectedRevision: '-1',
        actualRevision: '12',
      } as never);
      expect(mapKurrentError(clientError)).toMatchObject({ streamId: 'contest-9', expected: 'no_stream', actual: 12 });
    });

    it.each([
      ['UnavailableError', () => new UnavailableError()],
      ['DeadlineExceededError', () => new DeadlineExceededError()],
      ['TimeoutError', () => new TimeoutError()],
      ['CancelledError', () => new CancelledError()],
      [
        'NotLeaderError',
        () =>
          new NotLeaderError({
            code: 5,
            message: 'not leader',
            details: 'not leader',
            metadata: { 'leader-endpoint-host': '10.0.0.2', 'leader-endpoint-port': '2113' },
          } as never),
      ],
    ])('maps %s to EventStoreUnavailableError with the cause', (_, create) => {
      const clientError = create();
      const mapped = mapKurrentError(clientError);
      expect(mapped).toBeInstanceOf(EventStoreUnavailableError);
      expect((mapped as Error).cause).toBe(clientError);
    });

    it('maps a raw gRPC UNAVAILABLE / DEADLINE_EXCEEDED error (as an append throws it)', () => {
      const unavailable = grpcError(14, 'UNAVAILABLE: No connection established');
      const mappedUnavailable = mapKurrentError(unavailable);
      expect(mappedUnavailable).toBeInstanceOf(EventStoreUnavailableError);
      expect((mappedUnavailable as Error).cause).toBe(unavailable);
      expect(mapKurrentError(grpcError(4, 'DEADLINE_EXCEEDED: Deadline exceeded'))).toBeInstanceOf(EventStoreUnavailableError);
    });

    it('maps discovery and network failures to EventStoreUnavailableError', () => {
      expect(mapKurrentError(new Error('Failed to discover after 10 attempts.'))).toBeInstanceOf(EventStoreUnavailableError);
      const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:2113'), { code: 'ECONNREFUSED' });
      expect(mapKurrentError(refused)).toBeInstanceOf(EventStoreUnavailableError);
    });

    it('lets other errors through unchanged', () => {
      const unknown = new Error('boom');
      expect(mapKurrentError(unknown)).toBe(unknown);
      expect(mapKurrentError('a string')).toBe('a string');
      const denied = new AccessDeniedError();
      expect(mapKurrentError(denied)).toBe(denied);
      const notFound = new StreamNotFoundError(undefined, 'contest-1');
      expect(mapKurrentError(notFound)).toBe(notFound);
      const ours = new WrongExpectedRevisionError('s', 1, 2);
      expect(mapKurrentError(ours)).toBe(ours);
    });

    it('recognises a missing stream', () => {
      expect(isStreamNotFound(new StreamNotFoundError(undefined, 'contest-1'))).toBe(true);
      expect(isStreamNotFound(new UnavailableError())).toBe(false);
      expect(isStreamNotFound(new Error('contest-1 not found'))).toBe(false);
    });
  });

  describe('store lifecycle (no server contacted)', () => {
    it('refuses calls once closed', async () => {
      const store = new KurrentDbEventStore('kurrentdb://127.0.0.1:2113?tls=false');
      await store.close();
      await expect(store.readAll()).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(store.append('s', [], 'any')).rejects.toBeInstanceOf(EventStoreUnavailableError);
    });
  });
});
