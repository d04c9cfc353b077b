import { EventIdConflictError, type AppendResult, type ExpectedRevision, WrongExpectedRevisionError } from './event-store.port.js';

/** Where an event id is already stored. */
export interface StoredPlace {
  streamId: string;
  revision: number;
  position: number;
}

/** Throws WrongExpectedRevisionError unless the stream's last revision (null: no stream) is what the append expects. */
export function checkExpectedRevision(streamId: string, expected: ExpectedRevision, last: number | null): void {
  const actual = last ?? 'no_stream';
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && last === null) ||
    (expected === 'stream_exists' && last !== null) ||
    expected === last;
  if (!ok) throw new WrongExpectedRevisionError(streamId, expected, actual);
}

/**
 * Idempotency by event id: a retry of an append that already happened (every id stored, in this
 * stream, at consecutive revisions in the same order) answers the original result; undefined when
 * none of the ids is stored; EventIdConflictError when some are, but not as that same append.
 */
export function previousAppend(
  streamId: string,
  stored: ReadonlyArray<StoredPlace | undefined>,
  firstId: string,
): AppendResult | undefined {
  const first = stored[0];
  if (!first) {
    if (stored.some((place) => place !== undefined)) throw new EventIdConflictError(streamId, firstId);
    return undefined;
  }
  const sameAppend = stored.every((place, index) => place && place.streamId === streamId && place.revision === first.revision + index);
  if (!sameAppend) throw new EventIdConflictError(streamId, firstId);
  const last = stored[stored.length - 1]!;
  return { nextRevision: last.revision, position: last.position };
}
