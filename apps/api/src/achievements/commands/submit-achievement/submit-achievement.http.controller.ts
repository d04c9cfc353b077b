import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { SubmitAchievementCommand } from './submit-achievement.command.js';
import { SubmitAchievementDto } from './submit-achievement.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class SubmitAchievementHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('achievements/:achievementId/submission')
  @HttpCode(200)
  @ApiOperation({ operationId: 'submitAchievement', summary: 'The applicant submits their draft before the deadline' })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'Submissions closed, already submitted, or no attachment yet' })
  submit(
    @Param('achievementId') achievementId: string,
    @Body() dto: SubmitAchievementDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new SubmitAchievementCommand(achievementId, dto.commandId, caller));
  }
}
