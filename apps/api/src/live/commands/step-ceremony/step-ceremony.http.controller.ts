import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandDto } from '#contracts';
import { CLOCK, type Clock } from '#platform';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { TradeChange } from '../../../judging/trade-change.js';

/**
 * The award ceremony (docs/live-screens.md): each step reveals one more result of a frozen board to
 * spectators, from the last place up. The state is the server's (the trade's stream): spectators get
 * only what has been stepped to, and every screen of the board follows.
 */
@ApiTags('results')
@Controller('trades/:tradeId')
export class StepCeremonyController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('ceremony/step')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    operationId: 'stepCeremony',
    summary: "The ceremony's next step: reveal the next hidden result of a frozen board, from the last place up",
  })
  step(@Param('tradeId') tradeId: string, @Body() dto: CommandDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new TradeChange(tradeId, { type: 'StepCeremony', at: this.clock().toISOString() }, caller, dto.commandId));
  }
}
