import type { KeyAspectComparison } from '../catalogue/catalogue.types.js';
import { type Exact, sum } from './exact.js';

/**
 * Ranking by total, descending, on exact values. Ties are broken by the practical score, then the
 * trade's key aspects (one by one in order, or by their sum, as the trade says), then the shorter
 * completion time; what remains tied shares the rank (standard competition ranking: 1, 2, 2, 4).
 */
export interface RankingInput {
  total: Exact;
  practical: Exact;
  /** Marks of the trade's key aspects, in the trade's order; null when not yet marked. */
  keyAspects: ReadonlyArray<Exact | null>;
  /** Seconds; null when not recorded. */
  completionSeconds: number | null;
}

/** Negative when a ranks above b, positive when below, 0 when exactly tied. */
export function compareForRanking(a: RankingInput, b: RankingInput, keyAspects: KeyAspectComparison = 'in_order'): number {
  return (
    b.total.compare(a.total) ||
    b.practical.compare(a.practical) ||
    (keyAspects === 'sum' ? compareKeyAspectSums : compareKeyAspectsInOrder)(a.keyAspects, b.keyAspects) ||
    compareCompletion(a.completionSeconds, b.completionSeconds)
  );
}

/** One by one: the first key aspect that differs decides; an unmarked one ranks below any mark, 0 included. */
function compareKeyAspectsInOrder(a: RankingInput['keyAspects'], b: RankingInput['keyAspects']): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      continue;
    }
    const difference = y.compare(x);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** By the sum of the marked key aspects (an unmarked one adds nothing). */
function compareKeyAspectSums(a: RankingInput['keyAspects'], b: RankingInput['keyAspects']): number {
  const total = (marks: RankingInput['keyAspects']) => sum(marks.filter((m): m is Exact => m !== null));
  return total(b).compare(total(a));
}

/** Shorter is better; an unrecorded time ranks after any recorded one. */
function compareCompletion(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Ranks for each item, in the items' order. */
export function rank<T extends RankingInput>(items: readonly T[], keyAspects: KeyAspectComparison = 'in_order'): number[] {
  const compare = (a: T, b: T) => compareForRanking(a, b, keyAspects);
  const order = items.map((_, index) => index).sort((i, j) => compare(items[i], items[j]));
  const ranks = new Array<number>(items.length);
  order.forEach((itemIndex, position) => {
    const previous = order[position - 1];
    const tiedWithPrevious = position > 0 && compare(items[previous], items[itemIndex]) === 0;
    ranks[itemIndex] = tiedWithPrevious ? ranks[previous] : position + 1;
  });
  return ranks;
}
