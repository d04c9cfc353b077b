import type { EventStore, StoredEvent } from '#event-store';
import { eventSchemas, type UpcasterRegistry } from './upcasters.js';

export interface Evolver<State, Event> {
  initialState: State;
  evolve(state: State, event: Event): State;
}

export interface StreamState<State> {
  state: State;
  /** Revision of the stream's last event; −1 when the stream does not exist. */
  revision: number;
  /** Commands already applied to this stream: commandId → where their last event landed. */
  commands: ReadonlyMap<string, { revision: number; position: number }>;
}

interface Entry<State> {
  state: State;
  revision: number;
  commands: Map<string, { revision: number; position: number }>;
  evolver: Evolver<State, unknown>;
}

/**
 * Folded stream states kept in memory and brought up to date by reading only the events after
 * the cached revision. States are immutable (evolve returns a new state), so a cached state is
 * never changed under a reader. The least recently used streams are dropped past `capacity`.
 */
export class StreamStateCache {
  private readonly entries = new Map<string, Entry<unknown>>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 20_000,
    /** Where events are read, they are upcast: evolvers see only the current version of each event. */
    private readonly upcasters: UpcasterRegistry = eventSchemas,
  ) {}

  async load<State, Event>(streamId: string, evolver: Evolver<State, Event>): Promise<StreamState<State>> {
    const cached = this.entries.get(streamId) as Entry<State> | undefined;
    const usable = cached && cached.evolver === evolver ? cached : undefined;
    const events = await this.store.readStream(streamId, { fromRevision: (usable?.revision ?? -1) + 1 });

    // Another call may have brought the entry further meanwhile: keep whichever is newer.
    const latest = this.entries.get(streamId) as Entry<State> | undefined;
    const base = latest && latest.evolver === evolver && latest.revision > (usable?.revision ?? -1) ? latest : usable;
    const entry: Entry<State> = base
      ? { ...base, commands: new Map(base.commands) }
      : { state: evolver.initialState, revision: -1, commands: new Map(), evolver: evolver as Evolver<State, unknown> };
    for (const event of events) {
      if (event.revision <= entry.revision) continue;
      entry.state = evolver.evolve(entry.state, toDomainEvent(this.upcasters.upcast(event)) as Event);
      entry.revision = event.revision;
      entry.commands.set(event.metadata.commandId, { revision: event.revision, position: event.position });
    }

    this.entries.delete(streamId);
    this.entries.set(streamId, entry as Entry<unknown>);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return entry;
  }

  /** Drops a stream's cached state: its next load folds the stream again from the store. */
  evict(streamId: string): void {
    this.entries.delete(streamId);
  }
}

/** The domain sees `{ type, data }`; the stored envelope stays with the infrastructure. */
export const toDomainEvent = (event: StoredEvent) => ({ type: event.type, data: event.data });
