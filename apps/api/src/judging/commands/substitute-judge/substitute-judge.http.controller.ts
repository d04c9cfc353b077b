import { Body, Controller, Param, ParseIntPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { SubstituteJudgeCommand } from './substitute-judge.command.js';
import { SubstituteJudgeDto } from './substitute-judge.request.dto.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class SubstituteJudgeHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('competitors/:competitorNumber/substitutes')
  @ApiOperation({
    operationId: 'substituteJudge',
    summary: 'The chief judge puts a substitute in for a conflicted judge on this competitor',
  })
  @ApiCreatedResponse({ type: CommandAnswer })
  substitute(
    @Param('tradeId') tradeId: string,
    @Param('competitorNumber', ParseIntPipe) competitorNumber: number,
    @Body() dto: SubstituteJudgeDto,
    @Caller() caller: RequestContext,
  ): Promise<CommandAnswer> {
    return this.commands.execute(new SubstituteJudgeCommand(tradeId, competitorNumber, dto, caller));
  }
}
