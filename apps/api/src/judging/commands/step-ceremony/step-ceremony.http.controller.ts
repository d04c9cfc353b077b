import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { StepCeremonyCommand } from './step-ceremony.command.js';
import { StepCeremonyDto } from './step-ceremony.request.dto.js';

@ApiTags('results')
@ApiBearerAuth()
@Controller('trades/:tradeId')
export class StepCeremonyHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('ceremony/step')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'stepCeremony',
    summary: "The ceremony's next step: reveal the next hidden result of a frozen board, from the last place up",
  })
  @ApiOkResponse({ type: CommandAnswer })
  step(@Param('tradeId') tradeId: string, @Body() dto: StepCeremonyDto, @Caller() caller: RequestContext): Promise<CommandAnswer> {
    return this.commands.execute(new StepCeremonyCommand(tradeId, dto, caller));
  }
}
