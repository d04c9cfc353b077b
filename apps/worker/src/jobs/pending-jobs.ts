/** Where a job stands, as the queue tells it. `gone`: not in the queue any more (removed after it completed, or by hand). */
export type JobStanding = 'pending' | 'completed' | 'failed' | 'gone';

/**
 * The jobs the dispatcher has enqueued and not yet seen finished, each with the store position of
 * the event that made it, in dispatch order. It gives the position the dispatcher may checkpoint:
 * every event before the oldest unfinished job is fully handled, so re-dispatching from there after
 * a crash or a Redis loss re-creates every job that might be missing, and only those since.
 *
 * A job that failed all its attempts stays: it holds the checkpoint back until it is retried (or
 * removed) from the dead-letter view, so that a Redis loss cannot take it away unseen.
 */
export class PendingJobs {
  /** jobId → position, in insertion (= position) order. */
  private readonly jobs = new Map<string, number>();
  private readonly failed = new Set<string>();

  get size(): number {
    return this.jobs.size;
  }

  get failedCount(): number {
    return this.failed.size;
  }

  /** A job enqueued for the event at `position`; a job id enqueued again keeps its first (lowest) position. */
  add(jobId: string, position: number): void {
    if (!this.jobs.has(jobId)) this.jobs.set(jobId, position);
  }

  /** The oldest `count` jobs that are not known to have failed (those are rechecked by `failedJobs`). */
  oldest(count: number): string[] {
    const ids: string[] = [];
    for (const jobId of this.jobs.keys()) {
      if (ids.length >= count) break;
      if (!this.failed.has(jobId)) ids.push(jobId);
    }
    return ids;
  }

  failedJobs(): string[] {
    return [...this.failed];
  }

  /** Applies what the queue said about some jobs; answers how many are finished for good. */
  update(standings: ReadonlyMap<string, JobStanding>): number {
    let finished = 0;
    for (const [jobId, standing] of standings) {
      if (!this.jobs.has(jobId)) continue;
      if (standing === 'completed' || standing === 'gone') {
        this.jobs.delete(jobId);
        this.failed.delete(jobId);
        finished += 1;
      } else if (standing === 'failed') {
        this.failed.add(jobId);
      } else {
        this.failed.delete(jobId); // retried from the dead-letter view
      }
    }
    return finished;
  }

  /**
   * The highest position that is safe to checkpoint, given that every event up to `handled` has
   * been dispatched: just before the oldest unfinished job's event, or `handled` when none is left.
   */
  safePosition(handled: number): number {
    for (const position of this.jobs.values()) return Math.min(handled, position - 1);
    return handled;
  }

  clear(): void {
    this.jobs.clear();
    this.failed.clear();
  }
}
