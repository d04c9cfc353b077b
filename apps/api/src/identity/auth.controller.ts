import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeviceView, LoginAnswer, LoginDto, MeAnswer, RefreshDto, SignOutAnswer, TokenPairView } from '#contracts';
import { Caller, type RequestContext } from './auth.decorators.js';
import { AuthService } from './auth.service.js';

/** Sessions and the caller's own account (who may call each endpoint: permissions.ts). The commands that change accounts are in commands/. */
@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @ApiOkResponse({ type: LoginAnswer })
  @HttpCode(200)
  @ApiOperation({
    operationId: 'login',
    summary:
      'Log in: a short-lived access token (Authorization: Bearer …) and a refresh token that works once. ' +
      'Throttled per username and address (429).',
  })
  login(@Body() dto: LoginDto, @Caller() caller: RequestContext): Promise<LoginAnswer> {
    return this.auth.login(dto.username, dto.password, caller.device);
  }

  @Post('refresh')
  @ApiOkResponse({ type: TokenPairView })
  @HttpCode(200)
  @ApiOperation({
    operationId: 'refresh',
    summary: 'Exchange the refresh token for a new pair; a refresh token used twice closes its session',
  })
  refresh(@Body() dto: RefreshDto, @Caller() caller: RequestContext): Promise<TokenPairView> {
    return this.auth.refresh(dto.refreshToken, caller.device);
  }

  @Post('sign-out')
  @ApiOkResponse({ type: SignOutAnswer })
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    operationId: 'signOut',
    summary: 'End this session: its access and refresh tokens stop working on every server',
  })
  signOut(@Caller() caller: RequestContext): Promise<SignOutAnswer> {
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
  @ApiOkResponse({ type: [DeviceView] })
  @ApiBearerAuth()
  @ApiOperation({ operationId: 'listDevices', summary: "The judge's paired devices" })
  devices(@Caller() { user }: RequestContext): Promise<DeviceView[]> {
    return this.auth.devices(user);
  }
}
