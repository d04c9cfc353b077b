import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HistoryView } from '#contracts';
import { Caller, type RequestContext } from '../identity/auth.decorators.js';
import type { History } from './history.js';
import { HistoryService } from './history.service.js';

/** Histories for the organiser, arbitration and a trade's chief judge: who, role, device, when, why, what. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('history')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @Get('entries/:entryId')
  @ApiOperation({
    operationId: 'entryHistory',
    summary: "An entry's history: submission, city and province decisions, quota slot, draw, check-in (ID numbers and phones masked)",
  })
  @ApiOkResponse({ type: HistoryView })
  entry(@Param('entryId') entryId: string, @Caller() { user }: RequestContext): Promise<History> {
    return this.history.entry(entryId, user);
  }

  @Get('marks/:tradeId/:competitorNumber/:aspectId')
  @ApiOperation({
    operationId: 'markHistory',
    summary:
      "A mark's history: every score-sheet event that touched the aspect — marks, re-marks, spreads, corrections requested/approved/rejected, sign-off, appeal remedies",
  })
  @ApiOkResponse({ type: HistoryView })
  mark(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber') competitorNumber: string,
    @Param('aspectId') aspectId: string,
    @Caller() { user }: RequestContext,
  ): Promise<History> {
    return this.history.mark(tradeId, competitorNumber, aspectId, user);
  }

  @Get('results/:tradeId/:competitorNumber')
  @ApiOperation({
    operationId: 'resultHistory',
    summary: "A result's history: results calculated, theory graded, rankings, sign-offs, corrections, appeals, publication",
  })
  @ApiOkResponse({ type: HistoryView })
  result(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber') competitorNumber: string,
    @Caller() { user }: RequestContext,
  ): Promise<History> {
    return this.history.result(tradeId, competitorNumber, user);
  }
}
