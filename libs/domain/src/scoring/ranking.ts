/**
 * Ranking by total, descending. Ties are broken by the practical score, then the trade's key
 * aspects in order, then the shorter completion time; what remains tied shares the rank
 * (standard competition ranking: 1, 2, 2, 4).
 */
export interface RankingInput {
  total: number;
  practical: number;
  /** Marks on the trade's key aspects, in the trade's order; null when not yet marked. */
  keyAspects: ReadonlyArray<number | null>;
  /** Seconds; null when not recorded. */
  completionSeconds: number | null;
}

/** Negative when a ranks above b, positive when below, 0 when exactly tied. */
export function compareForRanking(a: RankingInput, b: RankingInput): number {
  return (
    b.total - a.total ||
    b.practical - a.practical ||
    compareKeyAspects(a.keyAspects, b.keyAspects) ||
    compareCompletion(a.completionSeconds, b.completionSeconds)
  );
}

function compareKeyAspects(a: RankingInput['keyAspects'], b: RankingInput['keyAspects']): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = (b[i] ?? -1) - (a[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Shorter is better; an unrecorded time ranks after any recorded one. */
function compareCompletion(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** Ranks for each item, in the items' order. */
export function rank<T extends RankingInput>(items: readonly T[]): number[] {
  const order = items.map((_, index) => index).sort((i, j) => compareForRanking(items[i], items[j]));
  const ranks = new Array<number>(items.length);
  order.forEach((itemIndex, position) => {
    const previous = order[position - 1];
    const tiedWithPrevious = position > 0 && compareForRanking(items[previous], items[itemIndex]) === 0;
    ranks[itemIndex] = tiedWithPrevious ? ranks[previous] : position + 1;
  });
  return ranks;
}
