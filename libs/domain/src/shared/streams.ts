/** Stream names: one place, so that handlers, jobs and projections agree. */
export const streams = {
  contest: (contestId: string) => `contest-${contestId}`,
  trade: (tradeId: string) => `trade-${tradeId}`,
  user: (userId: string) => `user-${userId}`,
  /** A person across editions, keyed by their person key (HMAC of the ID number): forgetting them. */
  person: (personKey: string) => `person-${personKey}`,
  entry: (entryId: string) => `entry-${entryId}`,
  /** A person's enrolment in the contest, keyed by a person key (HMAC of contest and ID number). */
  enrolment: (personKey: string) => `enrolment-${personKey}`,
  cityQuota: (tradeId: string, city: string) => `quota-${tradeId}-${city}`,
  priorPrizes: (tradeId: string) => `prior-prizes-${tradeId}`,
  scoreSheet: (tradeId: string, competitorNumber: number) => `scoresheet-${tradeId}-${competitorNumber}`,
  results: (tradeId: string) => `results-${tradeId}`,
  /** The coalesced ranking job's standings of a trade (`TradeRanked`). */
  ranking: (tradeId: string) => `ranking-${tradeId}`,
  appeal: (appealId: string) => `appeal-${appealId}`,
  /** The organiser's corrections of the working-day calendar of one year (docs/working-days.md). */
  workingDays: (year: number) => `working-days-${year}`,
  /** An achievement submitted to a review (docs/achievements.md). */
  achievement: (achievementId: string) => `achievement-${achievementId}`,
  /** A review trade's call for achievements: its submission deadline. */
  achievementCall: (tradeId: string) => `achievement-call-${tradeId}`,
  /** A review trade's expert review: settings, assignment, scores, spread flags, discussions. */
  expertReview: (tradeId: string) => `expert-review-${tradeId}`,
  /** A city's quota of recommendations in a review trade. */
  achievementQuota: (tradeId: string, city: string) => `achievement-quota-${tradeId}-${city}`,
} as const;
