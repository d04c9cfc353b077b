import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Verifiable lots (抽签), commit–reveal. Pure: the seed comes in as an argument.
 *
 * 1. Before the draw the organiser publishes the commitment: the SHA-256 of the seed's UTF-8
 *    bytes, as 64 lowercase hex digits.
 * 2. The draw reveals the seed; it is accepted only when SHA-256(seed) equals the commitment.
 * 3. Anyone can re-run the draw from the published seed, the published confirmed list and the
 *    trade's workstation count, with the algorithm below, and must get the same assignments.
 *
 * The algorithm, exactly (version `jiangxin-draw-v1`):
 *
 * - The list: the confirmed entry ids, duplicates removed, sorted ascending by UTF-16 code units
 *   (entry ids are ASCII, so this is plain byte order). The order in which the ids were handed in
 *   therefore does not matter.
 * - The random words: block k (k = 0, 1, 2, …) is SHA-256 of the UTF-8 bytes of the text
 *   `jiangxin-draw-v1:<seed>:<k>` (k in decimal, no padding). Each block gives eight unsigned
 *   32-bit big-endian words; the words are used in order: block 0 words 0–7, block 1 words 0–7, …
 *   The fixed prefix keeps the draw's randomness apart from the commitment SHA-256(<seed>), so the
 *   published commitment says nothing about the order.
 * - A uniform integer in [0, m): limit = 2^32 − (2^32 mod m); take the next word w, skip it while
 *   w ≥ limit (rejection sampling, no modulo bias); the integer is w mod m.
 * - The shuffle (Fisher–Yates, from the end): for i = n − 1 down to 1, j = uniform in [0, i + 1),
 *   swap list[i] and list[j].
 * - Competitor numbers: the entry at (0-based) position p of the shuffled list gets number p + 1.
 * - Slots: with W workstations (the trade's `workstations`; absent, or more than n, = n), competitor
 *   number c sits in session floor((c − 1) / W) + 1 at workstation ((c − 1) mod W) + 1: sessions are
 *   filled one after the other, W competitors each, the last one possibly partly.
 */

export const DRAW_ALGORITHM = 'jiangxin-draw-v1';

export interface DrawAssignment {
  entryId: string;
  competitorNumber: number;
  /** 1-based session (heat) of the contest day. */
  session: number;
  /** 1-based workstation in the hall during that session. */
  workstation: number;
}

/** SHA-256 of the text's UTF-8 bytes, as 64 lowercase hex digits: the commitment to a seed. */
export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/** The commitment to a seed, as published before the draw. */
export const drawCommitment = (seed: string): string => sha256Hex(seed);

export const isCommitment = (value: string): boolean => /^[0-9a-f]{64}$/.test(value);

/** The confirmed list as the draw uses it: unique, sorted by UTF-16 code units. */
export const drawList = (entryIds: readonly string[]): string[] => [...new Set(entryIds)].sort();

/** The stream of 32-bit words drawn from the seed (see the algorithm above). */
export class DrawRandom {
  private block = new Uint8Array(0);
  private blockIndex = 0;
  private offset = 0;

  constructor(private readonly seed: string) {}

  /** The next unsigned 32-bit word. */
  nextWord(): number {
    if (this.offset >= this.block.length) {
      this.block = sha256(utf8ToBytes(`${DRAW_ALGORITHM}:${this.seed}:${this.blockIndex}`));
      this.blockIndex += 1;
      this.offset = 0;
    }
    const b = this.block;
    const o = this.offset;
    this.offset += 4;
    return ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
  }

  /** A uniform integer in [0, m), 1 ≤ m ≤ 2^32, by rejection sampling. */
  below(m: number): number {
    if (!Number.isInteger(m) || m < 1 || m > 2 ** 32) throw new RangeError(`below(${m})`);
    const limit = 2 ** 32 - (2 ** 32 % m);
    let word = this.nextWord();
    while (word >= limit) word = this.nextWord();
    return word % m;
  }
}

/** The order in which entries receive competitor numbers 1..n. */
export function drawOrder(seed: string, entryIds: readonly string[]): string[] {
  const order = drawList(entryIds);
  const random = new DrawRandom(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** Competitor number, session and workstation for every confirmed entry, by competitor number. */
export function drawLots(seed: string, entryIds: readonly string[], workstations?: number): DrawAssignment[] {
  const order = drawOrder(seed, entryIds);
  const perSession = sessionSize(order.length, workstations);
  return order.map((entryId, index) => ({
    entryId,
    competitorNumber: index + 1,
    session: Math.floor(index / perSession) + 1,
    workstation: (index % perSession) + 1,
  }));
}

/** Competitors per session: the workstations, or everyone at once when the trade names none. */
export const sessionSize = (competitors: number, workstations?: number): number =>
  Math.max(1, workstations === undefined ? competitors : Math.min(workstations, competitors));

/** What anyone can check once the seed is published. */
export interface PublishedDraw {
  commitment: string;
  seed: string;
  confirmedEntryIds: readonly string[];
  assignments: readonly DrawAssignment[];
}

export type DrawVerification = { ok: true } | { ok: false; difference: string };

/**
 * Re-runs a published draw: the seed must hash to the commitment, the confirmed list must be as the
 * draw uses it, and the assignments must be exactly what the algorithm gives. Reports the first
 * difference.
 */
export function verifyDraw(draw: PublishedDraw, workstations?: number): DrawVerification {
  const fail = (difference: string): DrawVerification => ({ ok: false, difference });
  const hashed = sha256Hex(draw.seed);
  if (hashed !== draw.commitment) {
    return fail(`SHA-256 of the seed is ${hashed}, but the commitment published before the draw is ${draw.commitment}`);
  }
  const list = drawList(draw.confirmedEntryIds);
  if (list.length !== draw.confirmedEntryIds.length || list.some((id, i) => id !== draw.confirmedEntryIds[i])) {
    return fail('The published confirmed list is not sorted and free of duplicates');
  }
  const expected = drawLots(draw.seed, list, workstations);
  const published = [...draw.assignments].sort((a, b) => a.competitorNumber - b.competitorNumber);
  for (let i = 0; i < Math.max(expected.length, published.length); i++) {
    const want = expected[i];
    const got = published[i];
    if (!want)
      return fail(
        `Competitor ${got.competitorNumber} (${got.entryId}) is published, but the draw gives only ${expected.length} competitors`,
      );
    if (!got) return fail(`Competitor ${want.competitorNumber} (${want.entryId}) is missing from the published assignments`);
    if (
      got.competitorNumber !== want.competitorNumber ||
      got.entryId !== want.entryId ||
      got.session !== want.session ||
      got.workstation !== want.workstation
    ) {
      return fail(`Competitor ${want.competitorNumber}: published ${describe(got)}, the draw gives ${describe(want)}`);
    }
  }
  return { ok: true };
}

const describe = (a: DrawAssignment) => `#${a.competitorNumber} ${a.entryId} session ${a.session} workstation ${a.workstation}`;
