import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AchievementSummaryView, AchievementsQueryDto } from '#contracts';
import { Caller, type RequestContext } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';

/** Lists of achievements (no ID numbers or phones in them). Registered before `achievements/:achievementId`. */
@ApiTags('achievements')
@ApiBearerAuth()
@Controller('achievements')
export class AchievementsListController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @ApiOperation({
    operationId: 'listAchievements',
    summary: 'Submitted achievements (a city reviewer sees its own city), by trade and status',
  })
  @ApiOkResponse({ type: [AchievementSummaryView] })
  async list(@Query() query: AchievementsQueryDto, @Caller() { user }: RequestContext): Promise<AchievementSummaryView[]> {
    await this.projections.catchUpToHead();
    const city = user.role === 'city_reviewer' ? user.city : query.city;
    return this.projections.models.achievements.list({ ...query, ...(city ? { city } : {}) }).map(({ applicantUserId: _u, ...a }) => a);
  }

  @Get('mine')
  @ApiOperation({ operationId: 'listMyAchievements', summary: "The contestant's own achievements, drafts included" })
  @ApiOkResponse({ type: [AchievementSummaryView] })
  async mine(@Caller() { user }: RequestContext): Promise<AchievementSummaryView[]> {
    await this.projections.catchUpToHead();
    return this.projections.models.achievements.mine(user.userId).map(({ applicantUserId: _u, ...a }) => a);
  }
}
