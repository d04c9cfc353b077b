import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { RemoveAchievementAttachmentCommand } from './remove-achievement-attachment.command.js';
import { RemoveAchievementAttachmentDto } from './remove-achievement-attachment.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class RemoveAchievementAttachmentHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('achievements/:achievementId/attachments/:attachmentId/removal')
  @HttpCode(200)
  @ApiOperation({ operationId: 'removeAchievementAttachment', summary: 'The applicant takes an attachment off their draft' })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'Already submitted, or submissions closed' })
  remove(
    @Param('achievementId') achievementId: string,
    @Param('attachmentId') attachmentId: string,
    @Body() dto: RemoveAchievementAttachmentDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new RemoveAchievementAttachmentCommand(achievementId, attachmentId, dto.commandId, caller));
  }
}
