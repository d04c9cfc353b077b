import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { EditAchievementDraftCommand } from './edit-achievement-draft.command.js';
import { EditAchievementDraftDto } from './edit-achievement-draft.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class EditAchievementDraftHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Put('achievements/:achievementId/draft')
  @ApiOperation({ operationId: 'editAchievementDraft', summary: "The applicant edits their achievement's draft until it is submitted" })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'Already submitted, or submissions closed' })
  edit(
    @Param('achievementId') achievementId: string,
    @Body() dto: EditAchievementDraftDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new EditAchievementDraftCommand(achievementId, dto, caller));
  }
}
