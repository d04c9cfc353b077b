import type { AchievementCommand } from '#domain';
import type { RequestContext } from '../../../identity/auth.decorators.js';

/** The city's recommendation (or not) and the province's eligibility check (or refusal). */
export type AchievementReview = Extract<
  AchievementCommand,
  { type: 'RecommendAchievement' | 'DeclineAchievement' | 'ConfirmAchievementEligibility' | 'RefuseAchievementEligibility' }
>;

export class ReviewAchievementCommand {
  constructor(
    readonly achievementId: string,
    readonly review: AchievementReview,
    readonly commandId: string,
    readonly caller: RequestContext,
  ) {}
}
