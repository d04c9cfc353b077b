export {
  KurrentDbEventStore,
  type KurrentDbEventStoreOptions,
  CHECKPOINT_EVENT_TYPE,
  CHECKPOINT_STREAM_PREFIX,
} from './kurrentdb.event-store.js';
export { KurrentDbCheckpointStore, checkpointStreamId } from './kurrentdb.checkpoint-store.js';
