import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateStaffDto, StaffCreatedAnswer } from '#contracts';
import { Caller, type RequestContext } from '../../auth.decorators.js';
import { CreateStaffCommand } from './create-staff.handler.js';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('users/staff')
export class CreateStaffHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiCreatedResponse({ type: StaffCreatedAnswer })
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createStaff',
    summary: 'Create a city reviewer, arbitration or organiser account: no password, a one-time activation code answered once',
  })
  create(@Body() dto: CreateStaffDto, @Caller() caller: RequestContext) {
    return this.commands.execute(new CreateStaffCommand(dto, caller));
  }
}
