import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApproveRevisionDto, TradeRevisionApprovedAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { ApproveTradeRevisionCommand } from './approve-trade-revision.handler.js';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue/trades/:tradeId/revisions/approve')
export class ApproveTradeRevisionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOkResponse({ type: TradeRevisionApprovedAnswer })
  @HttpCode(200)
  @ApiOperation({
    operationId: 'approveTradeRevision',
    summary: "The chief judge approves a change of the trade's scheme proposed after its draw",
  })
  approve(@Param('tradeId') tradeId: string, @Body() dto: ApproveRevisionDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new ApproveTradeRevisionCommand(tradeId, dto, caller));
  }
}
