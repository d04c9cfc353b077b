import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ActivationAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../auth.decorators.js';
import { ActivateAccountCommand } from './activate-account.command.js';
import { ActivateAccountDto } from './activate-account.request.dto.js';

@ApiTags('identity')
@Controller('auth')
export class ActivateAccountHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('activate')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'activateAccount',
    summary:
      'A judge activates an account that has no password yet, with the one-time code of their credential slip, and sets the password. Throttled like logins',
  })
  @ApiOkResponse({ type: ActivationAnswer })
  activate(@Body() dto: ActivateAccountDto, @Caller() caller: RequestContext): Promise<ActivationAnswer> {
    // No commandId from the client: a code works once, so a retry is refused as already active, which says it worked.
    return this.commands.execute(
      new ActivateAccountCommand(dto.username, dto.code, dto.password, randomUUID(), caller.device, caller.correlationId),
    );
  }
}
