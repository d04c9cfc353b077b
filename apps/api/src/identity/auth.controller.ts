import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LoginDto, SignUpDto } from '#contracts';
import { Caller, Public, type RequestContext } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { SignUpCommand } from './commands/sign-up/sign-up.command.js';

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly commands: CommandBus,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in; answers an access token for the Authorization header' })
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto.username, dto.password);
  }

  @Public()
  @Post('sign-up')
  @ApiOperation({ summary: 'A contestant creates an account' })
  signUp(@Body() dto: SignUpDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new SignUpCommand(dto, caller.device));
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who the access token belongs to' })
  me(@Caller() caller: RequestContext) {
    return caller.user;
  }
}
