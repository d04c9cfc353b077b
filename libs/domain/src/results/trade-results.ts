import { DEFAULT_PRIZE_POLICY, type Honour, type Prize, type PrizePolicy, type TradeDefinition } from '../catalogue/catalogue.types.js';
import { rank, type RankingInput } from '../scoring/ranking.js';
import { toHundredths } from '../scoring/scoring.js';
import { isMedallion, standardise } from './standardisation.js';

/**
 * A trade's results table: ranks (with the tie-breaks of `ranking.ts`), prizes, honours and the
 * optional standardised score, from one line per contestant.
 */

export interface ResultLine extends RankingInput {
  competitorNumber: number;
  /** 0–100 once graded; null before. */
  theory: number | null;
  practical: number;
  total: number;
  /** Marks of the trade's key aspects, in the trade's order; null while unmarked. */
  keyAspects: ReadonlyArray<number | null>;
  completionSeconds: number | null;
  /** Did not compete: ranked after everyone present, with no prize, honour or standardised score. */
  absent: boolean;
}

export interface RankedLine extends ResultLine {
  rank: number;
  prize: Prize | null;
  /** The standardised score when the trade has a standardisation policy and the contestant was present. */
  standardised: number | null;
  /** Medallion for Excellence: standardised score ≥ 700. */
  medallion: boolean;
  honours: Honour[];
}

/** The honours in the order they are listed. */
export const HONOURS: readonly Honour[] = ['may_day_labour_medal', 'technical_expert'];

/** Cumulative rank cut-offs of the first, second and third prizes. */
export interface PrizeCutOffs {
  first: number;
  second: number;
  third: number;
}

/**
 * `ratio`: the percent shares are cumulated, then rounded half up against the number of ranked
 * contestants (10/20/30 of 15 → 1.5, 4.5, 9 → 2, 5, 9). `count`: the counts are cumulated.
 */
export function prizeCutOffs(policy: PrizePolicy, ranked: number): PrizeCutOffs {
  const cumulative = [policy.first, policy.first + policy.second, policy.first + policy.second + policy.third];
  const [first, second, third] =
    policy.mode === 'count'
      ? cumulative
      : // Percent in hundredths (integers): ranked × percent / 100 is then an exact half when it should be one.
        cumulative.map((percent) => Math.round((ranked * toHundredths(percent)) / 10_000));
  return { first, second, third };
}

/**
 * A contestant ranked at or above a cut-off gets that prize. With standard competition ranking a tie
 * straddling a cut-off shares the better prize, so a prize can go to more contestants than its
 * cut-off allows, but only through ties.
 */
export function prizeFor(rankNumber: number, cutOffs: PrizeCutOffs): Prize | null {
  if (rankNumber <= cutOffs.first) return 'first';
  if (rankNumber <= cutOffs.second) return 'second';
  if (rankNumber <= cutOffs.third) return 'third';
  return null;
}

/** Ranks, prizes, honours and standardised scores, one line per input line, in the input's order. */
export function rankTrade(trade: TradeDefinition, lines: readonly ResultLine[]): RankedLine[] {
  const present = lines.filter((line) => !line.absent);
  const presentRanks = rank(present);
  const cutOffs = prizeCutOffs(trade.prizes ?? DEFAULT_PRIZE_POLICY, present.length);
  const honours = HONOURS.filter((honour) => {
    const condition = trade.honours?.[honour];
    return condition !== undefined && present.length >= condition.minContestants;
  });
  const standardised = trade.standardisation
    ? standardise(
        present.map((line) => line.total),
        trade.standardisation,
      )
    : null;

  // Index in `present` of each input line, or -1 for an absent one.
  let next = 0;
  const presentIndex = lines.map((line) => (line.absent ? -1 : next++));

  return lines.map((line, i) => {
    const p = presentIndex[i];
    if (p < 0) {
      // Absent contestants share the place after the last one present.
      return { ...line, rank: present.length + 1, prize: null, standardised: null, medallion: false, honours: [] };
    }
    const rankNumber = presentRanks[p];
    const score = standardised?.[p] ?? null;
    return {
      ...line,
      rank: rankNumber,
      prize: prizeFor(rankNumber, cutOffs),
      standardised: score,
      medallion: score !== null && isMedallion(score),
      honours: rankNumber === 1 ? [...honours] : [],
    };
  });
}
