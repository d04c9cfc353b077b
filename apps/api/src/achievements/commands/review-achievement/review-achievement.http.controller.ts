import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AchievementDecisionAnswer, RefusalDto } from '#contracts';
import type { CityId } from '#domain';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { type AchievementReview, ReviewAchievementCommand } from './review-achievement.command.js';
import { ReasonedAchievementReviewDto, ReviewAchievementDto } from './review-achievement.request.dto.js';

/** The city union's recommendation (推荐申报) and the organiser's eligibility check (资格审核): one command, ReviewAchievement. */
@ApiTags('achievements')
@ApiBearerAuth()
@Controller('achievements/:achievementId')
export class ReviewAchievementHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('city-recommendation')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'recommendAchievement',
    summary: "The city union recommends a submitted achievement of its city, within the city's quota",
  })
  @ApiOkResponse({ type: AchievementDecisionAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'The quota is full, or the achievement is not submitted' })
  recommend(@Param('achievementId') achievementId: string, @Body() dto: ReviewAchievementDto, @Caller() caller: RequestContext) {
    return this.review(achievementId, { type: 'RecommendAchievement', reviewerCity: caller.user.city as CityId }, dto.commandId, caller);
  }

  @Post('city-decline')
  @HttpCode(200)
  @ApiOperation({ operationId: 'declineAchievement', summary: 'The city union does not recommend a submitted achievement, with a reason' })
  @ApiOkResponse({ type: AchievementDecisionAnswer })
  decline(@Param('achievementId') achievementId: string, @Body() dto: ReasonedAchievementReviewDto, @Caller() caller: RequestContext) {
    const review: AchievementReview = { type: 'DeclineAchievement', reviewerCity: caller.user.city as CityId, reason: dto.reason };
    return this.review(achievementId, review, dto.commandId, caller);
  }

  @Post('eligibility')
  @HttpCode(200)
  @ApiOperation({ operationId: 'confirmAchievementEligibility', summary: 'The organiser finds a recommended achievement eligible' })
  @ApiOkResponse({ type: AchievementDecisionAnswer })
  eligible(@Param('achievementId') achievementId: string, @Body() dto: ReviewAchievementDto, @Caller() caller: RequestContext) {
    return this.review(achievementId, { type: 'ConfirmAchievementEligibility' }, dto.commandId, caller);
  }

  @Post('ineligibility')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'refuseAchievementEligibility',
    summary: 'The organiser finds a recommended achievement ineligible, with a reason',
  })
  @ApiOkResponse({ type: AchievementDecisionAnswer })
  ineligible(@Param('achievementId') achievementId: string, @Body() dto: ReasonedAchievementReviewDto, @Caller() caller: RequestContext) {
    return this.review(achievementId, { type: 'RefuseAchievementEligibility', reason: dto.reason }, dto.commandId, caller);
  }

  private review(
    achievementId: string,
    review: AchievementReview,
    commandId: string,
    caller: RequestContext,
  ): Promise<AchievementDecisionAnswer> {
    return this.commands.execute(new ReviewAchievementCommand(achievementId, review, commandId, caller));
  }
}
