import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LoginDto, PairDeviceDto, RefreshDto, SignUpDto } from '#contracts';
import { Caller, type RequestContext } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { SignUpCommand } from './commands/sign-up/sign-up.command.js';

/** Who may call each endpoint: permissions.ts. */
@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly commands: CommandBus,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Log in: a short-lived access token (Authorization: Bearer …) and a refresh token that works once. ' +
      'Throttled per username and address (429).',
  })
  login(@Body() dto: LoginDto, @Caller() caller: RequestContext) {
    return this.auth.login(dto.username, dto.password, caller.device);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange the refresh token for a new pair; a refresh token used twice closes its session' })
  refresh(@Body() dto: RefreshDto, @Caller() caller: RequestContext) {
    return this.auth.refresh(dto.refreshToken, caller.device);
  }

  @Post('sign-up')
  @ApiOperation({ summary: 'A contestant creates an account' })
  signUp(@Body() dto: SignUpDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new SignUpCommand(dto, caller.device));
  }

  @Post('sign-out')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End this session: its access and refresh tokens stop working on every server' })
  signOut(@Caller() caller: RequestContext) {
    return this.auth.signOut(caller);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Who the access token belongs to' })
  me(@Caller() caller: RequestContext) {
    return caller.user;
  }

  @Post('devices')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'A judge pairs the tablet they mark on: the answer is a session bound to the device, and every mark ' +
      'sent with it carries the device id in its history',
  })
  pairDevice(@Body() dto: PairDeviceDto, @Caller() caller: RequestContext) {
    return this.auth.pairDevice(caller, dto.label);
  }

  @Get('devices')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The judge's paired devices" })
  devices(@Caller() { user }: RequestContext) {
    return this.auth.devices(user);
  }

  @Post('devices/:deviceId/unpair')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Unpair one of your devices (a lost tablet): its sessions end at once' })
  unpair(@Param('deviceId', ParseUUIDPipe) deviceId: string, @Caller() caller: RequestContext) {
    return this.auth.unpairDevice(caller.user.userId, deviceId, caller);
  }
}
