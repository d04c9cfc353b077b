import type { Honour, Prize, TradeDefinition } from '../catalogue/catalogue.types.js';
import { isAbsent, type TradeState } from '../catalogue/trade.js';
import { assertNever } from '../shared/decider.js';
import type { ContestantResult, GradedTheory, ResultEvent } from './contestant-result.js';
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

/** One contestant's standing in a ranking: what the board and the results show beside the scores. */
export interface Standing {
  competitorNumber: number;
  total: number;
  rank: number;
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

/** Every drawn competitor of the trade as a result line: no result yet = nothing scored. */
export function resultLines(trade: TradeState, results: ReadonlyMap<number, ContestantResult>): ResultLine[] {
  const competitors = [...(trade.competitors?.keys() ?? [])].sort((a, b) => a - b);
  return competitors.map((competitorNumber) => {
    const result = results.get(competitorNumber);
    return {
      competitorNumber,
      theory: result?.theory ?? null,
      practical: result?.practical ?? 0,
      total: result?.total ?? 0,
      keyAspects: result?.keyAspects ?? [],
      completionSeconds: result?.completionSeconds ?? null,
      absent: isAbsent(trade, competitorNumber),
    };
  });
}

export function rankResults(definition: TradeDefinition, trade: TradeState, results: ReadonlyMap<number, ContestantResult>): RankedLine[] {
  return rankTrade(definition, resultLines(trade, results));
}

export const standingOf = (line: RankedLine): Standing => ({
  competitorNumber: line.competitorNumber,
  total: line.total,
  rank: line.rank,
  prize: line.prize,
  standardised: line.standardised,
  medallion: line.medallion,
  honours: line.honours,
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
