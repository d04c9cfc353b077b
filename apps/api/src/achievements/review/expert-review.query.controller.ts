import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AchievementReviewView,
  ExpertReviewSettingsView,
  ExpertScoreView,
  ExpertSubmissionView,
  MyExpertReviewView,
  RefusalDto,
} from '#contracts';
import {
  effectiveSettings,
  eventKindOf,
  exactText,
  forbidden,
  parseExact,
  REVIEW_SCORE_MAX,
  reviewScore,
  reviewScoresFor,
  roundHalfUp,
  type ExpertScore,
  type SubmissionReview,
} from '#domain';
import { Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { ProjectionsService } from '../../projections/projections.service.js';
import { ExpertReviewContext } from './expert-review-context.service.js';

/**
 * Reading the expert review: the settings; the organiser's overview with the review scores; an
 * expert's assignments and one submission as they may see it (blind: no names nor employers); the
 * scores — an expert sees the others' only once they have scored the current round (409 review.score_first).
 */
@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class ExpertReviewQueryController {
  constructor(
    private readonly review: ExpertReviewContext,
    private readonly projections: ProjectionsService,
  ) {}

  @Get('trades/:tradeId/review-settings')
  @ApiOperation({
    operationId: 'getExpertReviewSettings',
    summary: "A review trade's expert review settings (the defaults until the organiser sets them)",
  })
  @ApiOkResponse({ type: ExpertReviewSettingsView })
  async settings(@Param('tradeId') tradeId: string): Promise<ExpertReviewSettingsView> {
    await this.review.achievements.forTrade(tradeId);
    const { state } = await this.review.load(tradeId);
    return {
      tradeId,
      ...effectiveSettings(state),
      explicit: state.settings !== undefined,
      locked: state.assigned,
      scoreMax: REVIEW_SCORE_MAX,
    };
  }

  @Get('trades/:tradeId/expert-review')
  @ApiOperation({
    operationId: 'listAchievementReviews',
    summary: "The organiser's overview: each assigned achievement's experts, round, spread flag, discussions and review score",
  })
  @ApiOkResponse({ type: [AchievementReviewView] })
  async overview(@Param('tradeId') tradeId: string): Promise<AchievementReviewView[]> {
    await this.review.achievements.forTrade(tradeId);
    await this.projections.catchUpToHead();
    const { state } = await this.review.load(tradeId);
    const titles = new Map(this.projections.models.achievements.list({ tradeId }).map((a) => [a.achievementId, a]));
    return Object.entries(state.submissions).map(([achievementId, s]) => {
      const mean = s.status === 'settled' ? reviewScore(s) : undefined;
      return {
        achievementId,
        title: titles.get(achievementId)?.title ?? '',
        city: titles.get(achievementId)?.city ?? '',
        experts: s.expertIds.map((expertId) => ({
          expertId,
          displayName: this.review.displayName(expertId),
          scored: (s.scores[expertId] ?? []).some((x) => x.round === s.round),
        })),
        round: s.round,
        status: s.status,
        ...(mean ? { reviewScore: exactText(mean), reviewFigure: roundHalfUp(mean) } : {}),
        discussions: s.discussions,
      };
    });
  }

  @Get('expert-reviews/mine')
  @ApiOperation({ operationId: 'listMyExpertReviews', summary: "An expert's assigned achievements, in every review trade of theirs" })
  @ApiOkResponse({ type: [MyExpertReviewView] })
  async mine(@Caller() { user }: RequestContext): Promise<MyExpertReviewView[]> {
    await this.projections.catchUpToHead();
    const { catalogue, achievements } = this.projections.models;
    const rows: MyExpertReviewView[] = [];
    for (const tradeId of user.tradeIds ?? []) {
      const trade = catalogue.trades.get(tradeId);
      if (eventKindOf(catalogue.events.get(trade?.definition.eventId ?? '')) !== 'achievement') continue;
      const { state } = await this.review.load(tradeId);
      const titles = new Map(achievements.list({ tradeId }).map((a) => [a.achievementId, a.title]));
      for (const [achievementId, s] of Object.entries(state.submissions))
        if (s.expertIds.includes(user.userId))
          rows.push({
            achievementId,
            tradeId,
            title: titles.get(achievementId) ?? '',
            round: s.round,
            status: s.status,
            scored: (s.scores[user.userId] ?? []).some((x) => x.round === s.round),
          });
    }
    return rows;
  }

  @Get('achievements/:achievementId/expert-view')
  @ApiOperation({
    operationId: 'getAchievementForExpert',
    summary: "An achievement as its assigned expert reads it: blind reviews show no names nor employers; the expert's own scores",
  })
  @ApiOkResponse({ type: ExpertSubmissionView })
  async expertView(@Param('achievementId') achievementId: string, @Caller() { user }: RequestContext): Promise<ExpertSubmissionView> {
    const { state: achievement, tradeId } = await this.review.submission(achievementId);
    const { state } = await this.review.load(tradeId);
    const assigned = this.assignedTo(state.submissions[achievementId], user.userId);
    const settings = effectiveSettings(state);
    const draft = achievement.draft!;
    return {
      achievementId,
      tradeId,
      title: draft.title,
      category: draft.category,
      summary: draft.summary,
      city: achievement.city!,
      benefits: draft.benefits,
      attachments: achievement.attachments,
      blind: settings.blind,
      teamSize: draft.members.length,
      ...(settings.blind
        ? {}
        : {
            team: draft.members.map(({ name, employer, university }) => ({
              name,
              ...(employer ? { employer } : {}),
              ...(university ? { university } : {}),
            })),
          }),
      criteria: settings.criteria,
      scoreMax: REVIEW_SCORE_MAX,
      round: assigned.round,
      status: assigned.status,
      myScores: (assigned.scores[user.userId] ?? []).map((s) => this.scoreView(user.userId, s)),
    };
  }

  @Get('achievements/:achievementId/expert-scores')
  @ApiOperation({
    operationId: 'listAchievementExpertScores',
    summary: "The experts' scores: all to the organiser; to an assigned expert only once they have scored the current round",
  })
  @ApiOkResponse({ type: [ExpertScoreView] })
  @ApiConflictResponse({ type: RefusalDto, description: 'An expert who has not scored the current round (review.score_first)' })
  async scores(@Param('achievementId') achievementId: string, @Caller() { user }: RequestContext): Promise<ExpertScoreView[]> {
    const { tradeId } = await this.review.submission(achievementId);
    const { state } = await this.review.load(tradeId);
    const viewer = user.role === 'organiser' ? ({ organiser: true } as const) : { expertId: user.userId };
    const scores = reviewScoresFor(state, achievementId, viewer);
    return Object.entries(scores).flatMap(([expertId, list]) => list.map((s) => this.scoreView(expertId, s)));
  }

  private assignedTo(review: SubmissionReview | undefined, userId: string): SubmissionReview {
    if (!review?.expertIds.includes(userId))
      throw forbidden('You are not assigned to review this achievement', undefined, {
        code: 'review.not_assigned',
        params: { expertId: userId },
      });
    return review;
  }

  private scoreView(expertId: string, s: ExpertScore): ExpertScoreView {
    return {
      expertId,
      expertName: this.review.displayName(expertId),
      round: s.round,
      scores: s.scores,
      comment: s.comment,
      weighted: s.weighted,
      weightedFigure: roundHalfUp(parseExact(s.weighted)),
    };
  }
}
