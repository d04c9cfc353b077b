import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { ScoreAchievementCommand } from './score-achievement.command.js';
import { ScoreAchievementDto } from './score-achievement.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class ScoreAchievementHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('achievements/:achievementId/expert-scores')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'scoreAchievement',
    summary: 'An assigned expert scores each criterion (whole numbers 0–100) with a written comment',
  })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiForbiddenResponse({ type: RefusalDto, description: 'Not assigned (review.not_assigned) or in conflict (review.conflict)' })
  @ApiConflictResponse({ type: RefusalDto, description: 'This round is already scored (review.already_scored)' })
  score(
    @Param('achievementId') achievementId: string,
    @Body() dto: ScoreAchievementDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new ScoreAchievementCommand(achievementId, dto, caller));
  }
}
