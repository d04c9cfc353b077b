/** Queue and job names: one place for the api, the worker and the tests. */
export const SCORING_QUEUE = 'scoring';

export const ScoringJobs = {
  scoreContestant: 'score-contestant',
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
