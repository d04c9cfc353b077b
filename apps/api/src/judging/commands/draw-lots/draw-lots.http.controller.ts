import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { DrawLotsCommand } from './draw-lots.command.js';
import { DrawLotsDto } from './draw-lots.request.dto.js';
import { DrawLotsAnswer } from '#contracts';
import { PracticalOnly } from '../../../achievements/practical-only.guard.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class DrawLotsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @PracticalOnly('draw')
  @Post('draw')
  @ApiCreatedResponse({ type: DrawLotsAnswer })
  @ApiOperation({
    operationId: 'drawLots',
    summary: 'Reveal the seed committed to: competitor numbers, sessions and workstations for the confirmed entries',
  })
  draw(@Param('tradeId') tradeId: string, @Body() dto: DrawLotsDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new DrawLotsCommand(tradeId, dto, caller));
  }
}
