import { v5 as uuidv5 } from 'uuid';
import {
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  WrongExpectedRevisionError,
} from '#event-store';
import type { StreamStateCache } from './stream-state-cache.js';
import { eventSchemas, type UpcasterRegistry } from './upcasters.js';

/** Namespace of the UUIDs derived from command ids (event ids). */
export const JIANGXIN_NAMESPACE = '0d6a4c1e-7a3b-5c62-9f0e-2b8d4a6c1e35';

/** A stable UUID for a name: the same name gives the same id on every retry and every node. */
export const deterministicId = (name: string) => uuidv5(name, JIANGXIN_NAMESPACE);

export interface Actor {
  userId: string;
  role: string;
}

export interface CommandMeta {
  commandId: string;
  actor: Actor;
  device?: string;
  correlationId?: string;
  causationId?: string;
  reason?: string;
}

export interface DeciderLike<Command, Event extends { type: string; data: unknown }, State, Context> {
  initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, context: Context): Event[];
}

export interface CommandResult<Event> {
  commandId: string;
  streamId: string;
  /** Revision of the stream after the command (its last event). */
  revision: number;
  /** Global position of the command's last event. */
  position: number;
  /** The events this call appended: none when the command had already been applied. */
  events: Event[];
  /** True when the same commandId had already been applied: nothing was written this time. */
  duplicate: boolean;
}

export class ConcurrencyConflictError extends Error {
  constructor(readonly streamId: string) {
    super(`Too many concurrent changes to ${streamId}; try again`);
    this.name = 'ConcurrencyConflictError';
  }
}

const MAX_ATTEMPTS = 8;

/**
 * The one way a command changes the store: read the stream (cached), evolve, decide, append with
 * the expected revision. Event ids derive from the commandId, so a retried request appends nothing
 * new; a revision conflict re-reads and decides again, which is safe because decide is pure.
 */
export class CommandExecutor {
  constructor(
    private readonly store: EventStore,
    private readonly cache: StreamStateCache,
    private readonly now: () => Date,
    private readonly upcasters: UpcasterRegistry = eventSchemas,
  ) {}

  async execute<Command, Event extends { type: string; data: unknown }, State, Context>(args: {
    streamId: string;
    decider: DeciderLike<Command, Event, State, Context>;
    command: Command;
    context?: () => Context | Promise<Context>;
    meta: CommandMeta;
  }): Promise<CommandResult<Event>> {
    const { streamId, decider, command, meta } = args;
    for (let attempt = 1; ; attempt++) {
      const current = await this.cache.load(streamId, decider);
      const previous = current.commands.get(meta.commandId);
      if (previous) return { commandId: meta.commandId, streamId, ...previous, events: [], duplicate: true };

      const context = (await args.context?.()) as Context;
      const events = decider.decide(command, current.state, context);
      if (events.length === 0) {
        return { commandId: meta.commandId, streamId, revision: current.revision, position: 0, events, duplicate: false };
      }
      const metadata = this.metadata(meta);
      // The stream is part of the id: one command may write to several streams (a claim, then the entry).
      const toAppend: NewEvent[] = events.map((event, index) => ({
        id: deterministicId(`${meta.commandId}/${streamId}/${index}`),
        type: event.type,
        data: event.data,
        metadata: this.versioned(metadata, event.type),
      }));
      try {
        const appended = await this.store.append(streamId, toAppend, current.revision < 0 ? 'no_stream' : current.revision);
        return {
          commandId: meta.commandId,
          streamId,
          revision: appended.nextRevision,
          position: appended.position,
          events,
          duplicate: false,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (attempt >= MAX_ATTEMPTS) throw new ConcurrencyConflictError(streamId);
      }
    }
  }

  /**
   * Appends events a system job computed from other streams (the worker's results and rankings):
   * no decider, each event's id derives from its `name` (so a retried job writes nothing new), and the
   * metadata and schema versions are built here, as for a command.
   */
  async record(args: {
    streamId: string;
    events: ReadonlyArray<{ type: string; data: unknown; name: string }>;
    meta: CommandMeta;
    expectedRevision?: ExpectedRevision;
  }): Promise<AppendResult> {
    const metadata = this.metadata(args.meta);
    const toAppend: NewEvent[] = args.events.map(({ name, type, data }) => ({
      id: deterministicId(name),
      type,
      data,
      metadata: this.versioned(metadata, type),
    }));
    return this.store.append(args.streamId, toAppend, args.expectedRevision ?? 'any');
  }

  /** The metadata every event of the command carries; `schemaVersion` is set per event by its type. */
  metadata(meta: CommandMeta): EventMetadata {
    return {
      actor: meta.actor,
      ...(meta.device ? { device: meta.device } : {}),
      commandId: meta.commandId,
      correlationId: meta.correlationId ?? meta.commandId,
      causationId: meta.causationId ?? meta.commandId,
      occurredAt: this.now().toISOString(),
      schemaVersion: 1,
      ...(meta.reason ? { reason: meta.reason } : {}),
    };
  }

  private versioned(metadata: EventMetadata, type: string): EventMetadata {
    const schemaVersion = this.upcasters.currentVersion(type);
    return schemaVersion === metadata.schemaVersion ? metadata : { ...metadata, schemaVersion };
  }
}
