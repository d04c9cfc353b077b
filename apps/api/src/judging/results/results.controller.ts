import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandDto, MyResultDto } from '#contracts';
import { CLOCK, type Clock } from '#platform';
import { type AuthUser, Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { JudgingViews } from '../judging-views.service.js';
import { TradeChange } from '../trade-change.js';
import { PublishResults } from './publish-results.handler.js';
import { PublishResultsDto } from './publish-results.request.dto.js';

/** A trade's results: the public table, and the organiser's freeze, reveal and publication. */
@ApiTags('results')
@Controller('trades/:tradeId')
export class ResultsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly views: JudgingViews,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('results')
  @ApiOperation({
    summary:
      "The trade's results: theory, practical, total, rank, prize, status (provisional/official/final); public as spectators see them (as of a freeze), with each aspect for the organiser, arbitration and the trade's chief judge",
  })
  results(@Param('tradeId') tradeId: string, @Req() request: { user?: AuthUser }) {
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

  @Post('freeze')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Freeze the live board: spectators see it as it stands now until it is revealed' })
  freeze(@Param('tradeId') tradeId: string, @Body() dto: CommandDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new TradeChange(tradeId, { type: 'FreezeBoard', at: this.clock().toISOString() }, caller, dto.commandId));
  }

  @Post('reveal')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Reveal a frozen board: spectators see it as it stands' })
  reveal(@Param('tradeId') tradeId: string, @Body() dto: CommandDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new TradeChange(tradeId, { type: 'RevealBoard', at: this.clock().toISOString() }, caller, dto.commandId));
  }

  @Post('publish')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      "Publish the results (official): refused until every present competitor's modules are signed off and, unless a reason is given, while one has no theory result",
  })
  publish(@Param('tradeId') tradeId: string, @Body() dto: PublishResultsDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new PublishResults(tradeId, caller, dto.commandId, dto.missingTheoryReason));
  }
}
