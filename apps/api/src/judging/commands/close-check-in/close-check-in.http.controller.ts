import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { CloseCheckInCommand } from './close-check-in.command.js';
import { CloseCheckInDto } from './close-check-in.request.dto.js';
import { CloseCheckInAnswer } from '#contracts';
import { PracticalOnly } from '../../../achievements/practical-only.guard.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class CloseCheckInHttpController {
  constructor(private readonly commands: CommandBus) {}

  @PracticalOnly('check-in')
  @Post('check-in/close')
  @ApiOkResponse({ type: CloseCheckInAnswer })
  @HttpCode(200)
  @ApiOperation({ operationId: 'closeCheckIn', summary: 'Close check-in: the drawn competitors not checked in are absent' })
  closeCheckIn(@Param('tradeId') tradeId: string, @Body() dto: CloseCheckInDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new CloseCheckInCommand(tradeId, dto, caller));
  }
}
