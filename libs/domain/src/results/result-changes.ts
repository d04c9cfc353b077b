import type { Prize } from '../catalogue/catalogue.types.js';
import { toHundredths } from '../scoring/scoring.js';
import type { RankedLine } from './trade-results.js';

/** What a correction or an appeal would change for one contestant: total, rank and prize before and after. */
export interface ResultStanding {
  total: number;
  rank: number;
  prize: Prize | null;
}

export interface ResultChange {
  competitorNumber: number;
  before: ResultStanding;
  after: ResultStanding;
}

const standingOf = ({ total, rank, prize }: RankedLine): ResultStanding => ({ total, rank, prize });

/**
 * The contestants whose total, rank or prize differ between two rankings of a trade, matched by
 * competitor number and sorted by it. A contestant in only one of the rankings is not compared
 * (a correction or an appeal never adds or removes contestants).
 */
export function resultChanges(before: readonly RankedLine[], after: readonly RankedLine[]): ResultChange[] {
  const afterByNumber = new Map(after.map((line) => [line.competitorNumber, line]));
  const changes: ResultChange[] = [];
  for (const old of before) {
    const now = afterByNumber.get(old.competitorNumber);
    if (!now) continue;
    // Totals compared in hundredths: two decimals, no float noise.
    const changed = toHundredths(old.total) !== toHundredths(now.total) || old.rank !== now.rank || old.prize !== now.prize;
    if (changed) changes.push({ competitorNumber: old.competitorNumber, before: standingOf(old), after: standingOf(now) });
  }
  return changes.sort((a, b) => a.competitorNumber - b.competitorNumber);
}
