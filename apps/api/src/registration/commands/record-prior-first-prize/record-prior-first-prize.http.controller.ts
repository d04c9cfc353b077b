import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecordPriorFirstPrizeCommand } from './record-prior-first-prize.command.js';
import { PriorFirstPrizeDto } from './record-prior-first-prize.request.dto.js';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { PositionAnswer } from '#contracts';

@ApiTags('registration')
@ApiBearerAuth()
@Controller()
export class RecordPriorFirstPrizeHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('trades/:tradeId/prior-first-prizes')
  @ApiCreatedResponse({ type: PositionAnswer })
  @ApiOperation({
    operationId: 'recordPriorFirstPrize',
    summary: 'Record a first prize of an earlier edition (for the recent-champion rule)',
  })
  recordPriorFirstPrize(@Param('tradeId') tradeId: string, @Body() dto: PriorFirstPrizeDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new RecordPriorFirstPrizeCommand(tradeId, dto, caller));
  }
}
