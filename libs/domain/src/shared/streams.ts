/** Stream names: one place, so that handlers, jobs and projections agree. */
export const streams = {
  contest: (contestId: string) => `contest-${contestId}`,
  trade: (tradeId: string) => `trade-${tradeId}`,
  user: (userId: string) => `user-${userId}`,
  entry: (entryId: string) => `entry-${entryId}`,
  /** A person's enrolment in the contest, keyed by a person key (HMAC of contest and ID number). */
  enrolment: (personKey: string) => `enrolment-${personKey}`,
  cityQuota: (tradeId: string, city: string) => `quota-${tradeId}-${city}`,
  priorPrizes: (tradeId: string) => `prior-prizes-${tradeId}`,
  scoreSheet: (tradeId: string, competitorNumber: number) => `scoresheet-${tradeId}-${competitorNumber}`,
  results: (tradeId: string) => `results-${tradeId}`,
} as const;
