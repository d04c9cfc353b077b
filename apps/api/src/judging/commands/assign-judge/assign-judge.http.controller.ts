import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { AssignJudgeCommand } from './assign-judge.command.js';
import { AssignJudgeDto } from './assign-judge.request.dto.js';
import { PositionAnswer } from '#contracts';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class AssignJudgeHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('judges')
  @ApiCreatedResponse({ type: PositionAnswer })
  @ApiOperation({ operationId: 'assignJudge', summary: "Put a judge or the chief judge on the trade's panel" })
  assignJudge(@Param('tradeId') tradeId: string, @Body() dto: AssignJudgeDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new AssignJudgeCommand(tradeId, dto, caller));
  }
}
