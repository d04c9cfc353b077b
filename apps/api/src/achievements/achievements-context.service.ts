import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { StreamStateCache } from '#application';
import {
  achievementCallDecider,
  achievementDecider,
  assertAchievementTrade,
  notFound,
  streams,
  tradeDecider,
  type AchievementContext,
  type AchievementState,
} from '#domain';
import type { AuthUser } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';

const ACHIEVEMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What achievement decisions need from beyond their own stream: that the trade is an achievement
 * review (the catalogue), its submission deadline (its call stream) and the city quota (the trade).
 */
@Injectable()
export class AchievementsContext {
  constructor(
    private readonly cache: StreamStateCache,
    private readonly projections: ProjectionsService,
  ) {}

  get contestId(): string {
    const contest = this.projections.models.catalogue.contest;
    if (!contest) throw new NotFoundException({ message: 'No contest is open', code: 'catalogue.no_contest', params: {} });
    return contest.contestId;
  }

  /** The trade is a review (else 404 for an unknown trade, 409 for a practical one), and its deadline. */
  async forTrade(tradeId: string): Promise<AchievementContext> {
    const { catalogue } = this.projections.models;
    const trade = catalogue.trades.get(tradeId);
    if (!trade) throw notFound(`Unknown trade ${tradeId}`, 'tradeId', { code: 'catalogue.unknown_trade', params: { tradeId } });
    assertAchievementTrade(tradeId, catalogue.events.get(trade.definition.eventId));
    const call = await this.cache.load(streams.achievementCall(tradeId), achievementCallDecider);
    return { submissionClosesAt: call.state.closesAt };
  }

  /** A review trade's quota of recommendations per city (the trade's `quotaPerCity`); undefined = no quota. */
  async quotaPerCity(tradeId: string): Promise<number | undefined> {
    return (await this.cache.load(streams.trade(tradeId), tradeDecider)).state.definition?.registration?.quotaPerCity;
  }

  /** The achievement's state, read from its stream (a malformed id is unknown, not a 500). */
  async load(achievementId: string) {
    if (!ACHIEVEMENT_ID.test(achievementId))
      throw new NotFoundException({ message: `Unknown achievement ${achievementId}`, code: 'achievements.unknown', params: {} });
    return this.cache.load(streams.achievement(achievementId), achievementDecider);
  }

  /**
   * Who reads an achievement: its applicant; once submitted, its city's reviewer and the organiser.
   * A draft is the applicant's alone: anyone else is told it does not exist.
   */
  assertMayRead(state: AchievementState, user: AuthUser): void {
    const unknown = () => new NotFoundException({ message: 'Unknown achievement', code: 'achievements.unknown', params: {} });
    if (!state.achievementId) throw unknown();
    if (user.role === 'contestant') {
      if (state.applicantUserId !== user.userId)
        throw new ForbiddenException({ message: 'Only your own achievement', code: 'achievements.own_only', params: {} });
      return;
    }
    if (state.status === 'draft') throw unknown();
    if (user.role === 'city_reviewer' && user.city !== state.city)
      throw new ForbiddenException({
        message: `The achievement belongs to ${state.city}, not ${user.city}`,
        code: 'achievements.other_city',
        params: { city: state.city ?? null, reviewerCity: user.city ?? null },
      });
  }
}
