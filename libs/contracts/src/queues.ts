/** Queue and job names: one place for the api, the worker and the tests. */
export const SCORING_QUEUE = 'scoring';

export const ScoringJobs = {
  scoreContestant: 'score-contestant',
  rankTrade: 'rank-trade',
} as const;

export interface ScoreContestantJob {
  tradeId: string;
  competitorNumber: number;
  /** The mark event that made this job, for causation in the result's metadata. */
  causationId: string;
  correlationId: string;
}

/** One job per score-sheet revision: a re-dispatched mark maps to the same job. BullMQ ids may not contain ':'. */
export const scoreContestantJobId = (tradeId: string, competitorNumber: number, sheetRevision: number) =>
  `score_${tradeId}_${competitorNumber}_${sheetRevision}`;

/** Re-rank a trade from its contestants' latest results. */
export interface RankTradeJob {
  tradeId: string;
}

/**
 * One pending ranking job per trade: BullMQ deduplicates by this id while a job waits, and keeps one
 * more (the last) while one runs, so a burst of marks in a trade re-ranks a few times, not once per mark.
 */
export const rankTradeDeduplicationId = (tradeId: string) => `rank_${tradeId}`;
