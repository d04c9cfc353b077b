import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../auth.decorators.js';
import { UnpairDeviceCommand } from './unpair-device.command.js';
import { DeviceUnpairedAnswer } from '#contracts';

/** Two doors to the same use case: the judge unpairs their own device, the organiser a judge's. */
@ApiTags('identity')
@ApiBearerAuth()
@Controller()
export class UnpairDeviceHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('auth/devices/:deviceId/unpair')
  @ApiOkResponse({ type: DeviceUnpairedAnswer })
  @HttpCode(200)
  @ApiOperation({ operationId: 'unpairOwnDevice', summary: 'Unpair one of your devices (a lost tablet): its sessions end at once' })
  unpairOwn(@Param('deviceId', ParseUUIDPipe) deviceId: string, @Caller() caller: RequestContext) {
    return this.commands.execute(new UnpairDeviceCommand(caller.user.userId, deviceId, caller));
  }

  @Post('users/:userId/devices/:deviceId/unpair')
  @ApiOkResponse({ type: DeviceUnpairedAnswer })
  @HttpCode(200)
  @ApiOperation({ operationId: 'unpairJudgeDevice', summary: "Unpair a judge's device (reported lost): its sessions end at once" })
  unpairJudge(@Param('userId') userId: string, @Param('deviceId', ParseUUIDPipe) deviceId: string, @Caller() caller: RequestContext) {
    return this.commands.execute(new UnpairDeviceCommand(userId, deviceId, caller));
  }
}
