/** Stream names: one place, so that handlers, jobs and projections agree. */
export const streams = {
  contest: (contestId: string) => `contest-${contestId}`,
  trade: (tradeId: string) => `trade-${tradeId}`,
  user: (userId: string) => `user-${userId}`,
  entry: (entryId: string) => `entry-${entryId}`,
  scoreSheet: (tradeId: string, competitorNumber: number) => `scoresheet-${tradeId}-${competitorNumber}`,
  results: (tradeId: string) => `results-${tradeId}`,
} as const;
