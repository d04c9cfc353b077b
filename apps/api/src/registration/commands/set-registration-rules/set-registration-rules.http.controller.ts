import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SetRegistrationRulesCommand } from './set-registration-rules.command.js';
import { RegistrationRulesDto } from './set-registration-rules.request.dto.js';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { RegistrationRulesAnswer } from '#contracts';

@ApiTags('registration')
@ApiBearerAuth()
@Controller()
export class SetRegistrationRulesHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Put('trades/:tradeId/registration-rules')
  @ApiOkResponse({ type: RegistrationRulesAnswer })
  @ApiOperation({
    operationId: 'setRegistrationRules',
    summary: "Set a trade's eligibility rules and city quota (until its lots are drawn)",
  })
  setRules(@Param('tradeId') tradeId: string, @Body() dto: RegistrationRulesDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new SetRegistrationRulesCommand(tradeId, dto, caller));
  }
}
