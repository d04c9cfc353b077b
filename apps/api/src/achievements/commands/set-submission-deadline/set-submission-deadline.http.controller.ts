import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { SetSubmissionDeadlineCommand } from './set-submission-deadline.command.js';
import { SubmissionDeadlineDto } from './set-submission-deadline.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class SetSubmissionDeadlineHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Put('trades/:tradeId/submission-deadline')
  @ApiOperation({
    operationId: 'setSubmissionDeadline',
    summary: 'The organiser sets the instant a review trade stops taking achievements',
  })
  @ApiOkResponse({ type: CommandAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'The trade is a practical contest' })
  set(@Param('tradeId') tradeId: string, @Body() dto: SubmissionDeadlineDto, @Caller() caller: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new SetSubmissionDeadlineCommand(tradeId, dto, caller));
  }
}
