import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TheoryStatusView } from '#contracts';
import { Caller, type RequestContext } from '../../identity/auth.decorators.js';
import { assertServes } from '../score-sheets/marking.controller.js';
import { TheoryStatusService } from './theory-status.service.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId/theory')
export class TheoryQueryController {
  constructor(private readonly theory: TheoryStatusService) {}

  @Get()
  @ApiOperation({
    operationId: 'theoryStatus',
    summary:
      "The trade's theory exam: each drawn competitor's result (answers graded or a score entered) with its history, and the present competitors still missing one",
  })
  @ApiOkResponse({ type: TheoryStatusView })
  status(@Param('tradeId') tradeId: string, @Caller() { user }: RequestContext): Promise<TheoryStatusView> {
    assertServes(user, tradeId);
    return this.theory.status(tradeId);
  }
}
