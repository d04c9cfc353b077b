import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExpertAssignmentAnswer, RefusalDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { AssignExpertsCommand } from './assign-experts.command.js';
import { AssignExpertsDto } from './assign-experts.request.dto.js';

@ApiTags('achievements')
@ApiBearerAuth()
@Controller()
export class AssignExpertsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('trades/:tradeId/expert-assignment')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'assignExperts',
    summary: "The organiser assigns the trade's experts to its eligible achievements; the answer lists any shortfall",
  })
  @ApiOkResponse({ type: ExpertAssignmentAnswer })
  @ApiConflictResponse({ type: RefusalDto, description: 'Already assigned, or no eligible achievement' })
  assign(
    @Param('tradeId') tradeId: string,
    @Body() dto: AssignExpertsDto,
    @Caller() caller: RequestContext,
  ): Promise<ExpertAssignmentAnswer> {
    return this.commands.execute(new AssignExpertsCommand(tradeId, dto, caller));
  }
}
