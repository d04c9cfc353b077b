import { Controller, Get, Param, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MyResultDto, TradeResultsView } from '#contracts';
import { type AuthUser, Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { JudgingViews } from '../judging-views.service.js';

/** A trade's results: the public table and a contestant's own (freeze, reveal, publish: ../commands/). */
@ApiTags('results')
@Controller('trades/:tradeId')
export class ResultsController {
  constructor(private readonly views: JudgingViews) {}

  @Get('results')
  @ApiOkResponse({ type: TradeResultsView })
  @ApiOperation({
    operationId: 'getResults',
    summary:
      "The trade's results: theory, practical, total, rank, prize, status (provisional/official/final); public as spectators see them (as of a freeze), with each aspect for the organiser, arbitration and the trade's chief judge",
  })
  results(@Param('tradeId') tradeId: string, @Req() request: { user?: AuthUser }): Promise<TradeResultsView> {
    return this.views.results(tradeId, request.user);
  }

  @Get('results/mine')
  @ApiBearerAuth()
  @ApiOperation({
    operationId: 'getMyResult',
    summary:
      "The contestant's own result once published: theory, practical and total (exact and rounded), rank, prize and each module's and aspect's marks",
  })
  @ApiOkResponse({ type: MyResultDto })
  myResult(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext): Promise<MyResultDto> {
    return this.views.myResult(tradeId, user.userId);
  }
}
