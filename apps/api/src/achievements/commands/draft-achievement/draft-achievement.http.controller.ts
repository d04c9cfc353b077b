import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AchievementDraftedAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { DraftAchievementCommand } from './draft-achievement.command.js';
import { DraftAchievementDto } from './draft-achievement.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class DraftAchievementHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('achievements')
  @ApiOperation({
    operationId: 'draftAchievement',
    summary: 'Start an achievement (a draft) in a trade of an achievement review; its id derives from the commandId',
  })
  @ApiCreatedResponse({ type: AchievementDraftedAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'A practical trade, or submissions closed' })
  draft(@Body() dto: DraftAchievementDto, @Caller() caller: RequestContext): Promise<AchievementDraftedAnswer> {
    return this.commands.execute(new DraftAchievementCommand(dto, caller));
  }
}
