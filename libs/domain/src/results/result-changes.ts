import type { Prize } from '../catalogue/catalogue.types.js';
import { roundHalfUp } from '../scoring/exact.js';
import type { RankedLine } from './trade-results.js';

/** What a correction or an appeal would change for one contestant: total, rank and prize before and after. */
export interface ResultStanding {
  /** Rounded half up to 0.01. */
  total: number;
  /** Null while the contestant has no score. */
  rank: number | null;
  prize: Prize | null;
}

export interface ResultChange {
  competitorNumber: number;
  before: ResultStanding;
  after: ResultStanding;
}

const standingOf = ({ total, rank, prize }: RankedLine): ResultStanding => ({ total: roundHalfUp(total), rank, prize });

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
    // Totals compared exactly: a change too small to show in the rounded figure is still a change.
    const changed = !old.total.equals(now.total) || old.rank !== now.rank || old.prize !== now.prize;
    if (changed) changes.push({ competitorNumber: old.competitorNumber, before: standingOf(old), after: standingOf(now) });
  }
  return changes.sort((a, b) => a.competitorNumber - b.competitorNumber);
}
