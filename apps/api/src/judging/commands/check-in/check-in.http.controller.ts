import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { CheckInCommand } from './check-in.command.js';
import { CheckInDto } from './check-in.request.dto.js';
import { CheckInAnswer } from '#contracts';
import { PracticalOnly } from '../../../achievements/practical-only.guard.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class CheckInHttpController {
  constructor(private readonly commands: CommandBus) {}

  @PracticalOnly('check-in')
  @Post('check-ins')
  @ApiCreatedResponse({ type: CheckInAnswer })
  @ApiOperation({
    operationId: 'checkIn',
    summary: "Contest day: check a competitor in by number (the organiser or the trade's chief judge)",
  })
  checkIn(@Param('tradeId') tradeId: string, @Body() dto: CheckInDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new CheckInCommand(tradeId, dto, caller));
  }
}
