import type { StoredEvent } from '#event-store';

/**
 * Checkpoints: at every module sign-off and every publication of results the handler records the
 * audit chain's head ({position, hash}) in the event's `checkpoint`. Listed publicly, they pin the
 * history: an export whose hash at a checkpoint's position differs was changed after it.
 */
export interface PublishedCheckpoint {
  /** The event that recorded it (ModuleSignedOff or ResultsPublished). */
  recordedAt: { position: number; type: string; occurredAt: string };
  tradeId: string;
  competitorNumber?: number;
  moduleId?: string;
  /** The chain's head when it was recorded. */
  position: number;
  hash: string;
}

const RECORDING_TYPES = new Set(['ModuleSignedOff', 'ResultsPublished']);
const HEX_64 = /^[0-9a-f]{64}$/;

/** The checkpoint an event records, if it records one. */
export function checkpointOf(event: StoredEvent): PublishedCheckpoint | undefined {
  if (!RECORDING_TYPES.has(event.type)) return undefined;
  const data = event.data as {
    tradeId?: unknown;
    competitorNumber?: unknown;
    moduleId?: unknown;
    checkpoint?: { position?: unknown; hash?: unknown } | null;
  };
  const checkpoint = data.checkpoint;
  if (!checkpoint || !Number.isSafeInteger(checkpoint.position) || typeof checkpoint.hash !== 'string' || !HEX_64.test(checkpoint.hash)) {
    return undefined;
  }
  return {
    recordedAt: { position: event.position, type: event.type, occurredAt: event.metadata.occurredAt },
    tradeId: String(data.tradeId),
    ...(typeof data.competitorNumber === 'number' ? { competitorNumber: data.competitorNumber } : {}),
    ...(typeof data.moduleId === 'string' ? { moduleId: data.moduleId } : {}),
    position: checkpoint.position as number,
    hash: checkpoint.hash,
  };
}
