import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { AssignAspectsCommand } from './assign-aspects.command.js';
import { AssignAspectsDto } from './assign-aspects.request.dto.js';
import { PracticalOnly } from '../../../achievements/practical-only.guard.js';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class AssignAspectsHttpController {
  constructor(private readonly commands: CommandBus) {}

  @PracticalOnly('marking')
  @Post('panel/assignments')
  @ApiOperation({ operationId: 'assignAspects', summary: 'Assign a judge to aspects (a module = all aspects of a sub-criterion)' })
  @ApiCreatedResponse({ type: CommandAnswer })
  assign(@Param('tradeId') tradeId: string, @Body() dto: AssignAspectsDto, @Caller() caller: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new AssignAspectsCommand(tradeId, dto, caller));
  }
}
