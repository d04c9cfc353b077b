import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkingDayCommandResultDto } from '#contracts';
import { Caller, type RequestContext } from '../../../identity/auth.decorators.js';
import { CorrectWorkingDayCommand } from './correct-working-day.command.js';
import { CorrectWorkingDayDto } from './correct-working-day.request.dto.js';

@ApiTags('working days')
@ApiBearerAuth()
@Controller('working-days/:date')
export class CorrectWorkingDayHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @ApiOperation({
    operationId: 'correctWorkingDay',
    summary:
      'Correct one date of the working-day calendar (a holiday, a make-up working day, or a year the data file does not know yet); it wins over the file and counts in the publicity period from now on',
  })
  @ApiOkResponse({ type: WorkingDayCommandResultDto })
  correct(
    @Param('date') date: string,
    @Body() dto: CorrectWorkingDayDto,
    @Caller() caller: RequestContext,
  ): Promise<WorkingDayCommandResultDto> {
    return this.commands.execute(new CorrectWorkingDayCommand(date, dto.kind, dto.note, dto.commandId, caller));
  }
}
