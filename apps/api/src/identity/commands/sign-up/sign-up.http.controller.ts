import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../auth.decorators.js';
import { SignUpCommand } from './sign-up.command.js';
import { SignUpDto } from './sign-up.request.dto.js';
import { SignUpAnswer } from '#contracts';

@ApiTags('identity')
@Controller('auth')
export class SignUpHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('sign-up')
  @ApiCreatedResponse({ type: SignUpAnswer })
  @ApiOperation({ operationId: 'signUp', summary: 'A contestant creates an account' })
  signUp(@Body() dto: SignUpDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new SignUpCommand(dto, caller.device));
  }
}
