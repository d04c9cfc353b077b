import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SetRegistrationDeadlineCommand } from './set-registration-deadline.command.js';
import { RegistrationDeadlineDto } from './set-registration-deadline.request.dto.js';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { PositionAnswer } from '#contracts';

@ApiTags('registration')
@ApiBearerAuth()
@Controller()
export class SetRegistrationDeadlineHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('registration/deadline')
  @ApiOkResponse({ type: PositionAnswer })
  @HttpCode(200)
  @ApiOperation({
    operationId: 'setRegistrationDeadline',
    summary: 'Set the instant after which registration (entries and withdrawals) is closed',
  })
  setDeadline(@Body() dto: RegistrationDeadlineDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new SetRegistrationDeadlineCommand(dto, caller));
  }
}
