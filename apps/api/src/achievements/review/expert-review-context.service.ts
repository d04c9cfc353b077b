import { Injectable } from '@nestjs/common';
import { StreamStateCache } from '#application';
import { expertReviewDecider, notFound, streams, type AchievementState, type ExpertProfile, type SubmissionProfile } from '#domain';
import { ProjectionsService } from '../../projections/projections.service.js';
import { AchievementsContext } from '../achievements-context.service.js';

/**
 * What the expert review needs from beyond its stream: the experts (judge accounts whose trades
 * include the review trade, with their employer — a university for a university's staff — and city,
 * for conflicts of interest) and the eligible submissions with their team's employers, universities
 * and city.
 */
@Injectable()
export class ExpertReviewContext {
  constructor(
    private readonly cache: StreamStateCache,
    private readonly projections: ProjectionsService,
    readonly achievements: AchievementsContext,
  ) {}

  load(tradeId: string) {
    return this.cache.load(streams.expertReview(tradeId), expertReviewDecider);
  }

  /** The experts of a review trade, by id. */
  async experts(tradeId: string): Promise<ExpertProfile[]> {
    await this.projections.catchUpToHead();
    return [...this.projections.models.users.all()]
      .filter((r) => r.profile.role === 'judge' && r.profile.tradeIds?.includes(tradeId))
      .map((r) => profileOf(r.profile));
  }

  /** One expert of the trade, or 404 `review.not_expert`. */
  async expert(tradeId: string, userId: string): Promise<ExpertProfile> {
    await this.projections.catchUpToHead();
    const record = this.projections.models.users.findById(userId);
    if (record?.profile.role !== 'judge' || !record.profile.tradeIds?.includes(tradeId))
      throw notFound(`${userId} is not an expert of ${tradeId}`, 'expertId', { code: 'review.not_expert', params: { expertId: userId } });
    return profileOf(record.profile);
  }

  displayName(userId: string): string {
    return this.projections.models.users.findById(userId)?.profile.displayName ?? userId;
  }

  /** The trade's eligible achievements, as the assignment sees them. */
  async eligible(tradeId: string): Promise<SubmissionProfile[]> {
    await this.projections.catchUpToHead();
    return this.projections.models.achievements.list({ tradeId, status: 'eligible' }).map((a) => ({
      achievementId: a.achievementId,
      employers: a.team.flatMap((m) => (m.employer ? [m.employer] : [])),
      universities: a.team.flatMap((m) => (m.university ? [m.university] : [])),
      city: a.city,
    }));
  }

  /** An achievement and its assignment profile (its trade must be a review). */
  async submission(achievementId: string): Promise<{ state: AchievementState; profile: SubmissionProfile; tradeId: string }> {
    const { state } = await this.achievements.load(achievementId);
    if (!state.achievementId || state.status === 'draft')
      throw notFound('Unknown achievement', 'achievementId', { code: 'achievements.unknown' });
    const tradeId = state.tradeId!;
    await this.achievements.forTrade(tradeId);
    return { state, tradeId, profile: submissionProfile(state) };
  }
}

export function submissionProfile(state: AchievementState): SubmissionProfile {
  const members = state.draft?.members ?? [];
  return {
    achievementId: state.achievementId!,
    employers: members.flatMap((m) => (m.employer ? [m.employer] : [])),
    universities: members.flatMap((m) => (m.university ? [m.university] : [])),
    city: state.city!,
  };
}

/** A judge's employer is matched against the team's employers and universities alike. */
const profileOf = (profile: { userId: string; employer?: { name: string }; city?: string }): ExpertProfile => ({
  expertId: profile.userId,
  ...(profile.employer ? { employer: profile.employer.name, university: profile.employer.name } : {}),
  ...(profile.city ? { city: profile.city } : {}),
});
