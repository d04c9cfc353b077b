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

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.inner.append(
      streamId,
      events.map((event) => this.sealEvent(event)),
      expected,
    );
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return (await this.inner.readStream(streamId, options)).map((event) => this.openEvent(event));
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    return (await this.inner.readAll(options)).map((event) => this.openEvent(event));
  }

  subscribeToAll(handler: EventHandler, options: SubscribeOptions, onError?: (error: unknown) => void): Subscription {
    return this.inner.subscribeToAll((event) => handler(this.openEvent(event)), options, onError);
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
    this.keys.close();
  }

  private sealEvent(event: NewEvent): NewEvent {
    const owners = this.policy.fieldsOf(event.type, event.data);
    if (owners.length === 0) return event;
    const data = structuredClone(event.data);
    for (const { owner, paths } of owners) {
      const { keyId, key } = this.keys.keyFor(owner);
      for (const path of paths) {
        const value = valueAt(data, path);
        if (typeof value === 'string') setValueAt(data, path, seal(value, keyId, key, binding(event.id, path)));
      }
    }
    return { ...event, data };
  }

  private openEvent(event: StoredEvent): StoredEvent {
    const owners = this.policy.fieldsOf(event.type, event.data);
    if (owners.length === 0) return event;
    const data = structuredClone(event.data);
    const keys = new Map<string, Buffer | undefined>();
    for (const path of owners.flatMap((owner) => owner.paths)) {
      const value = valueAt(data, path);
      if (!isSealed(value)) continue;
      const keyId = keyIdOf(value);
      if (!keys.has(keyId)) keys.set(keyId, this.keys.keyById(keyId));
      const key = keys.get(keyId);
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
