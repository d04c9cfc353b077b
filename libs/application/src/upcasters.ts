import { type ContestantResult, resultCalculatedV1ToV2 } from '#domain';
import type { StoredEvent } from '#event-store';

/** Turns the data of an event stored at one schema version into the data of the next version. */
export type Upcaster = (data: unknown) => unknown;

/**
 * The schema versions of the events, and how an older one is read. Writers stamp every new event
 * with its type's current version (the command executor does, for the api and the worker alike);
 * readers (the stream-state cache, the projections) pass every stored event through `upcast`, so
 * deciders, evolvers and read models only ever see the current shape. Stored events never change.
 */
export class UpcasterRegistry {
  private readonly steps = new Map<string, Map<number, Upcaster>>();

  /** How an event of `type` stored at `fromVersion` becomes version `fromVersion + 1`. */
  register<From, To>(type: string, fromVersion: number, upcast: (data: From) => To): this {
    const steps = this.steps.get(type) ?? new Map<number, Upcaster>();
    if (steps.has(fromVersion)) throw new Error(`${type}: an upcaster from version ${fromVersion} is already registered`);
    steps.set(fromVersion, upcast as Upcaster);
    this.steps.set(type, steps);
    return this;
  }

  /** The version a new event of this type is written at: 1 until a first upcaster is registered. */
  currentVersion(type: string): number {
    const steps = this.steps.get(type);
    return steps ? Math.max(...steps.keys()) + 1 : 1;
  }

  /** The event as the current version reads it (the same object when it is current already). */
  upcast<E extends StoredEvent>(event: E): E {
    const current = this.currentVersion(event.type);
    let version = event.metadata.schemaVersion ?? 1;
    if (version >= current) return event;
    const steps = this.steps.get(event.type)!;
    let data = event.data;
    for (; version < current; version++) {
      const step = steps.get(version);
      if (!step) throw new Error(`${event.type}: no upcaster from schema version ${version}`);
      data = step(data);
    }
    return { ...event, data, metadata: { ...event.metadata, schemaVersion: current } };
  }
}

/** The registry of this application's events. Register a step here when an event's shape changes. */
export const eventSchemas = new UpcasterRegistry().register<ContestantResult, ContestantResult>(
  'ResultCalculated',
  1,
  resultCalculatedV1ToV2,
);
