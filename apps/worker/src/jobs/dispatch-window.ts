/** A job the dispatcher enqueued, with the store position of the event that made it. */
export interface EnqueuedJob {
  jobId: string;
  position: number;
}

/**
 * The events whose jobs are being enqueued at once, in store order. Enqueues overlap (each is a
 * Redis round trip) and may finish out of order, but an event counts as handled only once it and
 * every earlier one have finished: `handled` never passes an event whose jobs may not be queued.
 */
export class DispatchWindow {
  /** Events started and not yet passed, by position (started in store order, so the map is ascending): their job ids once finished. */
  private readonly events = new Map<number, readonly string[] | undefined>();

  constructor(private handledPosition: number) {}

  /** Position of the last event that, with every earlier one, has its jobs in the queue. */
  get handled(): number {
    return this.handledPosition;
  }

  /** Events started and not yet passed: in flight, or finished behind one that is. */
  get size(): number {
    return this.events.size;
  }

  start(position: number): void {
    this.events.set(position, undefined);
  }

  /** An event's jobs are in the queue: answers the jobs of the events this lets pass, in store order. */
  finish(position: number, jobIds: readonly string[]): EnqueuedJob[] {
    if (!this.events.has(position)) throw new Error(`Event at position ${position} was not started`);
    this.events.set(position, jobIds);
    const passed: EnqueuedJob[] = [];
    for (const [eventPosition, eventJobIds] of this.events) {
      if (eventJobIds === undefined) break;
      for (const jobId of eventJobIds) passed.push({ jobId, position: eventPosition });
      this.events.delete(eventPosition);
      this.handledPosition = eventPosition;
    }
    return passed;
  }
}
