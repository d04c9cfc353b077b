import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LoginDto, MeAnswer, RefreshDto } from '#contracts';
import { Caller, type RequestContext } from './auth.decorators.js';
import { AuthService } from './auth.service.js';

/** Sessions and the caller's own account (who may call each endpoint: permissions.ts). The commands that change accounts are in commands/. */
@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'login',
    summary:
      'Log in: a short-lived access token (Authorization: Bearer …) and a refresh token that works once. ' +
      'Throttled per username and address (429).',
  })
  login(@Body() dto: LoginDto, @Caller() caller: RequestContext) {
    return this.auth.login(dto.username, dto.password, caller.device);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'refresh',
    summary: 'Exchange the refresh token for a new pair; a refresh token used twice closes its session',
  })
  refresh(@Body() dto: RefreshDto, @Caller() caller: RequestContext) {
    return this.auth.refresh(dto.refreshToken, caller.device);
  }

  @Post('sign-out')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    operationId: 'signOut',
    summary: 'End this session: its access and refresh tokens stop working on every server',
  })
  signOut(@Caller() caller: RequestContext) {
    return this.auth.signOut(caller);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'me', summary: 'Who the access token belongs to' })
  @ApiOkResponse({ type: MeAnswer })
  me(@Caller() caller: RequestContext): MeAnswer {
    return caller.user;
  }

  @Get('devices')
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'listDevices', summary: "The judge's paired devices" })
  devices(@Caller() { user }: RequestContext) {
    return this.auth.devices(user);
  }
}
