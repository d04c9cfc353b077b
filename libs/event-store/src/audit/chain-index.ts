import { type ChainedContent, type ChainHead, EMPTY_CHAIN, HashChain } from './hash-chain.js';

/** Reads the log: events with position strictly after `after`, in global order, at most `maxCount`. */
export type ReadLogAfter = (after: number, maxCount: number) => Promise<ChainedContent[]>;

export interface ChainIndexOptions {
  /** Keep the chain's head every this many events, so a read after any position re-hashes at most that many. */
  anchorEvery?: number;
  pageSize?: number;
}

/**
 * The chain for a store that cannot hash inside its own commit (KurrentDB): the log is hashed in
 * global order when read. The index remembers the furthest head it reached and an anchor every
 * `anchorEvery` events, so only the first read walks the whole log; later reads start from the
 * nearest anchor at or before where they begin.
 */
export class ChainIndex {
  private readonly anchors: ChainHead[] = [EMPTY_CHAIN];
  private furthest: ChainHead = EMPTY_CHAIN;
  private hashedSinceAnchor = 0;
  private readonly anchorEvery: number;
  private readonly pageSize: number;

  constructor(
    private readonly read: ReadLogAfter,
    options: ChainIndexOptions = {},
  ) {
    this.anchorEvery = options.anchorEvery ?? 1000;
    this.pageSize = options.pageSize ?? 1000;
  }

  /** The chain's head as of `position`: the link of the last event at or before it. */
  async headAt(position: number): Promise<ChainHead> {
    const start = this.startFor(position);
    // Known exactly (a read that goes on where the last one stopped): nothing to read.
    if (start.position === position) return start;
    const chain = new HashChain(start);
    let cursor = chain.head.position;
    for (;;) {
      const page = await this.read(cursor, this.pageSize);
      for (const event of page) {
        if (event.position > position) return chain.head;
        chain.next(event);
        this.remember(chain.head);
      }
      if (page.length === 0) return chain.head;
      cursor = page[page.length - 1].position;
    }
  }

  /** The head of the whole log. */
  head(): Promise<ChainHead> {
    return this.headAt(Number.POSITIVE_INFINITY);
  }

  /** Links events read after `after` (all of them, in order) into the chain. */
  async link<E extends ChainedContent>(after: number, events: readonly E[]): Promise<Array<E & { hash: string }>> {
    if (events.length === 0) return [];
    const chain = new HashChain(await this.headAt(after));
    return events.map((event) => {
      const { hash } = chain.next(event);
      this.remember(chain.head);
      return { ...event, hash };
    });
  }

  private startFor(position: number): ChainHead {
    if (this.furthest.position <= position) return this.furthest;
    // The last anchor at or before the position (anchors are in increasing position).
    let low = 0;
    let high = this.anchors.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.anchors[middle].position <= position) low = middle;
      else high = middle - 1;
    }
    return this.anchors[low];
  }

  private remember(head: ChainHead): void {
    if (head.position <= this.furthest.position) return;
    this.furthest = head;
    this.hashedSinceAnchor += 1;
    if (this.hashedSinceAnchor >= this.anchorEvery) {
      this.anchors.push(head);
      this.hashedSinceAnchor = 0;
    }
  }
}
