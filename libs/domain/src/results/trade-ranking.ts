import type { Honour, Prize, TradeDefinition } from '../catalogue/catalogue.types.js';
import { isAbsent, type TradeState } from '../catalogue/trade.js';
import { assertNever } from '../shared/decider.js';
import { exactText, roundHalfUp, ZERO } from '../scoring/exact.js';
import { type ContestantResult, exactScores, type GradedTheory, isScored, type ResultEvent } from './contestant-result.js';
import { rankTrade, type RankedLine, type ResultLine } from './trade-results.js';

/**
 * A trade's results stream folded: each contestant's latest result and theory grade. The ranking
 * job ranks from it and records the standing as a `TradeRanked` event in the trade's ranking stream.
 */
export interface TradeResultsState {
  results: ReadonlyMap<number, ContestantResult>;
  theory: ReadonlyMap<number, GradedTheory>;
}

export const initialTradeResultsState: TradeResultsState = { results: new Map(), theory: new Map() };

export function evolveTradeResults(state: TradeResultsState, event: ResultEvent): TradeResultsState {
  switch (event.type) {
    case 'ResultCalculated': {
      const before = state.results.get(event.data.competitorNumber);
      // Jobs may finish out of order: a result from an older sheet never replaces a newer one.
      if (before && before.sheetRevision >= event.data.sheetRevision) return state;
      return { ...state, results: new Map(state.results).set(event.data.competitorNumber, event.data) };
    }
    case 'TheoryGraded':
      return { ...state, theory: new Map(state.theory).set(event.data.competitorNumber, event.data) };
    default:
      return assertNever(event);
  }
}

export const tradeResultsProjection = { initialState: initialTradeResultsState, evolve: evolveTradeResults };

/**
 * One contestant's standing in a ranking: what the board and the results show beside the scores.
 * Rankings recorded before scores were exact have no `exactTotal`, and a rank for every contestant
 * (an unscored one then ranked on 0); they are read as they are and replaced by the next ranking.
 */
export interface Standing {
  competitorNumber: number;
  /** Rounded half up to 0.01, as shown and published. */
  total: number;
  /** The total the ranking was computed on, exactly (`"numerator/denominator"`). */
  exactTotal?: string;
  /** Null while the contestant has no score. */
  rank: number | null;
  prize: Prize | null;
  standardised: number | null;
  medallion: boolean;
  honours: Honour[];
}

export type RankingEvent = {
  type: 'TradeRanked';
  /** `resultsRevision`: the results stream revision the ranking was computed from. */
  data: { tradeId: string; resultsRevision: number; standings: Standing[] };
};

/** Every drawn competitor of the trade as a result line, on exact scores: no result yet = nothing scored. */
export function resultLines(trade: TradeState, results: ReadonlyMap<number, ContestantResult>): ResultLine[] {
  const competitors = [...(trade.competitors?.keys() ?? [])].sort((a, b) => a - b);
  return competitors.map((competitorNumber) => {
    const result = results.get(competitorNumber);
    const absent = isAbsent(trade, competitorNumber);
    if (!result) {
      return {
        competitorNumber,
        theory: null,
        practical: ZERO,
        total: ZERO,
        keyAspects: [],
        completionSeconds: null,
        scored: false,
        absent,
      };
    }
    return {
      competitorNumber,
      ...exactScores(result),
      completionSeconds: result.completionSeconds ?? null,
      scored: isScored(result),
      absent,
    };
  });
}

export function rankResults(definition: TradeDefinition, trade: TradeState, results: ReadonlyMap<number, ContestantResult>): RankedLine[] {
  return rankTrade(definition, resultLines(trade, results));
}

export const standingOf = (line: RankedLine): Standing => ({
  competitorNumber: line.competitorNumber,
  total: roundHalfUp(line.total),
  exactTotal: exactText(line.total),
  rank: line.rank,
  prize: line.prize,
  standardised: line.standardised,
  medallion: line.medallion,
  honours: line.honours,
});

/** A ranked line's scores as shown and published (rounded half up to 0.01), with its rank and prize. */
export const rankedFigures = ({ competitorNumber, theory, practical, total, rank, prize }: RankedLine) => ({
  competitorNumber,
  theory: theory === null ? null : roundHalfUp(theory),
  practical: roundHalfUp(practical),
  total: roundHalfUp(total),
  rank,
  prize,
});

export const sameStandings = (a: readonly Standing[], b: readonly Standing[]) => JSON.stringify(a) === JSON.stringify(b);

/** The ranking stream folded: the standings last recorded. */
export interface TradeRankingState {
  latest?: RankingEvent['data'];
}

export const tradeRankingProjection = {
  initialState: {} as TradeRankingState,
  evolve: (state: TradeRankingState, event: RankingEvent): TradeRankingState =>
    event.type === 'TradeRanked' ? { latest: event.data } : state,
};
