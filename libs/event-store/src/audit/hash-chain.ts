import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/**
 * The hash chain over the event log (tamper evidence).
 *
 * Each event's hash is SHA-256 (hex) over the canonical JSON of its content — stream id, revision,
 * event id, type, data, metadata — its global position and the previous event's hash. Changing,
 * removing or inserting any stored event changes every hash from there on, so a hash published at
 * a moment (a checkpoint) pins everything before it.
 */

/** The "previous hash" of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event's hash covers, besides the previous hash. */
export interface ChainedContent {
  position: number;
  streamId: string;
  revision: number;
  id: string;
  type: string;
  data: unknown;
  metadata: unknown;
}

/** A position in the chain: the last event's position and hash ({0, GENESIS_HASH} for an empty log). */
export interface ChainHead {
  position: number;
  hash: string;
}

export const EMPTY_CHAIN: ChainHead = Object.freeze({ position: 0, hash: GENESIS_HASH });

/** One line of an audit export (NDJSON): the stored event with its link in the chain. */
export interface ExportedEvent extends ChainedContent {
  prevHash: string;
  hash: string;
}

export function eventHash(event: ChainedContent, prevHash: string): string {
  const { position, streamId, revision, id, type, data, metadata } = event;
  const content = canonicalJson({ position, streamId, revision, id, type, data, metadata, prevHash });
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** Hashes events in global order from a known head (for stores that chain on read). */
export class HashChain {
  private current: ChainHead;

  constructor(from: ChainHead = EMPTY_CHAIN) {
    this.current = { ...from };
  }

  get head(): ChainHead {
    return { ...this.current };
  }

  /** The event's link; events must come in increasing position after the head. */
  next(event: ChainedContent): { prevHash: string; hash: string } {
    if (!(event.position > this.current.position)) {
      throw new RangeError(`Hash chain: event at position ${event.position} does not follow position ${this.current.position}`);
    }
    const prevHash = this.current.hash;
    const hash = eventHash(event, prevHash);
    this.current = { position: event.position, hash };
    return { prevHash, hash };
  }
}

/** Why an exported event does not fit the chain. */
export type ChainProblem =
  /** Its hash is not the hash of its content: the event was changed after it was stored. */
  | 'content'
  /** Its previous hash is not the hash of the event before it: an event was removed, inserted or reordered. */
  | 'link'
  /** Its position does not follow the one before it. */
  | 'order'
  /** The line is not an exported event. */
  | 'format';

export interface ChainMismatch {
  /** 1-based line of the export. */
  line: number;
  position: number | null;
  id: string | null;
  type: string | null;
  problem: ChainProblem;
  expected: string;
  found: string;
}

export type ChainVerdict = { ok: true; events: number; head: ChainHead } | { ok: false; events: number; mismatch: ChainMismatch };

/**
 * Checks an export line by line, without holding it in memory. Stops at the first event that does
 * not match: `add` answers the mismatch and every later line is ignored.
 */
export class ChainVerifier {
  private previous: ChainHead;
  private lines = 0;
  private mismatch: ChainMismatch | undefined;
  /** Hashes at the positions someone asked to check (published checkpoints). */
  private readonly seen = new Map<number, string>();

  /** @param from where the export starts (the whole history: the empty chain). @param watch positions whose hash to remember. */
  constructor(
    from: ChainHead = EMPTY_CHAIN,
    private readonly watch: ReadonlySet<number> = new Set(),
  ) {
    this.previous = { ...from };
  }

  add(line: unknown): ChainMismatch | undefined {
    if (this.mismatch) return this.mismatch;
    this.lines += 1;
    const event = line as Partial<ExportedEvent>;
    const fail = (problem: ChainProblem, expected: string, found: string) => {
      this.mismatch = {
        line: this.lines,
        position: typeof event?.position === 'number' ? event.position : null,
        id: typeof event?.id === 'string' ? event.id : null,
        type: typeof event?.type === 'string' ? event.type : null,
        problem,
        expected,
        found,
      };
      return this.mismatch;
    };
    const shapeError = describeShape(line);
    if (shapeError) return fail('format', 'an exported event', shapeError);
    const exported = line as ExportedEvent;
    if (!(exported.position > this.previous.position)) {
      return fail('order', `a position after ${this.previous.position}`, String(exported.position));
    }
    if (exported.prevHash !== this.previous.hash) return fail('link', this.previous.hash, exported.prevHash);
    const recomputed = eventHash(exported, this.previous.hash);
    if (exported.hash !== recomputed) {
      // After a gap in positions, the event's own hash was made over an event that is no longer there:
      // the chain breaks where that event was (a deleted event), not at this one's content.
      if (exported.position > this.previous.position + 1) {
        const missing = this.previous.position + 1;
        this.mismatch = {
          line: this.lines,
          position: missing,
          id: null,
          type: null,
          problem: 'link',
          expected: `an event at position ${missing} (the hash of the event at ${exported.position} links to one)`,
          found: `no event from position ${missing} to ${exported.position - 1}`,
        };
        return this.mismatch;
      }
      return fail('content', recomputed, exported.hash);
    }
    this.previous = { position: exported.position, hash: exported.hash };
    if (this.watch.has(exported.position)) this.seen.set(exported.position, exported.hash);
    return undefined;
  }

  /** The hash the export gives at a watched position, if the export reached it intact. */
  hashAt(position: number): string | undefined {
    return this.seen.get(position);
  }

  verdict(): ChainVerdict {
    const events = this.mismatch ? this.mismatch.line - 1 : this.lines;
    return this.mismatch ? { ok: false, events, mismatch: this.mismatch } : { ok: true, events, head: { ...this.previous } };
  }
}

const HEX_64 = /^[0-9a-f]{64}$/;

function describeShape(line: unknown): string | undefined {
  if (line === null || typeof line !== 'object' || Array.isArray(line)) return `not an object: ${JSON.stringify(line)?.slice(0, 80)}`;
  const e = line as Record<string, unknown>;
  const problems: string[] = [];
  if (!Number.isSafeInteger(e.position)) problems.push('position is not an integer');
  if (typeof e.streamId !== 'string') problems.push('streamId is not a string');
  if (!Number.isSafeInteger(e.revision)) problems.push('revision is not an integer');
  if (typeof e.id !== 'string') problems.push('id is not a string');
  if (typeof e.type !== 'string') problems.push('type is not a string');
  if (!('data' in e)) problems.push('data is missing');
  if (!('metadata' in e)) problems.push('metadata is missing');
  if (typeof e.prevHash !== 'string' || !HEX_64.test(e.prevHash)) problems.push('prevHash is not 64 hex digits');
  if (typeof e.hash !== 'string' || !HEX_64.test(e.hash)) problems.push('hash is not 64 hex digits');
  return problems.length > 0 ? problems.join('; ') : undefined;
}
