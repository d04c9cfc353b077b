/**
 * When each event happened (metadata.occurredAt) by global position, compactly (two numbers an
 * event), to turn a moment into a position for time travel.
 */
export class Timeline {
  private positions = new Float64Array(1024);
  private times = new Float64Array(1024);
  private length = 0;

  add(position: number, occurredAt: string): void {
    if (this.length === this.positions.length) {
      this.positions = grow(this.positions);
      this.times = grow(this.times);
    }
    this.positions[this.length] = position;
    this.times[this.length] = Date.parse(occurredAt);
    this.length += 1;
  }

  /**
   * The position of the last event that happened at or before `moment` (0 if none). Clocks of
   * concurrent commands may put an event's occurredAt slightly before the one ahead of it, so this
   * is the last such event, not the first one after which every event is later.
   */
  positionAt(moment: Date): number {
    const at = moment.getTime();
    for (let i = this.length - 1; i >= 0; i--) if (this.times[i] <= at) return this.positions[i];
    return 0;
  }

  /** When the event at or before `position` happened (undefined before the first event). */
  occurredAt(position: number): string | undefined {
    let low = 0;
    let high = this.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.positions[middle] <= position) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found < 0 ? undefined : new Date(this.times[found]).toISOString();
  }

  get last(): number {
    return this.length === 0 ? 0 : this.positions[this.length - 1];
  }
}

function grow(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
