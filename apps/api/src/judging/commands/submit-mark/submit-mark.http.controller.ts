import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { SubmitMarkCommand } from './submit-mark.command.js';
import { SubmitMarkDto } from './submit-mark.request.dto.js';
import { PracticalOnly } from '../../../achievements/practical-only.guard.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class SubmitMarkHttpController {
  constructor(private readonly commands: CommandBus) {}

  @PracticalOnly('marking')
  @Post('marks')
  @ApiOperation({
    operationId: 'submitMark',
    summary: 'A judge submits a mark for one aspect of one competitor (send the tablet id as x-device-id)',
  })
  @ApiCreatedResponse({ type: CommandAnswer })
  @ApiForbiddenResponse({ type: RefusalDto, description: 'Not on the panel, or not assigned to the aspect' })
  @ApiConflictResponse({ type: RefusalDto, description: 'The aspect is open on another tablet, already marked, or signed off' })
  submitMark(@Param('tradeId') tradeId: string, @Body() dto: SubmitMarkDto, @Caller() caller: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new SubmitMarkCommand(tradeId, dto, caller));
  }
}
