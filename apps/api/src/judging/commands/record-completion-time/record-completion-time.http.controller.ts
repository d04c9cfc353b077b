import { Body, Controller, Param, ParseIntPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { RecordCompletionTimeCommand } from './record-completion-time.command.js';
import { CompletionTimeDto } from './record-completion-time.request.dto.js';
import { PracticalOnly } from '../../../achievements/practical-only.guard.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class RecordCompletionTimeHttpController {
  constructor(private readonly commands: CommandBus) {}

  @PracticalOnly('marking')
  @Post('competitors/:competitorNumber/completion-time')
  @ApiOperation({
    operationId: 'recordCompletionTime',
    summary:
      "The chief judge records how long a competitor's practical took (the last tie-break); a change needs a reason; locked once every module is signed off",
  })
  @ApiCreatedResponse({ type: CommandAnswer })
  recordCompletionTime(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber', ParseIntPipe) competitorNumber: number,
    @Body() dto: CompletionTimeDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new RecordCompletionTimeCommand(tradeId, competitorNumber, dto, caller));
  }
}
