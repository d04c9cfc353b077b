import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { SetReviewSettingsCommand } from './set-review-settings.command.js';
import { ExpertReviewSettingsDto } from './set-review-settings.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class SetReviewSettingsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Put('trades/:tradeId/review-settings')
  @ApiOperation({
    operationId: 'setExpertReviewSettings',
    summary: "The organiser sets a review trade's expert review: N, M, criteria with weights, spread threshold, blind, same-city conflict",
  })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'The experts are assigned (review.settings_locked), or the trade is practical' })
  set(@Param('tradeId') tradeId: string, @Body() dto: ExpertReviewSettingsDto, @Caller() caller: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new SetReviewSettingsCommand(tradeId, dto, caller));
  }
}
