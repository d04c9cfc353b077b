export * from './shared/decider.js';
export * from './shared/domain-error.js';
export * from './shared/refusal-codes.js';
export * from './shared/identifiers.js';
export * from './shared/streams.js';
export * from './catalogue/catalogue.types.js';
export * from './catalogue/trade.js';
export * from './catalogue/draw.js';
export * from './catalogue/catalogue-workbook.js';
export * from './catalogue/edition-copy.js';
export * from './registration/entry.js';
export * from './registration/eligibility.js';
export * from './registration/enrolment.js';
export * from './registration/city-quota.js';
export * from './registration/prior-prizes.js';
export * from './identity/user.js';
export * from './identity/personal-data.js';
export * from './judging/score-sheet.js';
export * from './scoring/exact.js';
export * from './scoring/scoring.js';
export * from './scoring/ranking.js';
export * from './scoring/theory.js';
export * from './scoring/agreement.js';
export * from './results/contestant-result.js';
export * from './results/trade-results.js';
export * from './results/standardisation.js';
export * from './results/result-changes.js';
export * from './results/result-upcasters.js';
export * from './results/trade-ranking.js';
export * from './judging/appeal.js';
export * from './calendar/working-days.js';
export * from './achievements/event-kind.js';
export * from './achievements/attachment-kind.js';
export * from './achievements/achievement.js';
export * from './achievements/achievement-call.js';
export * from './achievements/expert-assignment.js';
export * from './achievements/expert-review.js';

import type { EntryEvent } from './registration/entry.js';
import type { EnrolmentEvent } from './registration/enrolment.js';
import type { CityQuotaEvent } from './registration/city-quota.js';
import type { PriorPrizeEvent } from './registration/prior-prizes.js';
import type { TradeEvent } from './catalogue/trade.js';
import type { UserEvent } from './identity/user.js';
import type { PersonEvent } from './identity/personal-data.js';
import type { ScoreSheetEvent } from './judging/score-sheet.js';
import type { ResultEvent } from './results/contestant-result.js';
import type { RankingEvent } from './results/trade-ranking.js';
import type { AppealEvent } from './judging/appeal.js';
import type { ContestEvent } from './catalogue/contest.js';
import type { WorkingDaysEvent } from './calendar/working-days.js';
import type { AchievementEvent } from './achievements/achievement.js';
import type { AchievementCallEvent } from './achievements/achievement-call.js';
import type { ExpertReviewEvent } from './achievements/expert-review.js';
export * from './catalogue/contest.js';

/** Every event the platform stores. */
export type DomainEvent =
  | ContestEvent
  | TradeEvent
  | EntryEvent
  | EnrolmentEvent
  | CityQuotaEvent
  | PriorPrizeEvent
  | UserEvent
  | PersonEvent
  | ScoreSheetEvent
  | ResultEvent
  | RankingEvent
  | AppealEvent
  | WorkingDaysEvent
  | AchievementEvent
  | AchievementCallEvent
  | ExpertReviewEvent;
export type DomainEventType = DomainEvent['type'];
