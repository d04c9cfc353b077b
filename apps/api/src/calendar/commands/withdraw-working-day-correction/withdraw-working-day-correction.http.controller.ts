import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkingDayCommandResultDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { WithdrawWorkingDayCorrectionCommand } from './withdraw-working-day-correction.command.js';
import { WithdrawWorkingDayCorrectionDto } from './withdraw-working-day-correction.request.dto.js';

@ApiTags('working days')
@ApiBearerAuth()
@Controller('working-days/:date/correction-withdrawal')
export class WithdrawWorkingDayCorrectionHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'withdrawWorkingDayCorrection',
    summary: 'Withdraw the correction of a date: it reads as the data file (or Monday–Friday) says again',
  })
  @ApiOkResponse({ type: WorkingDayCommandResultDto })
  withdraw(
    @Param('date') date: string,
    @Body() dto: WithdrawWorkingDayCorrectionDto,
    @Caller() caller: RequestContext,
  ): Promise<WorkingDayCommandResultDto> {
    return this.commands.execute(new WithdrawWorkingDayCorrectionCommand(date, dto.commandId, caller));
  }
}
