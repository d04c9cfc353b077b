import { DEFAULT_PRIZE_POLICY, type Honour, type Prize, type PrizePolicy, type TradeDefinition } from '../catalogue/catalogue.types.js';
import { fromDecimal } from '../scoring/exact.js';
import { rank, type RankingInput } from '../scoring/ranking.js';
import { isMedallion, standardise } from './standardisation.js';

/**
 * A trade's results table: ranks (with the tie-breaks of `ranking.ts`), prizes, honours and the
 * optional standardised score, from one line per contestant, on exact values (docs/results-rules.md).
 *
 * Only a contestant with a score is ranked: one with no counted aspect and no theory score has no
 * rank, no prize, no honour and no standardised score (`rank: null`), and counts toward no cut-off.
 */
export interface ResultLine extends RankingInput {
  competitorNumber: number;
  /** Exact; null until the theory exam is graded. */
  theory: RankingInput['total'] | null;
  /** Something counts: at least one marked aspect, or a theory score. */
  scored: boolean;
  /** Did not compete: after everyone present, with no prize, honour or standardised score. */
  absent: boolean;
}

export interface RankedLine extends ResultLine {
  /** Null while the contestant has no score. An absent contestant has the place after everyone present. */
  rank: number | null;
  prize: Prize | null;
  /** The standardised score when the trade has a standardisation policy and the contestant is ranked. */
  standardised: number | null;
  /** Medallion for Excellence: standardised score ≥ 700. */
  medallion: boolean;
  honours: Honour[];
}

/** The honours in the order they are listed. */
export const HONOURS: readonly Honour[] = ['may_day_labour_medal', 'technical_expert'];

const PRIZES: readonly Prize[] = ['first', 'second', 'third'];

/** How many places each prize has. */
export interface PrizePlaces {
  first: number;
  second: number;
  third: number;
}

/** Cumulative rank cut-offs of the first, second and third prizes. */
export type PrizeCutOffs = PrizePlaces;

/**
 * Places per prize for `ranked` contestants.
 * - `count`: the counts as given.
 * - `ratio`, `round_half_up`: the cumulative percents of `ranked`, each rounded half up, are the
 *   cut-offs (10/20/30 of 15 → 1.5, 4.5, 9 → 2, 5, 9), and a prize's places are the difference.
 * - `ratio`, `not_exceeding`: each prize's own percent of `ranked`, rounded down (20 % of 9 = 1.8 → 1),
 *   and at least one first prize when anyone is ranked.
 */
export function prizePlaces(policy: PrizePolicy, ranked: number): PrizePlaces {
  if (policy.mode === 'count') return { first: policy.first, second: policy.second, third: policy.third };
  const share = (percent: number) => fromDecimal(percent).mul(ranked).div(100);
  if (policy.cutOff === 'not_exceeding') {
    const [first, second, third] = PRIZES.map((prize) => share(policy[prize]).floor().valueOf());
    return { first: ranked > 0 ? Math.max(first, 1) : 0, second, third };
  }
  const [first, upToSecond, upToThird] = [policy.first, policy.first + policy.second, policy.first + policy.second + policy.third].map(
    (percent) => share(percent).round(0).valueOf(),
  );
  return { first, second: upToSecond - first, third: upToThird - upToSecond };
}

/** The cumulative cut-offs of `prizePlaces`: the last rank of each prize when nobody is tied. */
export function prizeCutOffs(policy: PrizePolicy, ranked: number): PrizeCutOffs {
  const places = prizePlaces(policy, ranked);
  return { first: places.first, second: places.first + places.second, third: places.first + places.second + places.third };
}

/**
 * `round_half_up`: a contestant ranked at or above a cut-off gets that prize. With standard
 * competition ranking a tie straddling a cut-off shares the better prize, so a prize can go to more
 * contestants than its places, but only through ties.
 */
export function prizeFor(rankNumber: number, cutOffs: PrizeCutOffs): Prize | null {
  if (rankNumber <= cutOffs.first) return 'first';
  if (rankNumber <= cutOffs.second) return 'second';
  if (rankNumber <= cutOffs.third) return 'third';
  return null;
}

/**
 * The prize of each tied group (sizes in rank order), by the trade's cut-off rule.
 *
 * `not_exceeding`: groups are taken best first; a group gets the best prize, no better than the
 * group before it, that still has places for all of it, and uses them. A prize's places a tie could
 * not fill are not passed on, and once a group fits in no prize nobody below it gets one. The group
 * ranked first always gets the first prize (the rule's "at least one first prize"): contestants equal
 * on every tie-break cannot be told apart.
 */
export function prizesOfGroups(policy: PrizePolicy, groupSizes: readonly number[]): Array<Prize | null> {
  const ranked = groupSizes.reduce((a, b) => a + b, 0);
  if (policy.cutOff !== 'not_exceeding') {
    const cutOffs = prizeCutOffs(policy, ranked);
    let rankNumber = 1;
    return groupSizes.map((size) => {
      const prize = prizeFor(rankNumber, cutOffs);
      rankNumber += size;
      return prize;
    });
  }
  const left: Record<Prize, number> = { ...prizePlaces(policy, ranked) };
  let candidate = 0;
  return groupSizes.map((size, group) => {
    if (group === 0) {
      left.first = Math.max(0, left.first - size);
      return 'first';
    }
    while (candidate < PRIZES.length && left[PRIZES[candidate]] < size) candidate++;
    if (candidate === PRIZES.length) return null;
    const prize = PRIZES[candidate];
    left[prize] -= size;
    return prize;
  });
}

/** Ranks, prizes, honours and standardised scores, one line per input line, in the input's order. */
export function rankTrade(trade: TradeDefinition, lines: readonly ResultLine[]): RankedLine[] {
  const keyAspects = trade.keyAspectComparison ?? 'in_order';
  const present = lines.filter((line) => !line.absent);
  const ranked = present.filter((line) => line.scored);
  const ranks = rank(ranked, keyAspects);

  // Tied groups in rank order: the distinct ranks, each with how many share it.
  const groupSizes = new Map<number, number>();
  for (const r of [...ranks].sort((a, b) => a - b)) groupSizes.set(r, (groupSizes.get(r) ?? 0) + 1);
  const groupPrizes = prizesOfGroups(trade.prizes ?? DEFAULT_PRIZE_POLICY, [...groupSizes.values()]);
  const prizeOfRank = new Map([...groupSizes.keys()].map((r, i) => [r, groupPrizes[i]]));

  const honours = HONOURS.filter((honour) => {
    const condition = trade.honours?.[honour];
    return condition !== undefined && ranked.length >= condition.minContestants;
  });
  const standardised = trade.standardisation
    ? standardise(
        ranked.map((line) => line.total),
        trade.standardisation,
      )
    : null;

  // Index in `ranked` of each input line, or -1 for one not ranked.
  let next = 0;
  const rankedIndex = lines.map((line) => (!line.absent && line.scored ? next++ : -1));
  return lines.map((line, index) => {
    const i = rankedIndex[index];
    if (i < 0) {
      // Absent contestants have the place after everyone present; an unscored one has none yet.
      return { ...line, rank: line.absent ? present.length + 1 : null, prize: null, standardised: null, medallion: false, honours: [] };
    }
    const rankNumber = ranks[i];
    const score = standardised?.[i] ?? null;
    return {
      ...line,
      rank: rankNumber,
      prize: prizeOfRank.get(rankNumber) ?? null,
      standardised: score,
      medallion: score !== null && isMedallion(score),
      honours: rankNumber === 1 ? [...honours] : [],
    };
  });
}
