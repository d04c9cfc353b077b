import type {
  AppendResult,
  EventHandler,
  EventStore,
  EventStoreDecorator,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port.js';
import { isSealed, keyIdOf, seal, unseal } from './field-cipher.js';
import type { PersonKeyStore } from './person-key-store.js';

/** A path into an event's data: property names and array indexes. */
export type FieldPath = ReadonlyArray<string | number>;

/**
 * Which fields of which events are personal, and whose: the store itself knows no event types.
 * `owner` names the key in the key store (a keyed hash, never the personal data itself); it is read
 * from the data as it comes in, so only appends use it.
 */
export interface PersonalDataPolicy {
  fieldsOf(type: string, data: unknown): ReadonlyArray<{ owner: string; paths: readonly FieldPath[] }>;
  /** What a field reads as once its person is forgotten (their key deleted). */
  forgotten: string;
  /** What a field reads as when it does not decrypt (the stored event was altered). */
  unreadable: string;
}

/**
 * The EventStore port with personal data encrypted at rest: on append, each personal field is
 * sealed with its person's key (AES-256-GCM); on every read (streams, all, subscriptions) it is
 * opened again. Deleting a person's key in the key store forgets them: their fields then read as
 * the policy's placeholder, and nothing else changes, so replays and the hash chain (over the
 * stored, sealed form: see `storedForm`) keep working.
 */
export class PersonalDataEncryptingStore implements EventStoreDecorator {
  constructor(
    readonly inner: EventStore,
    private readonly keys: PersonKeyStore,
    private readonly policy: PersonalDataPolicy,
  ) {}

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.inner.append(streamId, await Promise.all(events.map((event) => this.sealEvent(event))), expected);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return this.openEvents(await this.inner.readStream(streamId, options));
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    return this.openEvents(await this.inner.readAll(options));
  }

  subscribeToAll(handler: EventHandler, options: SubscribeOptions, onError?: (error: unknown) => void): Subscription {
    return this.inner.subscribeToAll(
      (event) => {
        const keyIds = this.keyIdsIn(event);
        // Most events hold no personal data: they reach the handler without waiting for the key store.
        if (keyIds.size === 0) return handler(event);
        return this.keys.keysById([...keyIds]).then((keys) => handler(this.openEvent(event, keys)));
      },
      options,
      onError,
    );
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  chainHead(): ReturnType<EventStore['chainHead']> {
    return this.inner.chainHead();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  async close(): Promise<void> {
    await this.inner.close();
    await this.keys.close();
  }

  private async sealEvent(event: NewEvent): Promise<NewEvent> {
    const owners = this.policy.fieldsOf(event.type, event.data);
    if (owners.length === 0) return event;
    const data = structuredClone(event.data);
    for (const { owner, paths } of owners) {
      const { keyId, key } = await this.keys.keyFor(owner);
      for (const path of paths) {
        const value = valueAt(data, path);
        if (typeof value === 'string') setValueAt(data, path, seal(value, keyId, key, binding(event.id, path)));
      }
    }
    return { ...event, data };
  }

  /** The ids of the keys that sealed the event's personal fields. */
  private keyIdsIn(event: StoredEvent): Set<string> {
    const keyIds = new Set<string>();
    for (const { paths } of this.policy.fieldsOf(event.type, event.data)) {
      for (const path of paths) {
        const value = valueAt(event.data, path);
        if (isSealed(value)) keyIds.add(keyIdOf(value));
      }
    }
    return keyIds;
  }

  /** Opens a batch of events with one question to the key store. */
  private async openEvents(events: StoredEvent[]): Promise<StoredEvent[]> {
    const keyIds = new Set(events.flatMap((event) => [...this.keyIdsIn(event)]));
    if (keyIds.size === 0) return events;
    const keys = await this.keys.keysById([...keyIds]);
    return events.map((event) => this.openEvent(event, keys));
  }

  /** The event with its sealed fields opened with `keys`; a field whose key is missing reads as forgotten. */
  private openEvent(event: StoredEvent, keys: ReadonlyMap<string, Buffer>): StoredEvent {
    const owners = this.policy.fieldsOf(event.type, event.data);
    if (owners.length === 0) return event;
    const data = structuredClone(event.data);
    for (const path of owners.flatMap((owner) => owner.paths)) {
      const value = valueAt(data, path);
      if (!isSealed(value)) continue;
      const key = keys.get(keyIdOf(value));
      const plaintext = key ? (unseal(value, key, binding(event.id, path)) ?? this.policy.unreadable) : this.policy.forgotten;
      setValueAt(data, path, plaintext);
    }
    return { ...event, data };
  }
}

/** The additional authenticated data of a field: its event and its place in it. */
const binding = (eventId: string, path: FieldPath) => `${eventId}/${path.join('.')}`;

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const step of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** Sets a value where one already is (the path was read from the same data). */
function setValueAt(data: unknown, path: FieldPath, value: string): void {
  const parent = valueAt(data, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]] = value;
}
