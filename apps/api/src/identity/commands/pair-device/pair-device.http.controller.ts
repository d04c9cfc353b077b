import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, type RequestContext } from '../../auth.decorators.js';
import { PairDeviceCommand } from './pair-device.command.js';
import { PairDeviceDto } from './pair-device.request.dto.js';
import { DevicePairedAnswer } from '#contracts';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('auth/devices')
export class PairDeviceHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiCreatedResponse({ type: DevicePairedAnswer })
  @ApiOperation({
    operationId: 'pairDevice',
    summary:
      'A judge pairs the tablet they mark on: the answer is a session bound to the device, and every mark ' +
      'sent with it carries the device id in its history',
  })
  pairDevice(@Body() dto: PairDeviceDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new PairDeviceCommand(dto.label, caller));
  }
}
