import { ANY, BACKWARDS, END, jsonEvent, KurrentDBClient } from '@kurrent/kurrentdb-client';
import type { CheckpointStore } from '../event-store.port.js';
import { CHECKPOINT_EVENT_TYPE, CHECKPOINT_STREAM_PREFIX, isStreamNotFound, mapKurrentError } from './kurrentdb.event-store.js';

/** The stream holding the checkpoint `name`: its last event is the checkpoint. */
export function checkpointStreamId(name: string): string {
  return `${CHECKPOINT_STREAM_PREFIX}${name}`;
}

/**
 * Checkpoints stored in KurrentDB itself: each one is the last event (type `CheckpointStored`,
 * data `{ position }`) of the stream `checkpoint-<name>`, whose metadata `maxCount: 1` lets the
 * server scavenge the older ones. KurrentDbEventStore leaves these records out of readAll,
 * subscriptions and headPosition, so that saving a checkpoint never wakes a subscriber.
 */
export class KurrentDbCheckpointStore implements CheckpointStore {
  /** Checkpoint streams whose metadata is known to be set, in this process. */
  private readonly prepared = new Set<string>();

  /**
   * @param client usually `KurrentDbEventStore.client`, to share its connection.
   * @param ownsClient whether close() disposes the client.
   */
  constructor(
    private readonly client: KurrentDBClient,
    private readonly ownsClient = false,
  ) {}

  static fromConnectionString(connectionString: string): KurrentDbCheckpointStore {
    return new KurrentDbCheckpointStore(KurrentDBClient.connectionString(connectionString), true);
  }

  async load(name: string): Promise<number> {
    const streamId = checkpointStreamId(name);
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
      })) {
        const data = resolved.event?.data as { position?: unknown } | undefined;
        const position = data?.position;
        if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < 0) {
          throw new Error(`Checkpoint ${name} is malformed: ${JSON.stringify(data)}`);
        }
        return position;
      }
      return 0;
    } catch (error) {
      if (isStreamNotFound(error)) return 0;
      throw mapKurrentError(error, { streamId });
    }
  }

  async save(name: string, position: number): Promise<void> {
    if (!Number.isSafeInteger(position) || position < 0) {
      throw new RangeError(`Checkpoint position must be a non-negative integer, got ${String(position)}`);
    }
    const streamId = checkpointStreamId(name);
    try {
      await this.prepare(streamId);
      await this.client.appendToStream(streamId, jsonEvent({ type: CHECKPOINT_EVENT_TYPE, data: { position } }), {
        streamState: ANY,
      });
    } catch (error) {
      throw mapKurrentError(error, { streamId });
    }
  }

  async close(): Promise<void> {
    if (this.ownsClient) await this.client.dispose();
  }

  /** Sets `maxCount: 1` on the checkpoint stream once (skipped when a previous run already did). */
  private async prepare(streamId: string): Promise<void> {
    if (this.prepared.has(streamId)) return;
    const { metadata } = await this.client.getStreamMetadata(streamId);
    if (metadata?.maxCount !== 1) {
      await this.client.setStreamMetadata(streamId, { ...metadata, maxCount: 1 });
    }
    this.prepared.add(streamId);
  }
}
